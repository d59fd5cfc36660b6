package dev.aigate.bench;

/**
 * One request the plan has released to a worker.
 *
 * @param index    position in the run, warm-up included; selects the request's prompt
 * @param warmup   whether the request is left out of every metric
 * @param dueNanos the {@link System#nanoTime()} instant it is scheduled to be sent
 * @param paced    whether {@code dueNanos} is an arrival schedule (open loop); the wait from it to the send is
 *                 then client-side queueing. In a closed loop a worker sends as soon as it is free: no queue.
 */
public record PlannedRequest(long index, boolean warmup, long dueNanos, boolean paced) {
}
