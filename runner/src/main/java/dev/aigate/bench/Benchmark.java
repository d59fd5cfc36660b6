package dev.aigate.bench;

import dev.aigate.provider.ModelClient;

/**
 * Runs a load and latency benchmark against one model endpoint ({@code aigate bench}): prompts (synthetic or from a
 * file) sent by {@code concurrency} workers, back to back or on an arrival schedule, measured per SPEC §4. A spec
 * naming a shard runs that shard's share only.
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

    /**
     * Runs {@code spec} against {@code client}; blocks until the run stops by count, duration or interrupt.
     *
     * @throws DatasetException when the spec's prompt file cannot be read
     */
    public static BenchResult run(BenchSpec spec, ModelClient client, RunOptions options) {
        return run(spec, PromptSource.of(spec), client, options);
    }

    /** Runs {@code spec} with prompts already loaded (a sweep loads its dataset once for every point). */
    public static BenchResult run(BenchSpec spec, PromptSource prompts, ModelClient client, RunOptions options) {
        BenchRecorder recorder = new BenchRecorder(new ServiceLevels(spec.slos()), options.requestLog());
        int concurrency = spec.shard().share(spec.concurrency());
        MeasuredSender sender = new MeasuredSender(spec, prompts, client, recorder);
        // Connections open and the encoder run before the plan's clock starts: not after the first due instants.
        sender.warmUp(concurrency);
        LoadGenerator load = new LoadGenerator(concurrency, new RequestPlan(spec), options.drainTimeout());
        WallClock clock = WallClock.now();
        StopReason stoppedBy = load.run(sender);
        BenchTally tally = recorder.seal();
        return BenchResult.of(spec, tally, recorder.peakConcurrency(), stoppedBy, clock);
    }
}
