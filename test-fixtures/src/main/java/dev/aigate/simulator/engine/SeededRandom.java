package dev.aigate.simulator.engine;

import java.util.SplittableRandom;

/**
 * Deterministic randomness keyed by (seed, index): the same seed and index give the same numbers whatever the
 * thread or the interleaving of other requests. Mixing follows SplitMix64.
 */
public final class SeededRandom {

    private SeededRandom() {
    }

    /** A well-mixed 64-bit value of the pair. */
    public static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in [0, 1) for the pair. */
    public static double unitInterval(long seed, long index) {
        return (mix(seed, index) >>> 11) * 0x1.0p-53;
    }

    /** An independent generator for the pair, for when a request needs several numbers. */
    public static SplittableRandom generator(long seed, long index) {
        return new SplittableRandom(mix(seed, index));
    }
}
