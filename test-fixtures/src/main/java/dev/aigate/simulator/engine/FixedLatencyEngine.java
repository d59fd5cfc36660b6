package dev.aigate.simulator.engine;

import dev.aigate.simulator.LatencyProfile.Timing.FixedLatency;
import java.util.concurrent.TimeUnit;

/**
 * Fixed latency: every sequence, however many run at once, gets its first token {@code ttft} after arrival and
 * then one every {@code itl}. Token deadlines are absolute (receipt + ttft + i × itl), so timer lateness never
 * accumulates; timers run on the sequence's own event loop, one pending timer per sequence.
 */
final class FixedLatencyEngine implements InferenceEngine {

    private final long ttftNanos;
    private final long itlNanos;
    private final double jitter;
    private final long seed;
    private final ScheduleLag lag;

    FixedLatencyEngine(FixedLatency timing, double jitter, long seed, ScheduleLag lag) {
        this.ttftNanos = Math.round(timing.ttftMs() * 1e6);
        this.itlNanos = Math.round(timing.itlMs() * 1e6);
        this.jitter = jitter;
        this.seed = seed;
        this.lag = lag;
    }

    @Override
    public void submit(Sequence sequence) {
        schedule(sequence, 0, sequence.arrivalNanos() + jittered(ttftNanos, sequence, 0));
    }

    private void schedule(Sequence sequence, int index, long deadlineNanos) {
        sequence.executor().schedule(() -> {
            if (sequence.isCancelled()) {
                return;
            }
            boolean last = index + 1 == sequence.outputTokens();
            sequence.deliverHere(index, last, deadlineNanos, lag);
            if (!last) {
                schedule(sequence, index + 1, deadlineNanos + jittered(itlNanos, sequence, index + 1));
            }
        }, deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    private long jittered(long nanos, Sequence sequence, int index) {
        if (jitter == 0) {
            return nanos;
        }
        double draw = SeededRandom.unitInterval(seed ^ sequence.id(), index);
        return Math.round(nanos * (1 + jitter * (2 * draw - 1)));
    }
}
