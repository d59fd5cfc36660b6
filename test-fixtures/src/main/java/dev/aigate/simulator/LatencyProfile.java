package dev.aigate.simulator;

import java.time.Duration;

/**
 * How a simulated server spends time: the timing model, the output length distribution and the model name it
 * reports. Profiles ship as YAML under {@code dev/aigate/simulator/profiles/} (see {@link LatencyProfiles}).
 *
 * @param name         the profile's name, e.g. {@code llama-3.1-8b-h100}
 * @param model        the model id reported by {@code GET /v1/models}
 * @param timing       continuous batching or fixed latency
 * @param outputLength output lengths of requests that neither script a reply nor ask for an exact length
 * @param jitter       relative seeded jitter on every step or interval, e.g. 0.02 = ±2%; 0 is exact
 */
public record LatencyProfile(String name, String model, Timing timing, OutputLength outputLength, double jitter) {

    public LatencyProfile {
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("jitter must be within [0, 1), got " + jitter);
        }
    }

    /** A fixed-latency profile: exactly {@code ttft}, then one token every {@code itl}, whatever the load. */
    public static LatencyProfile fixed(Duration ttft, Duration itl) {
        return new LatencyProfile("fixed", "simulated-fixed",
                new Timing.FixedLatency(millis(ttft), millis(itl)), new OutputLength(128, 0, 4096), 0);
    }

    /** This profile with its timing replaced, e.g. to override a fixed profile's TTFT and ITL. */
    public LatencyProfile withTiming(Timing replacement) {
        return new LatencyProfile(name, model, replacement, outputLength, jitter);
    }

    public LatencyProfile withOutputLength(OutputLength replacement) {
        return new LatencyProfile(name, model, timing, replacement, jitter);
    }

    public LatencyProfile withJitter(double replacement) {
        return new LatencyProfile(name, model, timing, outputLength, replacement);
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    /** The timing model of a profile. */
    public sealed interface Timing permits Timing.ContinuousBatching, Timing.FixedLatency {

        /**
         * vLLM-style continuous batching: at most {@code maxBatch} sequences decode together, the rest wait FIFO.
         * One engine step takes {@code decodeBaseMs + decodePerSeqMs × running}, plus
         * {@code prefillPerTokenMs × input tokens} of the sequences it admits; after each step every running
         * sequence has one more token.
         */
        record ContinuousBatching(int maxBatch, double decodeBaseMs, double decodePerSeqMs,
                                  double prefillPerTokenMs) implements Timing {
            public ContinuousBatching {
                if (maxBatch < 1) {
                    throw new IllegalArgumentException("max_batch must be at least 1, got " + maxBatch);
                }
                if (decodeBaseMs < 0 || decodePerSeqMs < 0 || prefillPerTokenMs < 0) {
                    throw new IllegalArgumentException("step costs must not be negative");
                }
                if (decodeBaseMs + decodePerSeqMs <= 0) {
                    throw new IllegalArgumentException("a decode step must take some time");
                }
            }
        }

        /** Every request gets exactly {@code ttftMs} to its first token, then one token every {@code itlMs}. */
        record FixedLatency(double ttftMs, double itlMs) implements Timing {
            public FixedLatency {
                if (ttftMs < 0 || itlMs < 0) {
                    throw new IllegalArgumentException("ttft_ms and itl_ms must not be negative");
                }
            }
        }
    }

    /**
     * Output length of unscripted requests: a normal distribution with this mean and standard deviation, rounded
     * and clipped to [1, max]; a request's {@code max_tokens} caps it further.
     */
    public record OutputLength(int mean, int stddev, int max) {
        public OutputLength {
            if (mean < 1 || stddev < 0 || max < 1) {
                throw new IllegalArgumentException("output length needs mean >= 1, stddev >= 0, max >= 1");
            }
        }
    }
}
