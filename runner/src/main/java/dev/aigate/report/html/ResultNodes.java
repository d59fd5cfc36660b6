package dev.aigate.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small JSON helpers the panel sources share. */
final class ResultNodes {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResultNodes() {
    }

    static ArrayNode array(JsonNode... items) {
        ArrayNode array = NODES.arrayNode();
        for (JsonNode item : items) {
            array.add(item);
        }
        return array;
    }

    static ObjectNode labelled(String label, ObjectNode node) {
        ObjectNode copy = node.deepCopy();
        copy.put("label", label);
        return copy;
    }

    /** The text cut to {@code max} characters, saying how much was left out. */
    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + " … [" + (text.length() - max) + " more characters in result.json]";
    }
}
