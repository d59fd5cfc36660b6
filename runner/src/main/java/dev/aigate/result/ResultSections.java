package dev.aigate.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one stage's section of a result.json, in either shape aigate writes: the result of a single command
 * ({@code "schema": "aigate/bench/v1"}) is that stage's section itself, and the result of {@code aigate run}
 * ({@code "schema": "aigate/run/v1"}) holds one section per stage under {@code stages.<stage>}. Every reader of
 * stored results (shard merge, cost, canary, prompt baselines, pipeline figures) looks sections up here, so they
 * accept the same files and refuse the others with the same message.
 */
public final class ResultSections {

    /** The kind of {@code aigate run}'s result, whose stages are nested. */
    public static final String RUN = "run";

    private static final Pattern SCHEMA = Pattern.compile("aigate/([a-z]+)/v1");

    private ResultSections() {
    }

    /** The schema a result of {@code kind} carries, e.g. {@code aigate/bench/v1}. */
    public static String schema(String kind) {
        return "aigate/" + kind + "/v1";
    }

    /** The kind a result's schema names ({@code bench} for {@code aigate/bench/v1}); empty for anything else. */
    public static Optional<String> kind(JsonNode root) {
        Matcher schema = SCHEMA.matcher(schemaOf(root));
        return schema.matches() ? Optional.of(schema.group(1)) : Optional.empty();
    }

    /**
     * The section of stage {@code kind}: {@code root} when it is a {@code kind} result, its {@code stages.<kind>}
     * when it is a run result with that stage, else empty ({@link #notFound} says why).
     */
    public static Optional<JsonNode> section(JsonNode root, String kind) {
        String schema = schemaOf(root);
        if (schema.equals(schema(kind))) {
            return Optional.of(root);
        }
        JsonNode stage = root == null ? null : root.path("stages").path(kind);
        return schema.equals(schema(RUN)) && stage.isObject() ? Optional.of(stage) : Optional.empty();
    }

    /**
     * Why {@link #section} found no {@code kind} section in {@code root}, as one line for a message that starts
     * with the file's name, e.g. {@code not an aigate bench result (schema 'aigate/canary/v1'); give ...}.
     */
    public static String notFound(JsonNode root, String kind) {
        String schema = schemaOf(root);
        String why;
        if (root == null || !root.isObject()) {
            why = "not a JSON object";
        } else if (schema.isEmpty()) {
            why = "no \"schema\"";
        } else if (schema.equals(schema(RUN))) {
            why = "schema '" + schema + "' without a " + kind + " stage";
        } else {
            why = "schema '" + schema + "'";
        }
        return "not an aigate " + kind + " result (" + why + "); give the result.json of 'aigate " + kind
                + "', or of an 'aigate run' with a " + kind + " stage";
    }

    private static String schemaOf(JsonNode root) {
        return root == null || !root.isObject() ? "" : root.path("schema").asText("");
    }
}
