package dev.aigate.canary;

import java.time.Duration;

/**
 * How much interleaved traffic a live canary sends.
 *
 * @param duration     stop starting new pairs after this long
 * @param maxPairs     stop after this many prompt pairs (each prompt goes to both targets); 0 for no limit
 * @param concurrency  pairs in flight at once, so each target sees at most this many requests at a time
 * @param inputTokens  synthetic prompt length
 * @param outputTokens max_tokens, with ignore_eos so both sides generate the same length
 * @param seed         seeds the prompts and the order within each pair
 * @param sequential   stop as soon as an anytime-valid test settles the canary ({@link SequentialMonitor})
 * @param minimumPairs pairs before the sequential test may stop the canary
 */
public record LiveSpec(Duration duration, long maxPairs, int concurrency, int inputTokens, int outputTokens,
        long seed, boolean sequential, long minimumPairs) {

    public LiveSpec {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the live canary needs a duration greater than 0");
        }
        if (concurrency < 1 || inputTokens < 1 || outputTokens < 1 || maxPairs < 0 || minimumPairs < 2) {
            throw new IllegalArgumentException("concurrency, input and output tokens must be at least 1, and the "
                    + "sequential minimum at least 2 pairs");
        }
    }

    public static LiveSpec defaults() {
        return new LiveSpec(Duration.ofSeconds(60), 0, 4, 128, 64, 42, false, 20);
    }
}
