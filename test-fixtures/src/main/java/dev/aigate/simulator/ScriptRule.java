package dev.aigate.simulator;

/** One rule of a {@link ScriptSet}: when {@code match} holds, answer {@code response}. */
public record ScriptRule(RuleMatch match, ScriptResponse response) {
}
