package dev.aigate.gpu;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link TelemetrySummary} as the {@code gpu} object of a result (SPEC §4). A series a GPU does not report
 * is {@code null}, never 0; energy per token appears only when the caller knows the output tokens.
 */
public final class TelemetryJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TelemetryJson() {
    }

    /** The summary; {@code outputTokens} (null when not known) adds energy per output token and tokens per joule. */
    public static ObjectNode write(TelemetrySummary summary, Long outputTokens) {
        ObjectNode root = NODES.objectNode();
        root.put("source", "nvidia-smi");
        root.put("interval_ms", summary.interval().toMillis());
        root.put("duration_s", round(summary.durationSeconds(), 3));
        root.put("energy_j", round(summary.energyJoules(), 3));
        if (outputTokens != null) {
            root.put("output_tokens", outputTokens);
            root.put("joules_per_output_token", round(summary.joulesPerToken(outputTokens), 6));
            root.put("output_tokens_per_joule", round(summary.tokensPerJoule(outputTokens), 6));
        }
        ArrayNode gpus = root.putArray("gpus");
        for (GpuTelemetry gpu : summary.gpus()) {
            ObjectNode node = gpus.addObject();
            node.put("index", gpu.index());
            node.put("uuid", gpu.uuid());
            node.put("name", gpu.name());
            node.put("memory_total_mib", gpu.memoryTotalMib());
            node.put("samples", gpu.samples());
            node.set("utilization_pct", distribution(gpu.utilizationPercent()));
            node.set("memory_used_mib", distribution(gpu.memoryUsedMib()));
            node.set("power_w", distribution(gpu.powerWatts()));
            node.set("sm_clock_mhz", distribution(gpu.smClockMhz()));
            node.set("temperature_c", distribution(gpu.temperatureC()));
            node.put("energy_j", round(gpu.energyJoules(), 3));
        }
        ArrayNode notes = root.putArray("notes");
        summary.notes().forEach(notes::add);
        return root;
    }

    private static ObjectNode distribution(Distribution distribution) {
        if (distribution == null) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        node.put("mean", round(distribution.mean(), 3));
        node.put("p50", distribution.p50());
        node.put("p99", distribution.p99());
        node.put("max", distribution.max());
        node.put("min", distribution.min());
        return node;
    }

    private static Double round(Double value, int decimals) {
        if (value == null) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
