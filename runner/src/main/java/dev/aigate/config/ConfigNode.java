package dev.aigate.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value of a YAML file together with where it was written and its path from the root, so every type error
 * names {@code file:line:column} and the key, e.g. {@code gate.yaml:7:16: bench.concurrency must be a positive
 * integer, got 'eight'}.
 */
public final class ConfigNode {

    private final String file;
    private final String path;
    private final Node node;

    ConfigNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    public SourceLocation location() {
        return new SourceLocation(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    /** Where the value sits, e.g. {@code bench.slo.ttft} or {@code thresholds[2]}; empty for the root. */
    public String path() {
        return path;
    }

    /** An error about this value, located at it. */
    public ConfigException error(String message) {
        return ConfigException.at(location(), message);
    }

    public boolean isNull() {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    /** A scalar written in quotes ({@code '42'}): text, whatever it reads as. */
    boolean isQuoted() {
        return node instanceof ScalarNode scalar && !scalar.isPlain();
    }

    public ConfigMap asMap() {
        if (!(node instanceof MappingNode)) {
            throw error(subject() + " must be a mapping of keys to values, got " + kind());
        }
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        Map<String, ConfigNode> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            ConfigNode key = new ConfigNode(file, path, tuple.getKeyNode());
            String name = key.scalarText("key");
            if (keys.containsKey(name)) {
                throw key.error("duplicate key '" + name + "' (first at line " + keys.get(name).location().line()
                        + ")");
            }
            keys.put(name, key);
            entries.put(name, new ConfigNode(file, child(name), tuple.getValueNode()));
        }
        return new ConfigMap(this, entries, keys);
    }

    public List<ConfigNode> asList() {
        if (!(node instanceof SequenceNode)) {
            throw error(subject() + " must be a list, got " + kind());
        }
        List<Node> items = ((SequenceNode) node).getValue();
        List<ConfigNode> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            result.add(new ConfigNode(file, path + "[" + (i + 1) + "]", items.get(i)));
        }
        return result;
    }

    /** A scalar as text; mappings, lists and null are errors. */
    public String asString() {
        return scalarText(subject());
    }

    public int asInt(int min) {
        String text = asString();
        try {
            int value = Integer.parseInt(text.replace("_", ""));
            if (value < min) {
                throw error(subject() + " must be at least " + min + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(subject() + " must be an integer, got '" + text + "'");
        }
    }

    public double asDouble(double min) {
        String text = asString();
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error(subject() + " must be a number, got '" + text + "'");
        }
        if (!Double.isFinite(value) || value < min) {
            throw error(subject() + " must be a number of at least " + min + ", got '" + text + "'");
        }
        return value;
    }

    public boolean asBoolean() {
        String text = asString().toLowerCase(Locale.ROOT);
        switch (text) {
            case "true":
            case "yes":
            case "on":
                return true;
            case "false":
            case "no":
            case "off":
                return false;
            default:
                throw error(subject() + " must be true or false, got '" + text + "'");
        }
    }

    /** A duration such as {@code 30s}, {@code 250ms}, {@code 2m}. */
    public Duration asDuration() {
        String text = asString();
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(subject() + ": " + e.getMessage());
        }
    }

    /** A duration that only means something above zero (a run length, a timeout, an SLO): zero names the key. */
    public Duration asPositiveDuration() {
        Duration value = asDuration();
        if (value.isZero() || value.isNegative()) {
            throw error(path + " must be longer than 0, got " + asString());
        }
        return value;
    }

    private String scalarText(String what) {
        if (isNull()) {
            throw error(what + " must have a value");
        }
        if (!(node instanceof ScalarNode)) {
            throw error(what + " must be a single value, got " + kind());
        }
        return ((ScalarNode) node).getValue();
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String subject() {
        return path.isEmpty() ? "the document" : "'" + path + "'";
    }

    private String kind() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull() ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
    }
}
