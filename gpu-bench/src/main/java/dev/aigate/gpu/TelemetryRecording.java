package dev.aigate.gpu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every sample of one telemetry run, and the monotonic window it covers.
 *
 * @param samples    in receive order, all GPUs interleaved
 * @param startNanos when sampling started ({@link System#nanoTime()})
 * @param endNanos   when sampling stopped
 * @param interval   the sampling interval asked for
 * @param notes      what went wrong while sampling, in plain words
 */
public record TelemetryRecording(
        List<GpuSample> samples, long startNanos, long endNanos, Duration interval, List<String> notes) {

    public TelemetryRecording {
        samples = List.copyOf(samples);
        notes = List.copyOf(notes);
    }

    public double durationSeconds() {
        return (endNanos - startNanos) / 1e9;
    }

    /**
     * The part of this recording between {@code fromNanos} and {@code toNanos} (clamped to the recording), e.g. a
     * benchmark's measured window without its warm-up.
     */
    public TelemetryRecording window(long fromNanos, long toNanos) {
        long from = Math.max(startNanos, fromNanos);
        long to = Math.max(from, Math.min(endNanos, toNanos));
        List<GpuSample> inside = samples.stream()
                .filter(sample -> sample.receivedNanos() >= from && sample.receivedNanos() <= to)
                .toList();
        return new TelemetryRecording(inside, from, to, interval, notes);
    }

    /** The samples of each GPU, by index. */
    public Map<Integer, List<GpuSample>> byGpu() {
        Map<Integer, List<GpuSample>> byGpu = new TreeMap<>();
        for (GpuSample sample : samples) {
            byGpu.computeIfAbsent(sample.index(), index -> new ArrayList<>()).add(sample);
        }
        return byGpu;
    }

    /** Every non-null reading of {@code field}, all GPUs pooled. */
    public List<Double> pooled(Function<GpuSample, Double> field) {
        return samples.stream().map(field).filter(value -> value != null).toList();
    }

    /** The per-GPU summaries and energy over this recording's window. */
    public TelemetrySummary summarize() {
        List<GpuTelemetry> gpus = byGpu().values().stream()
                .map(gpuSamples -> GpuTelemetry.of(gpuSamples, startNanos, endNanos))
                .toList();
        List<String> allNotes = new ArrayList<>(notes);
        if (samples.isEmpty()) {
            allNotes.add("nvidia-smi gave no sample in " + String.format(java.util.Locale.ROOT, "%.1f",
                    durationSeconds()) + " s");
        }
        for (GpuTelemetry gpu : gpus) {
            gpu.unreported().forEach(field -> allNotes.add("GPU " + gpu.index() + " (" + gpu.name()
                    + ") does not report " + field + "; it is left out, not counted as zero"));
        }
        return new TelemetrySummary(durationSeconds(), interval, gpus, allNotes);
    }
}
