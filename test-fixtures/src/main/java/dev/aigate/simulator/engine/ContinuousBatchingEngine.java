package dev.aigate.simulator.engine;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link BatchScheduler} in real time on one shared single-threaded clock, like a GPU that does one step
 * at a time. Steps are chained on a virtual timeline (a step starts exactly when the previous one ended), so a
 * late timer wake-up does not shift every later token.
 */
final class ContinuousBatchingEngine implements InferenceEngine {

    private final BatchScheduler scheduler;
    private final ScheduledExecutorService clock;
    private final ScheduleLag lag;
    /** Whether a step is under way; read and written on the clock thread only. */
    private boolean stepping;

    ContinuousBatchingEngine(BatchScheduler scheduler, ScheduledExecutorService clock, ScheduleLag lag) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.lag = lag;
    }

    @Override
    public void submit(Sequence sequence) {
        clock.execute(() -> {
            scheduler.enqueue(sequence);
            if (!stepping) {
                startStep(System.nanoTime());
            }
        });
    }

    private void startStep(long startNanos) {
        BatchScheduler.Step step = scheduler.next();
        stepping = step != null;
        if (step == null) {
            return;
        }
        long endNanos = startNanos + step.durationNanos();
        clock.schedule(() -> finishStep(step, endNanos), endNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    private void finishStep(BatchScheduler.Step step, long endNanos) {
        for (BatchScheduler.Emission emission : step.emissions()) {
            emission.sequence().deliver(emission.index(), emission.last(), endNanos, lag);
        }
        startStep(endNanos);
    }
}
