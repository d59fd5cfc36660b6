package dev.aigate.bench;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Releases requests to workers one at a time, in order: decides each one's due instant, whether it is warm-up or
 * cool-down, and when the run is over (by count, by duration, or because it was stopped). A shard releases its
 * share of the counts under run-wide indices. Thread-safe.
 */
final class RequestPlan {

    private static final long UNSET = Long.MIN_VALUE;

    /** The free-since instant of a worker that has sent nothing yet: free since before the schedule started. */
    static final long FREE_FROM_THE_START = Long.MIN_VALUE;

    private final ArrivalSchedule schedule;
    private final LongSupplier clock;
    private final long warmupRequests;
    private final long warmupNanos;
    private final Long measuredRequests;
    private final long durationNanos;
    private final long cooldownNanos;
    private final Shard shard;

    private long released;
    private long measuredReleased;
    private long firstDueNanos = UNSET;
    private long firstMeasuredDueNanos = UNSET;
    private StopReason stopReason;

    RequestPlan(BenchSpec spec, ArrivalSchedule schedule, LongSupplier clock) {
        this.schedule = schedule;
        this.clock = clock;
        this.shard = spec.shard();
        this.warmupRequests = shard.share(spec.warmupRequests());
        this.warmupNanos = nanos(spec.warmupDuration());
        // Shares of the whole count, so that the shards' interleaved indices cover 0..total-1 exactly once.
        this.measuredRequests = spec.requests() == null ? null
                : shard.share(spec.warmupRequests() + spec.requests()) - warmupRequests;
        this.durationNanos = nanos(spec.duration());
        this.cooldownNanos = nanos(spec.cooldown());
    }

    RequestPlan(BenchSpec spec) {
        this(spec, ArrivalSchedule.of(spec), System::nanoTime);
    }

    /** The next request to send to a worker that has sent nothing yet, or null when the run is over. */
    PlannedRequest next() {
        return next(FREE_FROM_THE_START);
    }

    /**
     * The next request to send, or null when the run is over.
     *
     * @param freeSinceNanos when the asking worker finished its previous request ({@link #FREE_FROM_THE_START} if it
     *                       has sent none)
     */
    synchronized PlannedRequest next(long freeSinceNanos) {
        if (stopReason != null) {
            return null;
        }
        long now = clock.getAsLong();
        long due = schedule.nextDue(now);
        if (firstDueNanos == UNSET) {
            firstDueNanos = due;
        }
        boolean warmup = released < warmupRequests || due - firstDueNanos < warmupNanos;
        boolean cooldown = false;
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
            cooldown = cooldownNanos > 0 && due - firstMeasuredDueNanos >= durationNanos - cooldownNanos;
            if (!cooldown) {
                measuredReleased++;
            }
        }
        // A free worker takes the next arrival ahead of its instant and waits for it, so one taken by a worker that
        // came free only after the instant found every worker busy. The worker's own instant, not the release's,
        // decides: a free worker that is merely slow to ask (thread start, scheduler, lock) kept no arrival waiting.
        boolean waitedForSlot = schedule.paced() && freeSinceNanos > due;
        return new PlannedRequest(shard.globalIndex(released++), warmup, cooldown, due, schedule.paced(),
                waitedForSlot);
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
