package dev.aigate.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** GPU telemetry over time, from the downsampled series the {@code gpu} object of a result keeps. */
final class GpuPanels implements PanelSource {

    @Override
    public void addPanels(String stage, JsonNode result, ArrayNode panels) {
        JsonNode series = result.path("gpu").path("series");
        if (!series.path("t_s").isArray() || series.path("t_s").isEmpty()) {
            return;
        }
        PanelSource.panel(panels, "gpu", stage, "GPU telemetry over time").set("series", series);
    }
}
