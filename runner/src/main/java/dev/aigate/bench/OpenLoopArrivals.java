package dev.aigate.bench;

/**
 * An open loop: arrivals at {@code rate} per second, the first at the first call, with gaps from {@link UnitGaps}.
 * With a ramp-up the rate rises linearly from 0 to {@code rate} over {@code rampUpNanos}; arrivals are placed by
 * inverting the expected arrival count {@code Λ(t)} (a time change), so any gap shape ramps the same way. Instants
 * are computed from the start rather than from each other so that rounding never drifts, and a run's schedule
 * repeats exactly for a seed. Not thread-safe (the plan serialises calls).
 */
final class OpenLoopArrivals implements ArrivalSchedule {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double rate;
    private final double rampUpSeconds;
    private final UnitGaps gaps;
    private long startNanos;
    private double expectedArrivals;
    private boolean started;

    OpenLoopArrivals(double rate, double rampUpSeconds, UnitGaps gaps) {
        if (!(rate > 0) || rampUpSeconds < 0) {
            throw new IllegalArgumentException("rate must be > 0 and ramp-up >= 0, got " + rate + ", " + rampUpSeconds);
        }
        this.rate = rate;
        this.rampUpSeconds = rampUpSeconds;
        this.gaps = gaps;
    }

    @Override
    public long nextDue(long nowNanos) {
        if (!started) {
            started = true;
            startNanos = nowNanos;
            return startNanos;
        }
        expectedArrivals += gaps.next();
        return startNanos + Math.round(secondsAt(expectedArrivals) * NANOS_PER_SECOND);
    }

    /** Λ⁻¹: when {@code arrivals} are expected, where Λ(t) = rate·t²/(2·ramp) during the ramp, then linear. */
    private double secondsAt(double arrivals) {
        double duringRamp = rate * rampUpSeconds / 2;
        if (arrivals < duringRamp) {
            return Math.sqrt(2 * rampUpSeconds * arrivals / rate);
        }
        return rampUpSeconds + (arrivals - duringRamp) / rate;
    }

    @Override
    public boolean paced() {
        return true;
    }
}
