package dev.aigate.bench;

/**
 * A closed loop: every request is due the moment a worker asks for it. With a ramp-up the first request of each
 * of the {@code workers} is spread evenly over {@code rampUpNanos}, so load builds up instead of arriving at once.
 */
final class BackToBack implements ArrivalSchedule {

    private final int workers;
    private final long rampUpNanos;
    private long released;
    private long startNanos;

    BackToBack(int workers, long rampUpNanos) {
        this.workers = workers;
        this.rampUpNanos = rampUpNanos;
    }

    BackToBack() {
        this(1, 0);
    }

    @Override
    public long nextDue(long nowNanos) {
        if (released == 0) {
            startNanos = nowNanos;
        }
        long index = released++;
        if (index >= workers || rampUpNanos == 0) {
            return nowNanos;
        }
        return Math.max(nowNanos, startNanos + rampUpNanos * index / workers);
    }

    @Override
    public boolean paced() {
        return false;
    }
}
