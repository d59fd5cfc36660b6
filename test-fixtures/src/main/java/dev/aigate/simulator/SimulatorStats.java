package dev.aigate.simulator;

import java.util.Map;

/**
 * A snapshot of what a simulator has served.
 *
 * @param requestsByEndpoint    requests received per endpoint (every endpoint present, zero when unused)
 * @param faultsByKind          faults injected per kind (every kind present)
 * @param activeStreams         generation requests in flight now
 * @param peakConcurrentStreams the most generation requests in flight at once
 * @param tokensGenerated       output tokens written to clients
 * @param scheduleLag           how late the latency model handed tokens to their connections (server-side
 *                              truth: if this is small and a client saw tokens late, the client lagged)
 */
public record SimulatorStats(Map<Endpoint, Long> requestsByEndpoint, Map<FaultKind, Long> faultsByKind,
                             int activeStreams, int peakConcurrentStreams, long tokensGenerated,
                             TokenLag scheduleLag) {

    public SimulatorStats {
        requestsByEndpoint = Map.copyOf(requestsByEndpoint);
        faultsByKind = Map.copyOf(faultsByKind);
    }

    public long requests(Endpoint endpoint) {
        return requestsByEndpoint.getOrDefault(endpoint, 0L);
    }

    public long faults(FaultKind kind) {
        return faultsByKind.getOrDefault(kind, 0L);
    }
}
