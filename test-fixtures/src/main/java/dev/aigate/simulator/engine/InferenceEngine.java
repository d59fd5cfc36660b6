package dev.aigate.simulator.engine;

import dev.aigate.simulator.LatencyProfile;
import java.util.concurrent.ScheduledExecutorService;

/** Turns submitted sequences into timed tokens, following a latency profile. Thread-safe. */
public interface InferenceEngine {

    /** Starts generating; the request arrived now. */
    void submit(Sequence sequence);

    /**
     * The engine for a profile.
     *
     * @param clock one shared single-threaded scheduler, used by the batching model's engine loop
     * @param lag   where to record how late each token is delivered
     */
    static InferenceEngine forProfile(LatencyProfile profile, long seed, ScheduledExecutorService clock,
                                      ScheduleLag lag) {
        // Java 17 has no pattern switch; the sealed Timing has exactly these two kinds.
        if (profile.timing() instanceof LatencyProfile.Timing.ContinuousBatching batching) {
            return new ContinuousBatchingEngine(new BatchScheduler(batching, profile.jitter(), seed), clock, lag);
        }
        return new FixedLatencyEngine((LatencyProfile.Timing.FixedLatency) profile.timing(), profile.jitter(), seed,
                lag);
    }
}
