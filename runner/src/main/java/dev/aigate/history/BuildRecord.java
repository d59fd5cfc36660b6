package dev.aigate.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.gate.Verdict;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One line of the history: a result reduced to what a trend needs, so a history of thousands of builds stays
 * small. {@code {"build", "timestamp", "commit", "kind", "title", "verdict", "metrics": {name: value}}}.
 *
 * @param metrics the key metrics (see {@link KeyMetrics}), in a stable order
 */
public record BuildRecord(String build, Instant timestamp, String commit, String kind, String title, Verdict verdict,
        Map<String, Double> metrics) {

    public BuildRecord {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The record of a result just judged: its key metrics read from its result.json body. */
    public static BuildRecord of(BuildInfo build, String kind, String title, Verdict verdict, JsonNode resultJson) {
        return new BuildRecord(build.build(), build.timestamp(), build.commit(), kind, title, verdict,
                KeyMetrics.of(resultJson));
    }

    /** Whether two records belong to the same trend: the same command on the same gate. */
    public boolean sameSeries(BuildRecord other) {
        return kind.equals(other.kind) && title.equals(other.title);
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("build", build);
        node.put("timestamp", timestamp.toString());
        node.put("commit", commit);
        node.put("kind", kind);
        node.put("title", title);
        node.put("verdict", verdict.label());
        ObjectNode values = node.putObject("metrics");
        metrics.forEach(values::put);
        return node;
    }

    /** Reads one history line; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static BuildRecord fromJson(JsonNode node) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> metric : node.path("metrics").properties()) {
            if (metric.getValue().isNumber()) {
                metrics.put(metric.getKey(), metric.getValue().asDouble());
            }
        }
        return new BuildRecord(text(node, "build"), instant(node), node.path("commit").asText(null),
                text(node, "kind"), text(node, "title"), verdict(text(node, "verdict")), metrics);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return value.asText();
    }

    private static Instant instant(JsonNode node) {
        try {
            return Instant.parse(text(node, "timestamp"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'timestamp' must be an ISO-8601 instant");
        }
    }

    private static Verdict verdict(String label) {
        try {
            return Verdict.valueOf(label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'verdict' must be pass, marginal, fail or inconclusive");
        }
    }
}
