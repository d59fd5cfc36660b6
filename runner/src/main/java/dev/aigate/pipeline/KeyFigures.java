package dev.aigate.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a result.json that a pipeline branches on and trends: the benchmark's key latencies and
 * throughputs (SPEC §4 keys), its error rate, the prompt suite's pass rate, the canary's score and every cost
 * figure. Read the same way from a single command's result and from the stages of a {@code run}. Names are
 * kebab-case ({@code ttft-p99-ms}), as the GitHub Action's outputs are; docs/jenkins.md lists them.
 */
public final class KeyFigures {

    /** Benchmark figures: name → path under the bench result. */
    private static final Map<String, String> BENCH = new LinkedHashMap<>();

    static {
        BENCH.put("ttft-p50-ms", "/metrics/ttft_ms/p50");
        BENCH.put("ttft-p99-ms", "/metrics/ttft_ms/p99");
        BENCH.put("tpot-mean-ms", "/metrics/tpot_ms/mean");
        BENCH.put("tpot-p99-ms", "/metrics/tpot_ms/p99");
        BENCH.put("itl-p99-ms", "/metrics/itl_ms/p99");
        BENCH.put("e2el-p99-ms", "/metrics/e2el_ms/p99");
        BENCH.put("requests-per-s", "/throughput/requests_per_s");
        BENCH.put("output-tokens-per-s", "/throughput/output_tokens_per_s");
        BENCH.put("goodput-requests-per-s", "/goodput/requests_per_s");
    }

    private KeyFigures() {
    }

    /** The figures the result has, in a fixed order; a figure the result lacks (or holds as null) is absent. */
    public static Map<String, Double> of(JsonNode result) {
        Map<String, Double> figures = new LinkedHashMap<>();
        JsonNode bench = section(result, "bench", "throughput");
        if (bench != null) {
            BENCH.forEach((name, pointer) -> put(figures, name, bench.at(pointer)));
            long sent = bench.at("/requests/sent").asLong(0);
            if (sent > 0) {
                figures.put("error-rate", bench.at("/requests/failed").asDouble() / sent);
            }
        }
        JsonNode prompts = section(result, "prompts", "sides");
        if (prompts != null) {
            put(figures, "prompts-pass-rate", prompts.at("/sides/candidate/pass_rate"));
        }
        JsonNode canary = section(result, "canary", "score");
        if (canary != null) {
            put(figures, "canary-score", canary.path("score"));
        }
        JsonNode cost = section(result, "cost", "cost");
        if (cost != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = cost.path("cost").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> figure = it.next();
                put(figures, "cost-" + figure.getKey().replace('_', '-'), figure.getValue());
            }
        }
        return figures;
    }

    private static void put(Map<String, Double> figures, String name, JsonNode value) {
        if (value.isNumber()) {
            figures.put(name, value.asDouble());
        }
    }

    /** A stage's section: the result itself for a single-stage command, or {@code stages.<stage>} for run. */
    private static JsonNode section(JsonNode result, String stage, String marker) {
        if (result.has(marker)) {
            return result;
        }
        JsonNode nested = result.path("stages").path(stage);
        return nested.has(marker) ? nested : null;
    }
}
