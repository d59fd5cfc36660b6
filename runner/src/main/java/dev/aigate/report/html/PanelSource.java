package dev.aigate.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Finds the data of one kind of panel in a stage's result JSON and adds the panels it supports, each an object
 * with {@code type} (the report.js function that draws it), {@code stage} and {@code title}; a stage without the
 * data adds nothing.
 */
interface PanelSource {

    void addPanels(String stage, JsonNode result, ArrayNode panels);

    static ObjectNode panel(ArrayNode panels, String type, String stage, String title) {
        ObjectNode panel = panels.addObject();
        panel.put("type", type);
        panel.put("stage", stage);
        panel.put("title", title);
        return panel;
    }
}
