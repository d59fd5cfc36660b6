package dev.aigate.run;

import dev.aigate.config.ConfigException;
import dev.aigate.config.GpuStageSpec;
import dev.aigate.config.ThresholdSpec;
import dev.aigate.gate.Threshold;
import dev.aigate.gate.ThresholdParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code gpu:} section of a gate file as stages: the runner probe ({@link GpuProbeStage}) and a spell of
 * telemetry ({@link GpuTelemetryStage}), with the same defaults, gates and verdicts as {@code aigate gpu probe} and
 * {@code aigate gpu telemetry}. Thresholds are bound when the gate is read, before anything runs.
 */
final class GpuStages {

    private final GpuStageSpec spec;
    private final List<ThresholdSpec> probeSpecs;
    private final List<ThresholdSpec> telemetrySpecs;
    private final List<Threshold> probeThresholds;
    private final List<Threshold> telemetryThresholds;

    private GpuStages(GpuStageSpec spec, List<ThresholdSpec> probeSpecs, List<ThresholdSpec> telemetrySpecs) {
        this.spec = spec;
        this.probeSpecs = List.copyOf(probeSpecs);
        this.telemetrySpecs = List.copyOf(telemetrySpecs);
        List<Threshold> probe = new ArrayList<>();
        if (spec != null && spec.probe() != null) {
            probe.addAll(GpuProbeStage.defaultThresholds(spec.probe().minFraction()));
            probe.addAll(ThresholdBinder.bind(probeSpecs, GpuProbeStage.catalog()));
        }
        this.probeThresholds = List.copyOf(probe);
        this.telemetryThresholds = ThresholdBinder.bind(telemetrySpecs, GpuTelemetryStage.catalog());
    }

    /**
     * Whether a top-level threshold belongs to the gpu section: one on a probe metric always; one on a telemetry
     * metric only when there is no bench stage, whose own telemetry it would otherwise judge (the GPUs under load).
     */
    static boolean claims(Threshold threshold, boolean benchStage) {
        return GpuProbeStage.catalog().metricNames().contains(threshold.metric())
                || !benchStage && GpuTelemetryStage.catalog().metricNames().contains(threshold.metric());
    }

    /**
     * Binds the section's own thresholds and the top-level ones it {@link #claims} (which parse).
     *
     * @throws ConfigException when a threshold names a part of the section the file does not have, or does not fit
     */
    static GpuStages bind(Optional<GpuStageSpec> gpu, List<ThresholdSpec> claimed) {
        GpuStageSpec spec = gpu.orElse(null);
        List<ThresholdSpec> probe = new ArrayList<>(spec == null || spec.probe() == null ? List.of()
                : spec.probe().thresholds());
        List<ThresholdSpec> telemetry = new ArrayList<>(spec == null || spec.telemetry() == null ? List.of()
                : spec.telemetry().thresholds());
        for (ThresholdSpec written : claimed) {
            String metric = ThresholdParser.parse(written.expression()).metric();
            boolean onProbe = GpuProbeStage.catalog().metricNames().contains(metric);
            boolean present = spec != null && (onProbe ? spec.probe() != null : spec.telemetry() != null);
            if (!present) {
                throw new ConfigException(written.describe(0) + ": '" + written.expression() + "' needs "
                        + (onProbe ? "a 'gpu.probe' section" : "a 'bench' stage or a 'gpu.telemetry' section")
                        + ", and the gate file has none");
            }
            (onProbe ? probe : telemetry).add(written);
        }
        return new GpuStages(spec, probe, telemetry);
    }

    /** Runs the probe, then the telemetry, as the section asks; no stage at all without a section. */
    List<StageResult> run(Map<String, String> environment) {
        List<StageResult> stages = new ArrayList<>();
        if (spec != null && spec.probe() != null) {
            stages.add(ThresholdLocations.attach(GpuProbeStage.run(probeThresholds, environment), probeSpecs));
        }
        if (spec != null && spec.telemetry() != null) {
            GpuStageSpec.Telemetry telemetry = spec.telemetry();
            stages.add(ThresholdLocations.attach(GpuTelemetryStage.run(telemetry.duration(), telemetry.interval(),
                    telemetryThresholds, environment), telemetrySpecs));
        }
        return stages;
    }
}
