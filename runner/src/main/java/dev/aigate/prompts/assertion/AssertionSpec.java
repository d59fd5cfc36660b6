package dev.aigate.prompts.assertion;

/**
 * An assertion as a case uses it: how much it weighs in the case's score and the named metric it feeds.
 *
 * @param weight 0 makes it informational: reported, never failing the case
 * @param metric a named metric (e.g. {@code accuracy}) whose pass rate the report shows; null for none
 */
public record AssertionSpec(Assertion assertion, double weight, String metric) {

    public AssertionSpec {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be a number >= 0, got " + weight);
        }
    }

    public static AssertionSpec of(Assertion assertion) {
        return new AssertionSpec(assertion, 1, null);
    }
}
