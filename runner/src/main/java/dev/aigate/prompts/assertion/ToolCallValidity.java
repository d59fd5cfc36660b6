package dev.aigate.prompts.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.provider.ToolCall;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code is-valid-tool-call} (also {@code is-valid-openai-tools-call}): the model made at least one tool call,
 * and every call names a declared tool and passes arguments that are a JSON object valid against that tool's
 * {@code parameters} schema (OpenAI tools format). With {@code value}, the first call must be to that tool.
 *
 * @param tools    declared tools by name, each with its compiled parameters schema (null: any object)
 * @param expected the tool the first call must name, or null
 */
public record ToolCallValidity(Map<String, JsonSchemaCheck> tools, String expected) implements Assertion {

    public ToolCallValidity {
        tools = Map.copyOf(tools);
    }

    @Override
    public String type() {
        return "is-valid-tool-call";
    }

    @Override
    public Check check(Output output, GradingContext context) {
        if (output.toolCalls().isEmpty()) {
            return Check.failed("no tool call made");
        }
        List<String> problems = new ArrayList<>();
        for (ToolCall call : output.toolCalls()) {
            problems.addAll(problems(call));
        }
        String first = output.toolCalls().get(0).name();
        if (expected != null && !expected.equals(first)) {
            problems.add("first call is to '" + first + "', expected '" + expected + "'");
        }
        return problems.isEmpty() ? Check.passed(output.toolCalls().size() + " valid tool call(s), first " + first)
                : Check.failed(String.join("; ", problems));
    }

    private List<String> problems(ToolCall call) {
        if (!tools.containsKey(call.name())) {
            return List.of("call to undeclared tool '" + call.name() + "' (declared: "
                    + String.join(", ", new java.util.TreeSet<>(tools.keySet())) + ")");
        }
        JsonNode arguments;
        try {
            arguments = JsonText.MAPPER.readTree(call.arguments() == null || call.arguments().isBlank() ? "{}"
                    : call.arguments());
        } catch (IOException e) {
            return List.of(call.name() + ": arguments are not valid JSON");
        }
        if (arguments == null || !arguments.isObject()) {
            return List.of(call.name() + ": arguments must be a JSON object");
        }
        JsonSchemaCheck schema = tools.get(call.name());
        String errors = schema == null ? "" : schema.errors(arguments);
        return errors.isEmpty() ? List.of() : List.of(call.name() + ": " + errors);
    }
}
