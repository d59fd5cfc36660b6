package dev.aigate.simulator.engine;

import dev.aigate.simulator.LatencyProfile.Timing.ContinuousBatching;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The continuous-batching model on a virtual clock, free of threads and timers so it can be tested step by
 * step. Each {@link #next()} is one engine step: admit waiting sequences FIFO while fewer than
 * {@code max_batch} run, charge {@code decode_base + decode_per_seq × running + prefill_per_token × admitted
 * input tokens}, and let every running sequence emit one token at the step's end. Not thread-safe: one engine
 * loop owns it.
 */
public final class BatchScheduler {

    private final ContinuousBatching params;
    private final double jitter;
    private final long seed;
    private final ArrayDeque<Sequence> waiting = new ArrayDeque<>();
    private final List<Running> running = new ArrayList<>();
    private long stepCount;

    public BatchScheduler(ContinuousBatching params, double jitter, long seed) {
        this.params = params;
        this.jitter = jitter;
        this.seed = seed;
    }

    /** Queues a sequence; it is admitted at the start of a later step. */
    public void enqueue(Sequence sequence) {
        waiting.addLast(sequence);
    }

    public boolean hasWork() {
        return !waiting.isEmpty() || !running.isEmpty();
    }

    public int runningCount() {
        return running.size();
    }

    public int waitingCount() {
        return waiting.size();
    }

    /** Plans the next step, or returns null when there is nothing to do. */
    public Step next() {
        running.removeIf(r -> r.sequence.isCancelled());
        long prefillTokens = 0;
        int admitted = 0;
        while (running.size() < params.maxBatch() && !waiting.isEmpty()) {
            Sequence sequence = waiting.pollFirst();
            if (!sequence.isCancelled()) {
                running.add(new Running(sequence));
                prefillTokens += sequence.inputTokens();
                admitted++;
            }
        }
        if (running.isEmpty()) {
            return null;
        }
        double millis = params.decodeBaseMs() + params.decodePerSeqMs() * running.size()
                + params.prefillPerTokenMs() * prefillTokens;
        if (jitter > 0) {
            millis *= 1 + jitter * (2 * SeededRandom.unitInterval(seed, stepCount) - 1);
        }
        stepCount++;
        List<Emission> emissions = new ArrayList<>(running.size());
        for (Iterator<Running> it = running.iterator(); it.hasNext(); ) {
            Running r = it.next();
            int index = r.emitted++;
            boolean last = r.emitted == r.sequence.outputTokens();
            emissions.add(new Emission(r.sequence, index, last));
            if (last) {
                it.remove();
            }
        }
        return new Step(Math.round(millis * 1e6), emissions.size(), admitted, prefillTokens, emissions);
    }

    /**
     * One engine step.
     *
     * @param durationNanos  how long the step takes
     * @param batchSize      sequences decoding in it
     * @param admitted       sequences it admitted (and prefilled)
     * @param prefillTokens  input tokens it prefilled
     * @param emissions      the tokens that exist at the step's end
     */
    public record Step(long durationNanos, int batchSize, int admitted, long prefillTokens,
                       List<Emission> emissions) {
    }

    /** Token {@code index} of {@code sequence}, emitted at the end of a step. */
    public record Emission(Sequence sequence, int index, boolean last) {
    }

    private static final class Running {
        private final Sequence sequence;
        private int emitted;

        private Running(Sequence sequence) {
            this.sequence = sequence;
        }
    }
}
