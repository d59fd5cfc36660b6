package dev.aigate.simulator.server;

import dev.aigate.simulator.Endpoint;
import dev.aigate.simulator.FaultKind;
import dev.aigate.simulator.SimulatorStats;
import dev.aigate.simulator.engine.ScheduleLag;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free counters behind {@link SimulatorStats}; written from every event loop. */
public final class StatsRecorder {

    private final Map<Endpoint, LongAdder> requests = new EnumMap<>(Endpoint.class);
    private final Map<FaultKind, LongAdder> faults = new EnumMap<>(FaultKind.class);
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final LongAdder tokens = new LongAdder();
    private final ScheduleLag lag = new ScheduleLag();

    public StatsRecorder() {
        for (Endpoint endpoint : Endpoint.values()) {
            requests.put(endpoint, new LongAdder());
        }
        for (FaultKind kind : FaultKind.values()) {
            faults.put(kind, new LongAdder());
        }
    }

    void request(Endpoint endpoint) {
        requests.get(endpoint).increment();
    }

    void fault(FaultKind kind) {
        faults.get(kind).increment();
    }

    void streamOpened() {
        peak.accumulateAndGet(active.incrementAndGet(), Math::max);
    }

    void streamClosed() {
        active.decrementAndGet();
    }

    ScheduleLag scheduleLag() {
        return lag;
    }

    void token() {
        tokens.increment();
    }

    public SimulatorStats snapshot() {
        Map<Endpoint, Long> requestCounts = new EnumMap<>(Endpoint.class);
        requests.forEach((endpoint, count) -> requestCounts.put(endpoint, count.sum()));
        Map<FaultKind, Long> faultCounts = new EnumMap<>(FaultKind.class);
        faults.forEach((kind, count) -> faultCounts.put(kind, count.sum()));
        return new SimulatorStats(requestCounts, faultCounts, active.get(), peak.get(), tokens.sum(),
                lag.summary());
    }
}
