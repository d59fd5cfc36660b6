package dev.aigate.bench;

import dev.aigate.provider.ModelClient;

/**
 * Runs a load and latency benchmark against one model endpoint ({@code aigate bench}): synthetic prompts sent by
 * {@code concurrency} workers, back to back or on a Poisson schedule, measured per SPEC §4.
 *
 * <p>Interrupting the calling thread (Ctrl-C) stops the run and still returns everything gathered so far; the
 * thread's interrupt flag is then set again. The client is the caller's: it is not closed here.
 */
public final class Benchmark {

    private Benchmark() {
    }

    /** Runs {@code spec} against {@code client} with the default options. */
    public static BenchResult run(BenchSpec spec, ModelClient client) {
        return run(spec, client, RunOptions.DEFAULT);
    }

    /** Runs {@code spec} against {@code client}; blocks until the run stops by count, duration or interrupt. */
    public static BenchResult run(BenchSpec spec, ModelClient client, RunOptions options) {
        BenchRecorder recorder = new BenchRecorder(new ServiceLevels(spec.slos()), options.requestLog());
        LoadGenerator load = new LoadGenerator(spec.concurrency(), new RequestPlan(spec), options.drainTimeout());
        StopReason stoppedBy = load.run(new MeasuredSender(spec, client, recorder));
        BenchTally tally = recorder.seal();
        return BenchResult.of(spec, tally, recorder.peakConcurrency(), stoppedBy);
    }
}
