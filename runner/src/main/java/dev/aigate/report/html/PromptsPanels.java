package dev.aigate.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A prompt suite: pass rates with their intervals, and the diff against the baseline, i.e. the regressed,
 * improved and flaky cases with both outputs side by side. Outputs are cut to {@value #MAX_OUTPUT} characters so
 * a thousand-case suite keeps the report small; result.json has them whole.
 */
final class PromptsPanels implements PanelSource {

    static final int MAX_OUTPUT = 1500;

    @Override
    public void addPanels(String stage, JsonNode result, ArrayNode panels) {
        JsonNode sides = result.path("sides");
        if (!sides.isObject()) {
            return;
        }
        ObjectNode panel = PanelSource.panel(panels, "prompts", stage,
                "Prompt suite" + (result.has("suite") ? " " + result.path("suite").asText() : ""));
        ArrayNode rates = panel.putArray("pass_rates");
        for (String side : new String[] {"baseline", "candidate"}) {
            JsonNode summary = sides.path(side);
            if (summary.isObject()) {
                ObjectNode rate = rates.addObject();
                rate.put("side", side);
                rate.set("target", summary.path("target"));
                rate.set("pass_rate", summary.path("pass_rate"));
                rate.set("ci_low", summary.path("ci_low"));
                rate.set("ci_high", summary.path("ci_high"));
                rate.set("classes", summary.path("classes"));
            }
        }
        JsonNode comparison = result.path("comparison");
        if (comparison.isObject()) {
            panel.set("comparison", summary(comparison));
            panel.set("regressed", cases(comparison.path("regressed")));
            panel.set("improved", cases(comparison.path("improved")));
        }
        panel.set("flaky", flaky(sides));
    }

    private static ObjectNode summary(JsonNode comparison) {
        ObjectNode summary = ResultNodes.NODES.objectNode();
        for (String key : new String[] {"test", "pairs", "p_value", "drop", "regression"}) {
            summary.set(key, comparison.path(key));
        }
        return summary;
    }

    private static ArrayNode cases(JsonNode compared) {
        ArrayNode cases = ResultNodes.NODES.arrayNode();
        for (JsonNode item : compared) {
            ObjectNode row = cases.addObject();
            row.set("id", item.path("id"));
            row.set("baseline_passes", item.path("baseline_passes"));
            row.set("candidate_passes", item.path("candidate_passes"));
            row.put("baseline_output", ResultNodes.clip(item.path("baseline_output").asText(null), MAX_OUTPUT));
            row.put("candidate_output", ResultNodes.clip(item.path("candidate_output").asText(null), MAX_OUTPUT));
            row.set("failures", item.path("failures"));
        }
        return cases;
    }

    /** The candidate's flaky cases (the baseline's when it ran alone), with a passing and a failing output. */
    private static ArrayNode flaky(JsonNode sides) {
        JsonNode side = sides.path("candidate").isObject() ? sides.path("candidate") : sides.path("baseline");
        ArrayNode cases = ResultNodes.NODES.arrayNode();
        for (JsonNode item : side.path("cases")) {
            if (!"flaky".equals(item.path("class").asText())) {
                continue;
            }
            ObjectNode row = cases.addObject();
            row.set("id", item.path("id"));
            row.put("passes", item.path("passes").asInt() + "/" + item.path("judged").asInt());
            for (JsonNode attempt : item.path("attempts")) {
                String key = attempt.path("pass").asBoolean() ? "passing_output" : "failing_output";
                if (!row.has(key)) {
                    row.put(key, ResultNodes.clip(attempt.path("output").asText(null), MAX_OUTPUT));
                    if (!attempt.path("pass").asBoolean()) {
                        row.set("failures", attempt.path("failures"));
                    }
                }
            }
        }
        return cases;
    }
}
