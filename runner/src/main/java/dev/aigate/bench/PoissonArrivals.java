package dev.aigate.bench;

import java.util.SplittableRandom;

/**
 * An open loop: arrivals of a Poisson process at {@code rate} per second, the first at the first call. The gaps are
 * exponential draws from a seeded generator, so a run's schedule repeats exactly; instants are computed from the
 * start rather than from each other so that rounding never drifts. Not thread-safe (the plan serialises calls).
 */
final class PoissonArrivals implements ArrivalSchedule {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double rate;
    private final SplittableRandom random;
    private long startNanos;
    private double offsetSeconds;
    private boolean started;

    PoissonArrivals(double rate, long seed) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("rate must be > 0, got " + rate);
        }
        this.rate = rate;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public long nextDue(long nowNanos) {
        if (!started) {
            started = true;
            startNanos = nowNanos;
            return startNanos;
        }
        // Inverse transform of an exponential; 1 - u lies in (0, 1], so the log is finite.
        offsetSeconds += -Math.log(1.0 - random.nextDouble()) / rate;
        return startNanos + Math.round(offsetSeconds * NANOS_PER_SECOND);
    }

    @Override
    public boolean paced() {
        return true;
    }
}
