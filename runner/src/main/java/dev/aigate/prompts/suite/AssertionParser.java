package dev.aigate.prompts.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.config.ConfigJson;
import dev.aigate.config.ConfigMap;
import dev.aigate.config.ConfigNode;
import dev.aigate.json.JsonErrors;
import dev.aigate.prompts.assertion.AssertSet;
import dev.aigate.prompts.assertion.Assertion;
import dev.aigate.prompts.assertion.AssertionSpec;
import dev.aigate.prompts.assertion.FinishReason;
import dev.aigate.prompts.assertion.JsonAssertion;
import dev.aigate.prompts.assertion.JsonPathEquals;
import dev.aigate.prompts.assertion.JsonSchemaCheck;
import dev.aigate.prompts.assertion.MeasureAssertion;
import dev.aigate.prompts.assertion.ModelGraded;
import dev.aigate.prompts.assertion.Not;
import dev.aigate.prompts.assertion.Refusal;
import dev.aigate.prompts.assertion.Similar;
import dev.aigate.prompts.assertion.SimilarityAssertion;
import dev.aigate.prompts.assertion.TextMatch;
import dev.aigate.prompts.assertion.ToolCallValidity;
import dev.aigate.text.NameSuggester;
import dev.aigate.text.ReadFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one assertion of a case: {@code {type, value, threshold, weight, metric, ...}}, with {@code not-} before any
 * type to negate it. String values are templates filled from the case's variables, so a CSV column can hold the
 * expected answer. Errors point at the file, line and column of the assertion.
 */
public final class AssertionParser {

    /** Every type a suite may write (without the {@code not-} prefix). */
    public static final Set<String> TYPES = Set.of("equals", "iequals", "contains", "icontains", "contains-any",
            "icontains-any", "contains-all", "icontains-all", "starts-with", "istarts-with", "regex", "is-json",
            "contains-json", "json-schema", "jsonpath", "levenshtein", "rouge-n", "bleu", "latency", "cost",
            "token-count", "finish-reason", "is-refusal", "is-valid-tool-call", "is-valid-openai-tools-call",
            "similar", "llm-rubric", "factuality", "assert-set");

    private static final Set<String> KEYS = Set.of("type", "value", "threshold", "weight", "metric", "path", "n",
            "assert", "schema");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonSchemaCheck> tools;
    private final Path baseDirectory;

    /**
     * @param tools         the suite's declared tools by name, with their parameter schemas
     * @param baseDirectory where relative {@code file://} values are read from
     */
    public AssertionParser(Map<String, JsonSchemaCheck> tools, Path baseDirectory) {
        this.tools = Map.copyOf(tools);
        this.baseDirectory = baseDirectory;
    }

    public AssertionSpec parse(ConfigNode node, Map<String, String> vars) {
        ConfigMap map = node.asMap().allowOnly(KEYS);
        String written = map.require("type").asString();
        boolean negated = written.startsWith("not-");
        String type = negated ? written.substring(4) : written;
        if (!TYPES.contains(type)) {
            throw map.require("type").error("unknown assertion type '" + written + "'" + NameSuggester
                    .closest(type, TYPES).map(s -> "; did you mean '" + (negated ? "not-" : "") + s + "'?")
                    .orElse("; known types: " + String.join(", ", new TreeSet<>(TYPES))));
        }
        Assertion assertion;
        try {
            assertion = build(type, map, vars);
        } catch (IllegalArgumentException e) {
            throw node.error(written + ": " + e.getMessage());
        }
        double weight = map.get("weight").map(n -> n.asDouble(0)).orElse(1.0);
        String metric = map.get("metric").map(ConfigNode::asString).orElse(null);
        return new AssertionSpec(negated ? new Not(assertion) : assertion, weight, metric);
    }

