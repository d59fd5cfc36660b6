package dev.aigate.canary;

import java.time.Duration;

/**
 * How much interleaved traffic a live canary sends.
 *
 * @param duration     stop starting new pairs after this long
 * @param maxPairs     stop after this many prompt pairs (each prompt goes to both targets); {@link #UNLIMITED_PAIRS}
 *                     to send until the duration is up
 * @param concurrency  pairs in flight at once, so each target sees at most this many requests at a time
 * @param inputTokens  synthetic prompt length
 * @param outputTokens max_tokens, with ignore_eos so both sides generate the same length
 * @param seed         seeds the prompts and the order within each pair
 * @param sequential   stop as soon as an anytime-valid test settles the canary ({@link SequentialMonitor})
 * @param minimumPairs pairs before the sequential test may stop the canary
 */
public record LiveSpec(Duration duration, long maxPairs, int concurrency, int inputTokens, int outputTokens,
        long seed, boolean sequential, long minimumPairs) {

    /** {@link #maxPairs} of a canary that sends until its duration is up. */
    public static final long UNLIMITED_PAIRS = 0;

    /** The fewest pairs the sequential test may stop after. */
    public static final int MIN_SEQUENTIAL_PAIRS = 2;

    public LiveSpec {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the live canary needs a duration greater than 0");
        }
        atLeast("pairs", maxPairs, UNLIMITED_PAIRS);
        atLeast("concurrency", concurrency, 1);
        atLeast("input tokens", inputTokens, 1);
        atLeast("output tokens", outputTokens, 1);
        atLeast("the sequential minimum of pairs", minimumPairs, MIN_SEQUENTIAL_PAIRS);
    }

    public static LiveSpec defaults() {
        return new LiveSpec(Duration.ofSeconds(60), UNLIMITED_PAIRS, 4, 128, 64, 42, false, 20);
    }

    private static void atLeast(String what, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ", got " + value);
        }
    }
}
