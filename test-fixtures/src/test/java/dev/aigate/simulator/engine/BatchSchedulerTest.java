package dev.aigate.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.simulator.LatencyProfile.Timing.ContinuousBatching;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The continuous-batching model, stepped on its virtual clock: no threads, no wall-clock flakiness. */
class BatchSchedulerTest {

    /** 10 ms per step, +1 ms per running sequence, +0.1 ms per admitted input token, at most 4 at once. */
    private static final ContinuousBatching MODEL = new ContinuousBatching(4, 10, 1, 0.1);

    private static Sequence sequence(long id, int inputTokens, int outputTokens) {
        return new Sequence(id, 0, inputTokens, outputTokens, null, (index, last) -> { });
    }

    /** Runs every step to the end; returns each sequence's token times in virtual milliseconds. */
    private static Map<Long, List<Double>> run(BatchScheduler scheduler) {
        Map<Long, List<Double>> tokenTimes = new HashMap<>();
        double now = 0;
        for (BatchScheduler.Step step = scheduler.next(); step != null; step = scheduler.next()) {
            now += step.durationNanos() / 1e6;
            for (BatchScheduler.Emission emission : step.emissions()) {
                tokenTimes.computeIfAbsent(emission.sequence().id(), id -> new ArrayList<>()).add(now);
            }
        }
        return tokenTimes;
    }

    @Test
    void requestsBeyondMaxBatchWaitFifoAndPayItInTtft() {
        BatchScheduler scheduler = new BatchScheduler(MODEL, 0, 1);
        for (long id = 0; id < 8; id++) {
            scheduler.enqueue(sequence(id, 10, 3));
        }

        Map<Long, List<Double>> times = run(scheduler);

        // First wave: one step of 10 + 4×1 + 40×0.1 = 18 ms. Second wave waits for the first to finish
        // (3 steps: 18 + 14 + 14 = 46 ms) and then takes its own 18 ms prefill step.
        for (long id = 0; id < 4; id++) {
            assertThat(times.get(id).get(0)).isEqualTo(18.0);
        }
        for (long id = 4; id < 8; id++) {
            assertThat(times.get(id).get(0)).isEqualTo(46.0 + 18.0);
        }
    }

    @Test
    void decodeStepTimeGrowsWithBatchSize() {
        double single = steadyStepMillis(1);
        double four = steadyStepMillis(4);

        assertThat(single).isEqualTo(11.0);
        assertThat(four).isEqualTo(14.0);
    }

    private static double steadyStepMillis(int running) {
        BatchScheduler scheduler = new BatchScheduler(MODEL, 0, 1);
        for (int i = 0; i < running; i++) {
            scheduler.enqueue(sequence(i, 10, 5));
        }
        scheduler.next(); // the prefill step
        BatchScheduler.Step decode = scheduler.next();
        assertThat(decode.batchSize()).isEqualTo(running);
        assertThat(decode.admitted()).isZero();
        return decode.durationNanos() / 1e6;
    }

    @Test
    void prefillGrowsWithInputTokens() {
        BatchScheduler shortPrompt = new BatchScheduler(MODEL, 0, 1);
        shortPrompt.enqueue(sequence(0, 100, 1));
        BatchScheduler longPrompt = new BatchScheduler(MODEL, 0, 1);
        longPrompt.enqueue(sequence(0, 1000, 1));

        assertThat(shortPrompt.next().durationNanos()).isEqualTo(21_000_000L);  // 10 + 1 + 100 × 0.1
        assertThat(longPrompt.next().durationNanos()).isEqualTo(111_000_000L);  // 10 + 1 + 1000 × 0.1
    }

    @Test
    void aSequenceArrivingMidRunJoinsAtTheNextStepWithoutWaitingForTheBatchToDrain() {
        BatchScheduler scheduler = new BatchScheduler(MODEL, 0, 1);
        scheduler.enqueue(sequence(0, 0, 10));
        scheduler.next();
        scheduler.enqueue(sequence(1, 0, 1));

        BatchScheduler.Step joined = scheduler.next();

        assertThat(joined.batchSize()).isEqualTo(2);
        assertThat(joined.emissions()).anySatisfy(e -> {
            assertThat(e.sequence().id()).isEqualTo(1);
            assertThat(e.last()).isTrue();
        });
    }

    @Test
    void everySequenceEmitsExactlyItsOutputTokensThenLeaves() {
        BatchScheduler scheduler = new BatchScheduler(MODEL, 0, 1);
        scheduler.enqueue(sequence(0, 5, 7));
        scheduler.enqueue(sequence(1, 5, 2));

        Map<Long, List<Double>> times = run(scheduler);

        assertThat(times.get(0L)).hasSize(7);
        assertThat(times.get(1L)).hasSize(2);
        assertThat(scheduler.hasWork()).isFalse();
    }

    @Test
    void cancelledSequencesLeaveTheBatch() {
        BatchScheduler scheduler = new BatchScheduler(MODEL, 0, 1);
        Sequence gone = sequence(0, 0, 100);
        scheduler.enqueue(gone);
        scheduler.enqueue(sequence(1, 0, 100));
        scheduler.next();

        gone.cancel();

        assertThat(scheduler.next().batchSize()).isEqualTo(1);
    }

    @Test
    void jitterIsSmallBoundedAndTheSameForTheSameSeed() {
        List<Long> first = stepDurations(42);
        List<Long> again = stepDurations(42);
        List<Long> other = stepDurations(43);

        assertThat(first).isEqualTo(again).isNotEqualTo(other);
        assertThat(first).allSatisfy(nanos -> assertThat(nanos / 1e6).isBetween(11 * 0.95, 11 * 1.05));
    }

    private static List<Long> stepDurations(long seed) {
        BatchScheduler scheduler = new BatchScheduler(MODEL, 0.05, seed);
        scheduler.enqueue(sequence(0, 0, 20));
        List<Long> durations = new ArrayList<>();
        for (BatchScheduler.Step step = scheduler.next(); step != null; step = scheduler.next()) {
            durations.add(step.durationNanos());
        }
        return durations;
    }
}
