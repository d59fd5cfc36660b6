package dev.aigate.prompts.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * {@code is-json}: the whole output is JSON; {@code contains-json}: some JSON object or array is embedded in it.
 * Either may carry a JSON Schema the value must satisfy ({@code json-schema} is {@code is-json} with a schema).
 */
public final class JsonAssertion implements Assertion {

    private final String type;
    private final boolean embedded;
    private final JsonSchemaCheck schema;

    /**
     * @param embedded whether the JSON may sit inside other text
     * @param schema   null for "any JSON"
     */
    public JsonAssertion(String type, boolean embedded, JsonSchemaCheck schema) {
        this.type = type;
        this.embedded = embedded;
        this.schema = schema;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public Check check(Output output, GradingContext context) {
        Optional<JsonNode> json = embedded ? JsonText.embedded(output.text()) : JsonText.whole(output.text());
        if (json.isEmpty()) {
            return Check.failed(embedded ? "no JSON object or array in the output" : "output is not valid JSON");
        }
        if (schema == null) {
            return Check.passed("valid JSON");
        }
        String errors = schema.errors(json.get());
        return errors.isEmpty() ? Check.passed("valid JSON matching the schema")
                : Check.failed("JSON does not match the schema: " + errors);
    }
}
