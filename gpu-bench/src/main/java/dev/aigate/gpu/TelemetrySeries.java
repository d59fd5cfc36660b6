package dev.aigate.gpu;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * GPU telemetry over time, downsampled for reports: the recording cut into at most {@code maxPoints} equal time
 * buckets, each the mean of the samples in it, as {@code {"t_s": [...], "gpus": [{"index", "name",
 * "utilization_pct": [...], "power_w", "memory_used_mib", "sm_clock_mhz", "temperature_c"}]}} (null where a bucket
 * has no sample or the GPU does not report the field). Its size is bounded however long the run.
 */
public final class TelemetrySeries {

    /** Points per series in result files: two minutes at 1 s, or any longer run at a coarser step. */
    public static final int MAX_POINTS = 120;

    private static final Map<String, Function<GpuSample, Double>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("utilization_pct", GpuSample::utilizationPercent);
        FIELDS.put("power_w", GpuSample::powerWatts);
        FIELDS.put("memory_used_mib", GpuSample::memoryUsedMib);
        FIELDS.put("sm_clock_mhz", GpuSample::smClockMhz);
        FIELDS.put("temperature_c", GpuSample::temperatureC);
    }

    private TelemetrySeries() {
    }

    public static ObjectNode write(TelemetryRecording recording, int maxPoints) {
        long start = recording.startNanos();
        long span = Math.max(1, recording.endNanos() - start);
        int buckets = (int) Math.max(1, Math.min(maxPoints, recording.samples().size()));
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode times = root.putArray("t_s");
        for (int b = 0; b < buckets; b++) {
            times.add(Math.round((b + 0.5) * span / buckets / 1e6) / 1e3);
        }
        ArrayNode gpus = root.putArray("gpus");
        for (Map.Entry<Integer, List<GpuSample>> gpu : recording.byGpu().entrySet()) {
            ObjectNode node = gpus.addObject();
            node.put("index", gpu.getKey());
            node.put("name", gpu.getValue().get(0).name());
            FIELDS.forEach((name, field) -> {
                double[] sums = new double[buckets];
                int[] counts = new int[buckets];
                for (GpuSample sample : gpu.getValue()) {
                    Double value = field.apply(sample);
                    if (value != null) {
                        int b = (int) Math.min(buckets - 1, Math.max(0, (sample.receivedNanos() - start) * buckets / span));
                        sums[b] += value;
                        counts[b]++;
                    }
                }
                ArrayNode values = node.putArray(name);
                for (int b = 0; b < buckets; b++) {
                    values.add(counts[b] == 0 ? null : Math.round(sums[b] / counts[b] * 10) / 10.0);
                }
                if (Arrays.stream(counts).allMatch(c -> c == 0)) {
                    node.putNull(name);
                }
            });
        }
        return root;
    }
}
