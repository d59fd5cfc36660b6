package dev.aigate.config;

import java.time.Duration;
import java.util.List;

/**
 * The {@code gpu:} section of a gate file: the CUDA runner probe and/or a spell of GPU telemetry, run before the
 * other stages (a degraded runner would make every later figure a measurement of the runner). Each part is null
 * when the file leaves it out; at least one is given.
 */
public record GpuStageSpec(Probe probe, Telemetry telemetry) {

    /**
     * {@code gpu.probe}, as {@code aigate gpu probe}.
     *
     * @param minFraction a runner is degraded under this share of a healthy card's figure
     */
    public record Probe(double minFraction, List<ThresholdSpec> thresholds) {

        public Probe {
            thresholds = List.copyOf(thresholds);
        }
    }

    /** {@code gpu.telemetry}, as {@code aigate gpu telemetry}: samples for {@code duration} every {@code interval}. */
    public record Telemetry(Duration duration, Duration interval, List<ThresholdSpec> thresholds) {

        public Telemetry {
            thresholds = List.copyOf(thresholds);
        }
    }

}
