package dev.aigate.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scripted answers for prompt suites: an ordered list of rules, the first matching rule wins, and a request no
 * rule matches gets the latency model's filler text.
 *
 * <p>File format (YAML, or JSON which is valid YAML):
 * <pre>
 * rules:
 *   - match: {model: "candidate-*", case_id: capital, prompt_regex: "(?i)capital of france"}
 *     respond:
 *       text: Paris.                     # or
 *       variants: [{weight: 3, text: Paris.}, {weight: 1, text: It is Lyon.}]   # or
 *       tool_calls: [{name: get_weather, arguments: {city: Paris}}]
 *       finish_reason: stop              # optional
 * </pre>
 */
public record ScriptSet(List<ScriptRule> rules) {

    public static final ScriptSet EMPTY = new ScriptSet(List.of());

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    public ScriptSet {
        rules = List.copyOf(rules);
    }

    public static ScriptSet of(ScriptRule... rules) {
        return new ScriptSet(List.of(rules));
    }

    /** Loads a YAML or JSON script file. */
    public static ScriptSet load(Path file) throws IOException {
        return fromTree(YAML.readTree(Files.readString(file)), file.toString());
    }

    /** Parses script text (YAML or JSON). */
    public static ScriptSet parse(String text) {
        try {
            return fromTree(YAML.readTree(text), "script");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("script is not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The script set in a script file already read into a tree, for a reader that parses the file itself (to
     * locate its errors); {@code source} begins each error message, e.g. {@code script: rules[0]: ...}.
     */
    public static ScriptSet fromTree(JsonNode root, String source) {
        JsonNode rules = root == null ? null : root.get("rules");
        if (rules == null || !rules.isArray()) {
            throw new IllegalArgumentException(source + ": expected a top-level 'rules' list");
        }
        List<ScriptRule> parsed = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            String where = source + ": rules[" + i + "]";
            JsonNode rule = rules.get(i);
            parsed.add(new ScriptRule(parseMatch(rule.path("match"), where), parseResponse(rule.get("respond"),
                    where)));
        }
        return new ScriptSet(parsed);
    }

    /** The response of the first rule matching the request, if any. */
    public Optional<ScriptResponse> match(String model, Optional<String> caseId, String lastUserMessage) {
        return rules.stream()
                .filter(rule -> rule.match().matches(model, caseId, lastUserMessage))
                .map(ScriptRule::response)
                .findFirst();
    }

    private static RuleMatch parseMatch(JsonNode match, String where) {
        RuleMatch result = RuleMatch.any();
        if (match.hasNonNull("model")) {
            result = result.model(match.get("model").asText());
        }
        if (match.hasNonNull("case_id")) {
            result = result.caseId(match.get("case_id").asText());
        }
        if (match.hasNonNull("prompt_regex")) {
            try {
                result = result.prompt(match.get("prompt_regex").asText());
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ".match.prompt_regex: " + e.getDescription(), e);
            }
        }
        return result;
    }

    private static ScriptResponse parseResponse(JsonNode respond, String where) {
        if (respond == null || !respond.isObject()) {
            throw new IllegalArgumentException(where + ": 'respond' must be a mapping");
        }
        ScriptResponse response;
        if (respond.has("text")) {
            response = ScriptResponse.text(respond.get("text").asText());
        } else if (respond.has("variants")) {
            List<ScriptResponse.Variant> variants = new ArrayList<>();
            for (JsonNode variant : respond.get("variants")) {
                variants.add(new ScriptResponse.Variant(variant.path("weight").asDouble(1),
                        variant.path("text").asText()));
            }
            response = ScriptResponse.variants(variants);
        } else if (respond.has("tool_calls")) {
            List<ToolCall> calls = new ArrayList<>();
            int index = 0;
            for (JsonNode call : respond.get("tool_calls")) {
                index++;
                JsonNode arguments = call.path("arguments");
                String argumentsJson = arguments.isTextual() ? arguments.asText() : writeJson(arguments);
                calls.add(new ToolCall(call.path("id").asText("call_" + index), call.path("name").asText(),
                        argumentsJson));
            }
            response = ScriptResponse.toolCalls(calls);
        } else {
            throw new IllegalArgumentException(where + ".respond: needs 'text', 'variants' or 'tool_calls'");
        }
        return respond.hasNonNull("finish_reason")
                ? response.withFinishReason(respond.get("finish_reason").asText()) : response;
    }

    private static String writeJson(JsonNode node) {
        try {
            return JSON.writeValueAsString(node.isMissingNode() ? JSON.createObjectNode() : node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