    private Assertion build(String type, ConfigMap map, Map<String, String> vars) {
        Double threshold = map.get("threshold").map(n -> n.asDouble(0)).orElse(null);
        switch (type) {
            case "equals":
            case "iequals":
            case "contains":
            case "icontains":
            case "contains-any":
            case "icontains-any":
            case "contains-all":
            case "icontains-all":
            case "starts-with":
            case "istarts-with":
            case "regex":
                return textMatch(type, map, vars);
            case "is-json":
            case "contains-json":
            case "json-schema": {
                JsonSchemaCheck schema = schema(map, vars, type.equals("json-schema"));
                return new JsonAssertion(type, type.equals("contains-json"), schema);
            }
            case "jsonpath":
                return new JsonPathEquals(map.require("path").asString(), json(map.require("value"), vars));
            case "levenshtein":
                return new SimilarityAssertion(SimilarityAssertion.Metric.LEVENSHTEIN, texts(map, vars), threshold, 1);
            case "rouge-n":
                return new SimilarityAssertion(SimilarityAssertion.Metric.ROUGE_N, texts(map, vars), threshold,
                        map.get("n").map(n -> n.asInt(1)).orElse(1));
            case "bleu":
                return new SimilarityAssertion(SimilarityAssertion.Metric.BLEU, texts(map, vars), threshold, 1);
            case "latency":
                return new MeasureAssertion(MeasureAssertion.Measure.LATENCY, required(threshold, map));
            case "cost":
                return new MeasureAssertion(MeasureAssertion.Measure.COST, required(threshold, map));
            case "token-count":
                return new MeasureAssertion(MeasureAssertion.Measure.TOKEN_COUNT, required(threshold, map));
            case "finish-reason":
                return new FinishReason(text(map.require("value"), vars));
            case "is-refusal":
                return new Refusal();
            case "is-valid-tool-call":
            case "is-valid-openai-tools-call":
                if (tools.isEmpty()) {
                    throw new IllegalArgumentException("the suite declares no tools; add them under 'tools' "
                            + "(OpenAI tools format)");
                }
                return new ToolCallValidity(tools, map.get("value").map(n -> text(n, vars)).orElse(null));
            case "similar":
                return new Similar(texts(map, vars), threshold);
            case "llm-rubric":
                return new ModelGraded(ModelGraded.Kind.LLM_RUBRIC, text(map.require("value"), vars));
            case "factuality":
                return new ModelGraded(ModelGraded.Kind.FACTUALITY, text(map.require("value"), vars));
            case "assert-set": {
                List<AssertionSpec> members = new ArrayList<>();
                for (ConfigNode member : map.require("assert").asList()) {
                    members.add(parse(member, vars));
                }
                return new AssertSet(members, threshold);
            }
            default:
                throw new AssertionError(type);
        }
    }

    private TextMatch textMatch(String type, ConfigMap map, Map<String, String> vars) {
        boolean ignoreCase = type.startsWith("i") && !type.equals("is-json");
        String base = ignoreCase ? type.substring(1) : type;
        TextMatch.Mode mode = TextMatch.Mode.valueOf(base.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        ConfigNode value = map.require("value");
        if (mode.takesList() && !value.isList()) {
            throw value.error(type + " takes a list of values, e.g. value: [refund, return]");
        }
        return new TextMatch(mode, ignoreCase, texts(map, vars));
    }

    private JsonSchemaCheck schema(ConfigMap map, Map<String, String> vars, boolean required) {
        java.util.Optional<ConfigNode> node = map.get("schema").or(() -> map.get("value"));
        if (node.isEmpty()) {
            if (required) {
                throw map.node().error("json-schema needs the schema under 'value' (inline or file://schema.json)");
            }
            return null;
        }
        return new JsonSchemaCheck(json(node.get(), vars));
    }

    private static double required(Double threshold, ConfigMap map) {
        if (threshold == null) {
            throw map.node().error(map.require("type").asString() + " needs a 'threshold'");
        }
        return threshold;
    }

    private List<String> texts(ConfigMap map, Map<String, String> vars) {
        ConfigNode value = map.require("value");
        if (value.isList()) {
            List<String> texts = new ArrayList<>();
            value.asList().forEach(item -> texts.add(text(item, vars)));
            return texts;
        }
        return List.of(text(value, vars));
    }

    private static String text(ConfigNode node, Map<String, String> vars) {
        try {
            return new Template(node.asString()).render(vars);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    /** A JSON value written inline in YAML, as a JSON string, or as {@code file://path.json}. */
    private JsonNode json(ConfigNode node, Map<String, String> vars) {
        if (node.isMap() || node.isList()) {
            return ConfigJson.toJson(node);
        }
        String text = text(node, vars);
        if (text.startsWith("file://")) {
            Path file = baseDirectory.resolve(text.substring("file://".length()));
            try {
                return JSON.readTree(Files.readString(file));
            } catch (IOException e) {
                throw node.error("cannot read JSON from " + file + ": " + (e instanceof JsonProcessingException json
                        ? JsonErrors.describe(json) : ReadFailure.reason(e)));
            }
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
