package dev.aigate.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The few figures per result worth a trend line: latency percentiles and throughput of a bench, the canary score,
 * a prompt suite's pass rate, the cost. An {@code aigate run} result prefixes each with its stage
 * ({@code bench.ttft_p99_ms}). A figure the result lacks (null, no data) is left out rather than written as 0.
 */
public final class KeyMetrics {

    private KeyMetrics() {
    }

    public static Map<String, Double> of(JsonNode result) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        JsonNode stages = result.path("stages");
        if (stages.isObject()) {
            for (Map.Entry<String, JsonNode> stage : stages.properties()) {
                add(stage.getValue(), stage.getKey() + ".", metrics);
            }
        } else {
            add(result, "", metrics);
        }
        return metrics;
    }

    /** Whether a rise of the metric is an improvement (throughput, pass rate, score) rather than a regression. */
    public static boolean higherIsBetter(String name) {
        return name.endsWith("_per_s") || name.endsWith("pass_rate") || name.endsWith("score");
    }

    private static void add(JsonNode result, String prefix, Map<String, Double> metrics) {
        JsonNode latency = result.path("metrics");
        put(metrics, prefix + "ttft_p50_ms", latency.path("ttft_ms").path("p50"));
        put(metrics, prefix + "ttft_p99_ms", latency.path("ttft_ms").path("p99"));
        put(metrics, prefix + "tpot_mean_ms", latency.path("tpot_ms").path("mean"));
        put(metrics, prefix + "itl_p99_ms", latency.path("itl_ms").path("p99"));
        put(metrics, prefix + "e2el_p99_ms", latency.path("e2el_ms").path("p99"));
        put(metrics, prefix + "output_tokens_per_s", result.path("throughput").path("output_tokens_per_s"));
        put(metrics, prefix + "goodput_per_s", result.path("goodput").path("requests_per_s"));
        JsonNode requests = result.path("requests");
        if (requests.path("sent").asLong() > 0 && requests.path("failed").isNumber()) {
            metrics.put(prefix + "error_rate", requests.path("failed").asDouble() / requests.path("sent").asDouble());
        }
        if (result.has("score_thresholds")) {
            put(metrics, prefix + "canary_score", result.path("score"));
        }
        JsonNode sides = result.path("sides");
        put(metrics, prefix + "pass_rate", sides.path("candidate").isObject()
                ? sides.path("candidate").path("pass_rate") : sides.path("baseline").path("pass_rate"));
        put(metrics, prefix + "cost_per_1k_requests", result.path("cost").path("per_1k_requests"));
        put(metrics, prefix + "gpu_joules_per_output_token", result.path("gpu").path("joules_per_output_token"));
    }

    private static void put(Map<String, Double> metrics, String name, JsonNode value) {
        if (value.isNumber() && Double.isFinite(value.asDouble())) {
            metrics.put(name, value.asDouble());
        }
    }
}
