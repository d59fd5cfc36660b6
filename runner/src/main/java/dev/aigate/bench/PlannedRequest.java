package dev.aigate.bench;

/**
 * One request the plan has released to a worker.
 *
 * @param index    run-wide position, warm-up included (across shards: see {@link Shard#globalIndex}); selects the
 *                 request's prompt
 * @param warmup   sent in the warm-up window: left out of every metric
 * @param cooldown sent in the cool-down window: left out of every metric
 * @param dueNanos the {@link System#nanoTime()} instant it is scheduled to be sent
 * @param paced    whether {@code dueNanos} is an arrival schedule (open loop); the wait from it to the send is
 *                 then client-side queueing. In a closed loop a worker sends as soon as it is free: no queue.
 * @param waitedForSlot in an open loop, taken by a worker that came free only after the request's due instant:
 *                 when it was due, every worker (every concurrency slot) was still busy with an earlier request, so
 *                 the schedule was not kept. A worker that was free but slow to ask does not count.
 */
public record PlannedRequest(long index, boolean warmup, boolean cooldown, long dueNanos, boolean paced,
        boolean waitedForSlot) {

    /** A request outside any cool-down window, released in time. */
    public PlannedRequest(long index, boolean warmup, long dueNanos, boolean paced) {
        this(index, warmup, false, dueNanos, paced, false);
    }

    /** Whether the request counts in the metrics (neither warm-up nor cool-down). */
    public boolean measured() {
        return !warmup && !cooldown;
    }
}
