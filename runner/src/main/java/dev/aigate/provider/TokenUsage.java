package dev.aigate.provider;

/** Token counts as the server reported them in its {@code usage} object. */
public record TokenUsage(int inputTokens, int outputTokens) {
}
