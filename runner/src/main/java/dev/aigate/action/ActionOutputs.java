package dev.aigate.action;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The step's outputs, from a result.json: {@code verdict}, {@code score}, {@code report-dir} (SPEC §1, fixed),
 * then the exit code, gate counts, the benchmark's key metrics and the cost figures when the result has them.
 * docs/github-action.md lists every name.
 */
final class ActionOutputs {

    /** Benchmark outputs: name → path under the bench result (SPEC §4 keys). */
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

    private static final MathContext SIGNIFICANT = new MathContext(6, RoundingMode.HALF_UP);

    private ActionOutputs() {
    }

    static Map<String, String> of(ResultFile result, String reportDir, int exitCode) {
        JsonNode json = result.json();
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("verdict", result.verdict());
        outputs.put("score", number(score(json)));
        outputs.put("report-dir", reportDir);
        outputs.put("exit-code", String.valueOf(exitCode));
        outputs.put("gates-total", String.valueOf(json.path("gates").size()));
        outputs.put("gates-failed", String.valueOf(countGates(json, "fail")));
        JsonNode bench = section(json, "bench", "metrics");
        if (bench != null) {
            BENCH.forEach((name, pointer) -> {
                JsonNode value = bench.at(pointer);
                if (value.isNumber()) {
                    outputs.put(name, number(value.asDouble()));
                }
            });
            long sent = bench.at("/requests/sent").asLong(0);
            if (sent > 0) {
                outputs.put("error-rate", number(bench.at("/requests/failed").asDouble() / sent));
            }
        }
        JsonNode cost = section(json, "cost", "cost");
        if (cost != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = cost.path("cost").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> figure = it.next();
                if (figure.getValue().isNumber()) {
                    outputs.put("cost-" + figure.getKey().replace('_', '-'), number(figure.getValue().asDouble()));
                }
            }
        }
        return outputs;
    }

    /** The outputs when the command wrote no result (bad input): where reports would be, and the exit code. */
    static Map<String, String> withoutResult(String reportDir, int exitCode) {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("report-dir", reportDir);
        outputs.put("exit-code", String.valueOf(exitCode));
        return outputs;
    }

    /**
     * A canary's score as its result gives it (Kayenta's: % of metrics that pass); for other commands the % of
     * gates that passed, 100 when there were none to fail.
     */
    private static double score(JsonNode json) {
        if (json.path("score").isNumber()) {
            return json.path("score").asDouble();
        }
        int total = json.path("gates").size();
        if (total == 0) {
            return "pass".equals(json.path("verdict").asText()) ? 100 : 0;
        }
        return 100.0 * countGates(json, "pass") / total;
    }

    private static long countGates(JsonNode json, String verdict) {
        long count = 0;
        for (JsonNode gate : json.path("gates")) {
            if (verdict.equals(gate.path("verdict").asText())) {
                count++;
            }
        }
        return count;
    }

    /** A stage's section: the result itself for a single-stage command, or {@code stages.<stage>} for run. */
    private static JsonNode section(JsonNode json, String stage, String marker) {
        if (json.has(marker)) {
            return json;
        }
        JsonNode nested = json.path("stages").path(stage);
        return nested.has(marker) ? nested : null;
    }

    /**
     * A plain decimal of six significant digits without trailing zeros: {@code 412.5}, {@code 100},
     * {@code 0.0066073} (a dollar figure per request keeps its digits).
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).round(SIGNIFICANT).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
