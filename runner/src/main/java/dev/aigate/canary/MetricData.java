package dev.aigate.canary;

/** One metric's observations on both sides. */
public sealed interface MetricData {

    /** Whether either side has nothing to compare. */
    boolean empty();

    /**
     * Per-request values (latencies in ms, scores...).
     *
     * @param direction the direction the data's source declared, or null to use the rule's
     */
    record Samples(double[] baseline, double[] candidate, Direction direction) implements MetricData {

        @Override
        public boolean empty() {
            return baseline.length == 0 || candidate.length == 0;
        }
    }

    /** Binary outcomes counted: e.g. failed requests out of those sent, or prompt cases passed out of those run. */
    record Counts(long baselineEvents, long baselineTrials, long candidateEvents, long candidateTrials)
            implements MetricData {

        public Counts {
            if (baselineEvents < 0 || candidateEvents < 0 || baselineEvents > baselineTrials
                    || candidateEvents > candidateTrials) {
                throw new IllegalArgumentException("need 0 <= events <= trials on both sides");
            }
        }

        @Override
        public boolean empty() {
            return baselineTrials == 0 || candidateTrials == 0;
        }
    }
}
