package dev.aigate.prompts.exec;

/**
 * Paces one target's requests: at most {@code rate} requests started per second (when set), and at most a
 * concurrency limit in flight that halves when the target answers 429 (rate limited) and grows back by one per
 * limit's worth of successes (additive increase, multiplicative decrease, as TCP does). The provider already
 * retries a 429 after its {@code Retry-After}; this keeps the run from provoking the next one.
 */
public final class AdaptiveLimiter {

    private final int maxConcurrency;
    private final double minIntervalNanos;
    private double limit;
    private int inFlight;
    private long nextStartNanos;
    private int reductions;

    /**
     * @param ratePerSecond requests started per second at most, or 0 for no rate limit
     */
    public AdaptiveLimiter(int maxConcurrency, double ratePerSecond) {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.maxConcurrency = maxConcurrency;
        this.limit = maxConcurrency;
        this.minIntervalNanos = ratePerSecond > 0 ? 1e9 / ratePerSecond : 0;
        this.nextStartNanos = System.nanoTime();
    }

    /** Blocks until a request may start. */
    public void acquire() throws InterruptedException {
        long waitNanos;
        synchronized (this) {
            while (inFlight >= (int) Math.max(1, limit)) {
                wait();
            }
            inFlight++;
            long now = System.nanoTime();
            long start = Math.max(now, nextStartNanos);
            nextStartNanos = start + (long) minIntervalNanos;
            waitNanos = start - now;
        }
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }

    /**
     * @param rateLimited whether the target answered 429 to this request (even if a retry then succeeded)
     */
    public synchronized void release(boolean rateLimited) {
        inFlight--;
        if (rateLimited) {
            limit = Math.max(1, limit / 2);
            reductions++;
        } else {
            limit = Math.min(maxConcurrency, limit + 1 / limit);
        }
        notifyAll();
    }

    /** How often the limit was halved: shown in reports. */
    public synchronized int reductions() {
        return reductions;
    }

    public synchronized int currentLimit() {
        return (int) Math.max(1, limit);
    }
}
