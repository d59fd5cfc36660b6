package dev.aigate.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A canary judgement, metric by metric: the two distributions (from the quantile sketches the canary keeps) and
 * the candidate − baseline shift with its confidence interval, beside the classification and its reason.
 */
final class CanaryPanels implements PanelSource {

    private static final List<String> FIELDS = List.of("classification", "reason", "test", "direction", "p_value",
            "p_value_adjusted", "shift", "ci_low", "ci_high", "effect_ratio", "critical", "quantiles");

    @Override
    public void addPanels(String stage, JsonNode result, ArrayNode panels) {
        if (!result.has("score_thresholds") || !result.path("metrics").isObject()) {
            return;
        }
        ObjectNode panel = PanelSource.panel(panels, "canary", stage, "Canary: candidate against baseline");
        panel.set("score", result.path("score"));
        panel.set("verdict", result.path("verdict"));
        panel.set("confidence", result.path("confidence"));
        ArrayNode metrics = panel.putArray("metrics");
        for (Map.Entry<String, JsonNode> entry : result.path("metrics").properties()) {
            ObjectNode metric = metrics.addObject();
            metric.put("name", entry.getKey());
            for (String field : FIELDS) {
                if (entry.getValue().has(field)) {
                    metric.set(field, entry.getValue().get(field));
                }
            }
            metric.set("baseline", entry.getValue().path("baseline"));
            metric.set("candidate", entry.getValue().path("candidate"));
        }
    }
}
