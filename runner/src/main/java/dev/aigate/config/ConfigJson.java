package dev.aigate.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A YAML value as JSON (a prompt suite's schemas, tools and expected values written inline, a simulator script).
 * Unquoted scalars take the JSON type their text reads as, as YAML 1.2's core schema does: {@code 42} a number,
 * {@code true} a boolean, {@code null} null; a quoted scalar ({@code '42'}) stays a string.
 */
public final class ConfigJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConfigJson() {
    }

    /** {@code node} and everything under it as JSON; a key given twice is a located {@link ConfigException}. */
    public static JsonNode toJson(ConfigNode node) {
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
        return node.isQuoted() ? NODES.textNode(node.asString()) : plainScalar(node.asString());
    }

    private static JsonNode plainScalar(String text) {
        if (text.equals("true") || text.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        if (text.matches("-?(0|[1-9][0-9]*)")) {
            return NODES.numberNode(new BigInteger(text));
        }
        if (text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            return NODES.numberNode(new BigDecimal(text));
        }
        return NODES.textNode(text);
    }
}
