package dev.aigate.history;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.result.KeyFigure;
import dev.aigate.result.ResultSections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The few figures per result worth a trend line ({@link KeyFigure#ALL} with a {@link KeyFigure#historyName}):
 * latency percentiles and throughput of a bench, the canary score, a prompt suite's pass rate, the cost. An
 * {@code aigate run} result prefixes each with its stage ({@code bench.ttft_p99_ms}), stages in the run's order. A
 * figure the result lacks (null, no data) is left out rather than written as 0.
 */
public final class KeyMetrics {

    private KeyMetrics() {
    }

    public static Map<String, Double> of(JsonNode result) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        Optional<String> kind = ResultSections.kind(result);
        if (kind.filter(ResultSections.RUN::equals).isPresent()) {
            result.path("stages").fieldNames().forEachRemaining(stage -> add(result, stage, stage + ".", metrics));
        } else {
            kind.ifPresent(stage -> add(result, stage, "", metrics));
        }
        return metrics;
    }

    /** Whether a rise of the metric is an improvement (throughput, pass rate, score) rather than a regression. */
    public static boolean higherIsBetter(String name) {
        return name.endsWith("_per_s") || name.endsWith("pass_rate") || name.endsWith("score");
    }

    private static void add(JsonNode result, String stage, String prefix, Map<String, Double> metrics) {
        ResultSections.section(result, stage).ifPresent(section -> {
            for (KeyFigure figure : KeyFigure.ALL) {
                if (figure.historyName() != null && figure.stage().equals(stage)) {
                    figure.read(section).ifPresent(value -> metrics.put(prefix + figure.historyName(), value));
                }
            }
        });
    }
}
