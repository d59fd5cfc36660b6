package dev.aigate.run;

import dev.aigate.gate.Aggregate;
import dev.aigate.gate.Dimension;
import dev.aigate.gate.MetricSource;
import dev.aigate.gpu.Distribution;
import dev.aigate.gpu.GpuSample;
import dev.aigate.gpu.TelemetryRecording;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Answers thresholds over GPU telemetry, every sample of every GPU pooled: {@code gpu_utilization} (a ratio:
 * {@code mean(gpu_utilization) >= 50%}), {@code gpu_power} (W), {@code gpu_memory_used} (MiB),
 * {@code gpu_sm_clock} (MHz), {@code gpu_temperature} (°C), with {@code min max mean median p<N>}. A series no GPU
 * reported, or a run without GPUs, has no value: the gate is inconclusive, never passed on zeros.
 */
final class TelemetryMetrics implements MetricSource {

    private record Series(Dimension dimension, Function<GpuSample, Double> field, double scale) {
    }

    private static final Map<String, Series> SERIES = Map.of(
            "gpu_utilization", new Series(Dimension.RATIO, GpuSample::utilizationPercent, 0.01),
            "gpu_power", new Series(Dimension.NUMBER, GpuSample::powerWatts, 1),
            "gpu_memory_used", new Series(Dimension.NUMBER, GpuSample::memoryUsedMib, 1),
            "gpu_sm_clock", new Series(Dimension.NUMBER, GpuSample::smClockMhz, 1),
            "gpu_temperature", new Series(Dimension.NUMBER, GpuSample::temperatureC, 1));

    private static final Set<Aggregate.Kind> AGGREGATES = EnumSet.of(Aggregate.Kind.MIN, Aggregate.Kind.MAX,
            Aggregate.Kind.MEAN, Aggregate.Kind.MEDIAN, Aggregate.Kind.PERCENTILE);

    private final TelemetryRecording recording;

    /** Over {@code recording}; null for the catalog (no data, every value empty). */
    TelemetryMetrics(TelemetryRecording recording) {
        this.recording = recording;
    }

    @Override
    public Set<String> metricNames() {
        return new TreeSet<>(SERIES.keySet());
    }

    @Override
    public Dimension dimension(String metric) {
        return series(metric).dimension();
    }

    @Override
    public boolean supports(String metric, Aggregate aggregate) {
        return SERIES.containsKey(metric) && AGGREGATES.contains(aggregate.kind());
    }

    @Override
    public OptionalDouble value(String metric, Aggregate aggregate) {
        Series series = series(metric);
        if (recording == null) {
            return OptionalDouble.empty();
        }
        List<Double> values = recording.pooled(series.field());
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.stream().mapToDouble(v -> v * series.scale()).sorted().toArray();
        return OptionalDouble.of(switch (aggregate.kind()) {
            case MIN -> sorted[0];
            case MAX -> sorted[sorted.length - 1];
            case MEAN -> Arrays.stream(sorted).average().orElseThrow();
            case MEDIAN -> Distribution.percentile(sorted, 50);
            case PERCENTILE -> Distribution.percentile(sorted, aggregate.percentile());
            default -> throw new IllegalArgumentException(aggregate + "(" + metric + ") is not a telemetry aggregate");
        });
    }

    private static Series series(String metric) {
        Series series = SERIES.get(metric);
        if (series == null) {
            throw new IllegalArgumentException("unknown telemetry metric '" + metric + "'");
        }
        return series;
    }
}
