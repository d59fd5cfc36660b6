package dev.aigate.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A sweep's throughput and latency against load, one point per load run, with the SLOs (the lines latency must stay
 * under) and the max-goodput point.
 */
final class SweepPanels implements PanelSource {

    @Override
    public void addPanels(String stage, JsonNode result, ArrayNode panels) {
        JsonNode sweep = result.path("sweep");
        if (!sweep.isArray() || sweep.isEmpty()) {
            return;
        }
        String axis = result.path("max_goodput").path("axis").asText("concurrency");
        ObjectNode panel = PanelSource.panel(panels, "sweep", stage, "Throughput and latency against " + axis);
        panel.put("axis", axis);
        panel.set("max_goodput_load", result.path("max_goodput").path("load"));
        panel.set("slos_ms", result.path("goodput").path("slos_ms"));
        ArrayNode points = panel.putArray("points");
        for (JsonNode entry : sweep) {
            ObjectNode point = points.addObject();
            point.set("load", entry.path(axis));
            point.set("requests_per_s", entry.path("throughput").path("requests_per_s"));
            point.set("output_tokens_per_s", entry.path("throughput").path("output_tokens_per_s"));
            point.set("goodput_per_s", entry.path("goodput").path("requests_per_s"));
            point.set("slo_attainment", entry.path("slo_attainment"));
            for (String metric : new String[] {"ttft", "tpot", "e2el"}) {
                JsonNode summary = entry.path("metrics").path(metric + "_ms");
                point.set(metric + "_p50_ms", summary.path("p50"));
                point.set(metric + "_p99_ms", summary.path("p99"));
            }
        }
    }
}
