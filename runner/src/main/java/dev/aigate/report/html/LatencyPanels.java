package dev.aigate.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** A bench result's latency distributions (TTFT, TPOT, ITL, E2EL): CDFs and histograms from its HdrHistograms. */
final class LatencyPanels implements PanelSource {

    private static final Map<String, String> METRICS = Map.of("ttft", "TTFT", "tpot", "TPOT", "itl", "ITL",
            "e2el", "E2EL");

    @Override
    public void addPanels(String stage, JsonNode result, ArrayNode panels) {
        JsonNode histograms = result.path("histograms");
        if (!histograms.isObject()) {
            return;
        }
        ArrayNode metrics = ResultNodes.NODES.arrayNode();
        for (String key : new String[] {"ttft", "tpot", "itl", "e2el"}) {
            JsonNode encoded = histograms.path(key);
            if (encoded.isTextual()) {
                LatencyCurve.fromEncoded(encoded.asText()).ifPresent(curve -> {
                    ObjectNode metric = metrics.addObject();
                    metric.put("name", METRICS.get(key));
                    metric.put("p99_ms", result.path("metrics").path(key + "_ms").path("p99").asDouble());
                    metric.set("runs", ResultNodes.array(ResultNodes.labelled("this run", curve)));
                });
            }
        }
        if (!metrics.isEmpty()) {
            PanelSource.panel(panels, "latency", stage, "Latency distributions").set("metrics", metrics);
        }
    }
}
