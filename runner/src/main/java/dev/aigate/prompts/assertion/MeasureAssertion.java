package dev.aigate.prompts.assertion;

import java.util.Locale;

/**
 * Limits on what a call measured: {@code latency} (milliseconds), {@code cost} (US dollars) and
 * {@code token-count} (output tokens as the server reported them). The measured value must be at most the
 * threshold.
 */
public final class MeasureAssertion implements Assertion {

    /** What is measured. */
    public enum Measure {
        LATENCY("latency"),
        COST("cost"),
        TOKEN_COUNT("token-count");

        private final String type;

        Measure(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }
    }

    private final Measure measure;
    private final double threshold;

    public MeasureAssertion(Measure measure, double threshold) {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException(measure.type() + " needs a 'threshold' of at least 0");
        }
        this.measure = measure;
        this.threshold = threshold;
    }

    @Override
    public String type() {
        return measure.type();
    }

    @Override
    public Check check(Output output, GradingContext context) {
        switch (measure) {
            case LATENCY:
                return Check.of(output.latencyMs() <= threshold, String.format(Locale.ROOT,
                        "latency %.0f ms, at most %s ms", output.latencyMs(), SimilarityAssertion.plain(threshold)));
            case COST:
                return Check.of(output.costUsd() <= threshold, String.format(Locale.ROOT,
                        "cost $%.6f, at most $%s", output.costUsd(), SimilarityAssertion.plain(threshold)));
            case TOKEN_COUNT:
                return Check.of(output.outputTokens() <= threshold, String.format(Locale.ROOT,
                        "%d output tokens, at most %s", output.outputTokens(), SimilarityAssertion.plain(threshold)));
            default:
                throw new AssertionError(measure);
        }
    }
}
