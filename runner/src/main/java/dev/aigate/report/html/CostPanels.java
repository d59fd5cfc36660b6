package dev.aigate.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The cost breakdown: the monthly cost split into what input, cached input and output tokens cost (API pricing),
 * for the candidate and, when the stage priced one, the baseline it replaces.
 */
final class CostPanels implements PanelSource {

    @Override
    public void addPanels(String stage, JsonNode result, ArrayNode panels) {
        if (!result.path("cost").path("per_month").isNumber()) {
            return;
        }
        ObjectNode panel = PanelSource.panel(panels, "cost", stage, "Cost breakdown (per month)");
        ArrayNode sides = panel.putArray("sides");
        sides.add(side("candidate", result));
        if (result.path("baseline").path("cost").isObject()) {
            sides.add(side("baseline", result.path("baseline")));
        }
    }

    /**
     * One side's monthly cost by part. Only API pricing splits by token kind (each part's share of the cost per
     * request, scaled to the month); a self-hosted (GPU-hour) price is one part, and so is anything whose parts do
     * not add up to the cost per request the estimator computed.
     */
    private static ObjectNode side(String label, JsonNode estimate) {
        ObjectNode side = ResultNodes.NODES.objectNode();
        JsonNode pricing = estimate.path("pricing");
        side.put("label", label + (pricing.has("model") ? " (" + pricing.path("model").asText() + ")" : ""));
        double total = estimate.path("cost").path("per_month").asDouble();
        double perRequest = estimate.path("cost").path("per_request").asDouble();
        side.put("total", total);
        ObjectNode parts = side.putObject("parts");
        if ("api".equals(pricing.path("kind").asText()) && perRequest > 0) {
            JsonNode tokens = estimate.path("tokens_per_request");
            double cachedTokens = tokens.path("cached_input").asDouble();
            double input = (tokens.path("input").asDouble() - cachedTokens) * pricing.path("input_per_1m").asDouble();
            double cached = cachedTokens * pricing.path("cached_input_per_1m").asDouble();
            double output = tokens.path("output").asDouble() * pricing.path("output_per_1m").asDouble();
            double sum = (input + cached + output) / 1e6;
            if (Math.abs(sum - perRequest) <= 0.01 * perRequest) {
                double toMonth = total / sum / 1e6;
                parts.put("input tokens", input * toMonth);
                parts.put("cached input tokens", cached * toMonth);
                parts.put("output tokens", output * toMonth);
                return side;
            }
        }
        parts.put("total", total);
        return side;
    }
}
