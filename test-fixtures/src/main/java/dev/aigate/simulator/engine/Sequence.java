package dev.aigate.simulator.engine;

import java.util.concurrent.ScheduledExecutorService;

/**
 * One request's generation as the latency model sees it: how many tokens go in and come out, and where to
 * deliver them. Delivery runs on {@code executor} (the connection's event loop), so writers never need locks.
 */
public final class Sequence {

    private final long id;
    private final long arrivalNanos;
    private final int inputTokens;
    private final int outputTokens;
    private final ScheduledExecutorService executor;
    private final TokenListener listener;
    private volatile boolean cancelled;

    /**
     * @param id           the request's arrival index, which keys its seeded jitter
     * @param arrivalNanos {@link System#nanoTime()} when the request was received: the origin of its TTFT
     * @param inputTokens  prompt tokens, which set the prefill cost
     * @param outputTokens tokens to generate, at least 1
     */
    public Sequence(long id, long arrivalNanos, int inputTokens, int outputTokens,
                    ScheduledExecutorService executor, TokenListener listener) {
        if (inputTokens < 0 || outputTokens < 1) {
            throw new IllegalArgumentException("need inputTokens >= 0 and outputTokens >= 1");
        }
        this.id = id;
        this.arrivalNanos = arrivalNanos;
        this.inputTokens = inputTokens;
        this.outputTokens = outputTokens;
        this.executor = executor;
        this.listener = listener;
    }

    public long id() {
        return id;
    }

    public long arrivalNanos() {
        return arrivalNanos;
    }

    public int inputTokens() {
        return inputTokens;
    }

    public int outputTokens() {
        return outputTokens;
    }

    ScheduledExecutorService executor() {
        return executor;
    }

    /** Stops generation, e.g. when the client went away (vLLM aborts such requests too). */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Hands token {@code index}, due at {@code deadlineNanos}, to the listener on the sequence's executor. */
    void deliver(int index, boolean last, long deadlineNanos, ScheduleLag lag) {
        executor.execute(() -> deliverHere(index, last, deadlineNanos, lag));
    }

    /** Hands token {@code index} to the listener; the caller already runs on the sequence's executor. */
    void deliverHere(int index, boolean last, long deadlineNanos, ScheduleLag lag) {
        if (!cancelled) {
            lag.record(deadlineNanos, System.nanoTime());
            listener.onToken(index, last);
        }
    }
}
