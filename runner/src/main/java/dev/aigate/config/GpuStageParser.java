package dev.aigate.config;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code gpu:} section of a gate file:
 *
 * <pre>
 * gpu:
 *   probe:                  # the CUDA runner probe, as 'aigate gpu probe'
 *     min_fraction: 0.8     # degraded under this share of a healthy card's figure (default 0.8)
 *     thresholds: [ "min(fp32_vs_expected) >= 85%" ]
 *   telemetry:              # sample the GPUs for a while, as 'aigate gpu telemetry'
 *     duration: 10s         # default 10s
 *     interval: 100ms       # default 100ms
 *     thresholds: [ "max(gpu_temperature) < 85" ]
 * </pre>
 *
 * A key written with no value ({@code probe:}) takes every default rather than being skipped.
 */
final class GpuStageParser {

    static final double DEFAULT_MIN_FRACTION = 0.8;
    static final Duration DEFAULT_DURATION = Duration.ofSeconds(10);
    static final Duration DEFAULT_INTERVAL = Duration.ofMillis(100);
    private static final Duration SHORTEST_INTERVAL = Duration.ofMillis(10);

    private GpuStageParser() {
    }

    static GpuStageSpec parse(ConfigNode node) {
        ConfigMap map = node.asMap().allowOnly(Set.of("probe", "telemetry"));
        GpuStageSpec.Probe probe = map.keys().contains("probe") ? probe(map.get("probe").orElse(null)) : null;
        GpuStageSpec.Telemetry telemetry = map.keys().contains("telemetry")
                ? telemetry(map.get("telemetry").orElse(null)) : null;
        if (probe == null && telemetry == null) {
            throw node.error("'" + node.path() + "' needs 'probe', 'telemetry' or both");
        }
        return new GpuStageSpec(probe, telemetry);
    }

    private static GpuStageSpec.Probe probe(ConfigNode node) {
        if (node == null) {
            return new GpuStageSpec.Probe(DEFAULT_MIN_FRACTION, List.of());
        }
        ConfigMap map = node.asMap().allowOnly(Set.of("min_fraction", "thresholds"));
        double minFraction = map.get("min_fraction").map(Shares::read).orElse(DEFAULT_MIN_FRACTION);
        return new GpuStageSpec.Probe(minFraction, thresholds(map));
    }

    private static GpuStageSpec.Telemetry telemetry(ConfigNode node) {
        if (node == null) {
            return new GpuStageSpec.Telemetry(DEFAULT_DURATION, DEFAULT_INTERVAL, List.of());
        }
        ConfigMap map = node.asMap().allowOnly(Set.of("duration", "interval", "thresholds"));
        Duration duration = map.get("duration").map(GpuStageParser::duration).orElse(DEFAULT_DURATION);
        Duration interval = map.get("interval").map(GpuStageParser::duration).orElse(DEFAULT_INTERVAL);
        if (interval.compareTo(SHORTEST_INTERVAL) < 0) {
            ConfigNode written = map.require("interval");
            throw written.error("'" + written.path() + "' must be at least 10ms, got " + written.asString());
        }
        return new GpuStageSpec.Telemetry(duration, interval, thresholds(map));
    }

    private static Duration duration(ConfigNode node) {
        Duration duration = node.asDuration();
        if (duration.isZero() || duration.isNegative()) {
            throw node.error("'" + node.path() + "' must be longer than 0, got " + node.asString());
        }
        return duration;
    }

    private static List<ThresholdSpec> thresholds(ConfigMap map) {
        return map.get("thresholds").map(GateFileParser::thresholds).orElse(List.of());
    }
}
