package dev.aigate.prompts.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.config.ConfigMap;
import dev.aigate.config.ConfigNode;
import java.math.BigDecimal;

/**
 * A YAML value as JSON (schemas, tools, expected JSON values written inline). Scalars take the JSON type their
 * text reads as, as YAML 1.2's core schema does: {@code 42} a number, {@code true} a boolean, {@code null} null.
 */
final class ConfigJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConfigJson() {
    }

    static JsonNode toJson(ConfigNode node) {
        if (node.isNull()) {
            return NODES.nullNode();
        }
        if (node.isMap()) {
            ConfigMap map = node.asMap();
            ObjectNode object = NODES.objectNode();
            for (String key : map.keys()) {
                object.set(key, map.get(key).map(ConfigJson::toJson).orElse(NODES.nullNode()));
            }
            return object;
        }
        if (node.isList()) {
            ArrayNode array = NODES.arrayNode();
            node.asList().forEach(item -> array.add(toJson(item)));
            return array;
        }
        return scalar(node.asString());
    }

    private static JsonNode scalar(String text) {
        if (text.equals("true") || text.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        if (text.matches("-?(0|[1-9][0-9]*)")) {
            return NODES.numberNode(new java.math.BigInteger(text));
        }
        if (text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            return NODES.numberNode(new BigDecimal(text));
        }
        return NODES.textNode(text);
    }
}
