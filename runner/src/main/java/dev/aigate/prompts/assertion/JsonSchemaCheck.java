package dev.aigate.prompts.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Collectors;

/** A JSON Schema compiled once (draft 2020-12 unless the schema's {@code $schema} says otherwise). */
public final class JsonSchemaCheck {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonSchema schema;

    /**
     * @throws IllegalArgumentException when the schema itself is not a schema
     */
    public JsonSchemaCheck(JsonNode schemaNode) {
        if (!schemaNode.isObject() && !schemaNode.isBoolean()) {
            throw new IllegalArgumentException("a JSON Schema must be an object, got " + schemaNode.getNodeType());
        }
        try {
            this.schema = FACTORY.getSchema(schemaNode);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid JSON Schema: " + e.getMessage(), e);
        }
    }

    /** The validation errors, joined in one line; empty when the value is valid. */
    public String errors(JsonNode value) {
        Set<ValidationMessage> messages = schema.validate(value);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; "));
    }
}
