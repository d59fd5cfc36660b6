package dev.aigate.prompts.assertion;

/**
 * One check on a model's output, e.g. {@code contains "Paris"} or {@code is-json}. Implementations are immutable
 * and thread-safe: one instance checks every repeat of its case.
 */
public interface Assertion {

    /** The type as a suite writes it, e.g. {@code icontains-any}. */
    String type();

    /** Checks {@code output}; graders that call a model use {@code context}. Never throws for a bad output. */
    Check check(Output output, GradingContext context);
}
