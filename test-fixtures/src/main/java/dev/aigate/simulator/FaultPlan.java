package dev.aigate.simulator;

import dev.aigate.simulator.engine.SeededRandom;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-request fault rates. Each generation request draws at most one fault; which request gets which fault is a
 * pure function of the seed and the request's arrival index, so a run with the same seed and the same request
 * order injects the same faults.
 *
 * @param rates             probability per request of each fault kind; kinds absent have rate 0; sum at most 1
 * @param retryAfterSeconds the {@code Retry-After} value sent with {@link FaultKind#HTTP_429}
 * @param stall             how long a {@link FaultKind#STALL} pauses the response
 */
public record FaultPlan(Map<FaultKind, Double> rates, int retryAfterSeconds, Duration stall) {

    /** No faults at all. */
    public static final FaultPlan NONE = new FaultPlan(Map.of(), 1, Duration.ofSeconds(2));

    private static final long FAULT_STREAM = 0x6661756c74L;

    public FaultPlan {
        EnumMap<FaultKind, Double> copy = new EnumMap<>(FaultKind.class);
        double sum = 0;
        for (Map.Entry<FaultKind, Double> entry : rates.entrySet()) {
            double rate = entry.getValue();
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException(
                        "fault rate of " + entry.getKey().wireName() + " must be within [0, 1], got " + rate);
            }
            if (rate > 0) {
                copy.put(entry.getKey(), rate);
                sum += rate;
            }
        }
        if (sum > 1 + 1e-9) {
            throw new IllegalArgumentException("fault rates add up to " + sum + ", more than 1");
        }
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retry-after must not be negative, got " + retryAfterSeconds);
        }
        if (stall.isNegative()) {
            throw new IllegalArgumentException("stall must not be negative, got " + stall);
        }
        rates = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses a compact spec such as {@code http_429=0.05,cut=0.01,retry_after=2,stall_ms=1500} (the form the CLI
     * and gate files use). An empty or blank spec is {@link #NONE}.
     */
    public static FaultPlan parse(String spec) {
        FaultPlan plan = NONE;
        if (spec == null || spec.isBlank()) {
            return plan;
        }
        for (String part : spec.split(",")) {
            String[] keyValue = part.split("=", 2);
            if (keyValue.length != 2) {
                throw new IllegalArgumentException("fault spec entry '" + part.trim() + "' is not NAME=VALUE");
            }
            String key = keyValue[0].trim();
            String value = keyValue[1].trim();
            try {
                plan = switch (key) {
                    case "retry_after" -> plan.withRetryAfterSeconds(Integer.parseInt(value));
                    case "stall_ms" -> plan.withStall(Duration.ofMillis(Long.parseLong(value)));
                    default -> plan.withRate(FaultKind.fromWireName(key), Double.parseDouble(value));
                };
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fault spec entry '" + part.trim() + "' has no number", e);
            }
        }
        return plan;
    }

    /** This plan with one fault kind's rate replaced. */
    public FaultPlan withRate(FaultKind kind, double rate) {
        EnumMap<FaultKind, Double> changed = new EnumMap<>(FaultKind.class);
        changed.putAll(rates);
        changed.put(kind, rate);
        return new FaultPlan(changed, retryAfterSeconds, stall);
    }

    public FaultPlan withRetryAfterSeconds(int seconds) {
        return new FaultPlan(rates, seconds, stall);
    }

    public FaultPlan withStall(Duration pause) {
        return new FaultPlan(rates, retryAfterSeconds, pause);
    }

    /** The rate of one kind, 0 when absent. */
    public double rate(FaultKind kind) {
        return rates.getOrDefault(kind, 0.0);
    }

    /** The fault, if any, of the request with this arrival index under this seed. */
    public Optional<FaultKind> faultFor(long seed, long requestIndex) {
        if (rates.isEmpty()) {
            return Optional.empty();
        }
        double draw = SeededRandom.unitInterval(seed ^ FAULT_STREAM, requestIndex);
        double cumulative = 0;
        for (FaultKind kind : FaultKind.values()) {
            cumulative += rate(kind);
            if (draw < cumulative) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
