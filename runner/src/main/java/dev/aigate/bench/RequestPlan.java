package dev.aigate.bench;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Releases requests to workers one at a time, in order: decides each one's due instant, whether it is warm-up, and
 * when the run is over (by count, by duration, or because it was stopped). Thread-safe.
 */
final class RequestPlan {

    private static final long UNSET = Long.MIN_VALUE;

    private final ArrivalSchedule schedule;
    private final LongSupplier clock;
    private final long warmupRequests;
    private final long warmupNanos;
    private final Long measuredRequests;
    private final long durationNanos;

    private long released;
    private long measuredReleased;
    private long firstDueNanos = UNSET;
    private long firstMeasuredDueNanos = UNSET;
    private StopReason stopReason;

    RequestPlan(BenchSpec spec, ArrivalSchedule schedule, LongSupplier clock) {
        this.schedule = schedule;
        this.clock = clock;
        this.warmupRequests = spec.warmupRequests();
        this.warmupNanos = nanos(spec.warmupDuration());
        this.measuredRequests = spec.requests();
        this.durationNanos = nanos(spec.duration());
    }

    RequestPlan(BenchSpec spec) {
        this(spec, ArrivalSchedule.of(spec), System::nanoTime);
    }

    /** The next request to send, or null when the run is over. */
    synchronized PlannedRequest next() {
        if (stopReason != null) {
            return null;
        }
        long due = schedule.nextDue(clock.getAsLong());
        if (firstDueNanos == UNSET) {
            firstDueNanos = due;
        }
        boolean warmup = released < warmupRequests || due - firstDueNanos < warmupNanos;
        if (!warmup) {
            if (firstMeasuredDueNanos == UNSET) {
                firstMeasuredDueNanos = due;
            }
            if (measuredRequests != null && measuredReleased >= measuredRequests) {
                stopReason = StopReason.REQUESTS;
                return null;
            }
            if (durationNanos > 0 && due - firstMeasuredDueNanos >= durationNanos) {
                stopReason = StopReason.DURATION;
                return null;
            }
            measuredReleased++;
        }
        return new PlannedRequest(released++, warmup, due, schedule.paced());
    }

    /** Releases nothing more; the first reason given is kept. */
    synchronized void stop(StopReason reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
    }

    /** Why the plan stopped, or null while it still releases requests. */
    synchronized StopReason stopReason() {
        return stopReason;
    }

    private static long nanos(Duration duration) {
        return duration == null ? 0 : duration.toNanos();
    }
}
