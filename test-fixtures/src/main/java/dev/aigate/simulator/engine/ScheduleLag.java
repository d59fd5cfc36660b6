package dev.aigate.simulator.engine;

import dev.aigate.simulator.TokenLag;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How late tokens leave the engine compared with their scheduled time, recorded server-side so a benchmark can
 * tell "the simulator fell behind" from "the client fell behind". Lock-free, 10 µs buckets up to 1 s (later
 * than that counts as 1 s).
 */
public final class ScheduleLag {

    private static final long BUCKET_NANOS = 10_000;
    private static final int BUCKETS = 100_001;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong maxNanos = new AtomicLong();

    /** Records a token delivered at {@code nowNanos} that was due at {@code deadlineNanos}. */
    public void record(long deadlineNanos, long nowNanos) {
        long late = Math.max(0, nowNanos - deadlineNanos);
        counts.incrementAndGet((int) Math.min(BUCKETS - 1, late / BUCKET_NANOS));
        total.incrementAndGet();
        maxNanos.accumulateAndGet(late, Math::max);
    }

    /** Percentiles so far, in microseconds (bucket upper bounds, so never optimistic). */
    public TokenLag summary() {
        long count = total.get();
        return new TokenLag(count, percentileMicros(count, 0.50), percentileMicros(count, 0.99),
                maxNanos.get() / 1_000);
    }

    private long percentileMicros(long count, double fraction) {
        if (count == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(fraction * count);
        long seen = 0;
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            seen += counts.get(bucket);
            if (seen >= rank) {
                return (bucket + 1) * BUCKET_NANOS / 1_000;
            }
        }
        return BUCKETS * BUCKET_NANOS / 1_000;
    }
}
