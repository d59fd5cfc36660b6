package dev.aigate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.AigateVersion;

/** Renders result.json: the schema-versioned, machine-readable result. */
public final class ResultJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    public static ObjectNode toJson(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", report.schema());
        root.put("aigate_version", AigateVersion.get());
        root.put("generated_at", report.generatedAt().toString());
        root.put("title", report.title());
        root.put("verdict", report.verdict().label());
        root.put("exit_code", report.verdict().exitCode());
        ArrayNode gates = root.putArray("gates");
        for (GateResult gate : report.releaseGates()) {
            ObjectNode node = gates.addObject();
            node.put("stage", gate.stage());
            node.put("name", gate.name());
            node.put("verdict", gate.verdict().label());
            node.put("message", gate.message());
            if (gate.location() != null) {
                ObjectNode location = node.putObject("location");
                location.put("file", gate.location().file());
                location.put("line", gate.location().line());
                location.put("column", gate.location().column());
            }
        }
        ArrayNode notes = root.putArray("notes");
        report.notes().forEach(notes::add);
        if (report.details() != null) {
            report.details().fields().forEachRemaining(field -> root.set(field.getKey(), field.getValue()));
        }
        return root;
    }

    public static String render(Report report) {
        try {
            return MAPPER.writeValueAsString(toJson(report)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render result.json", e);
        }
    }
}
