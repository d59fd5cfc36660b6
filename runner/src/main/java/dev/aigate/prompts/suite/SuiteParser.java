package dev.aigate.prompts.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.aigate.config.ConfigJson;
import dev.aigate.config.ConfigMap;
import dev.aigate.config.ConfigNode;
import dev.aigate.prompts.assertion.AssertionSpec;
import dev.aigate.prompts.assertion.JsonSchemaCheck;
import dev.aigate.text.ReadFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the suite keys of a YAML mapping ({@code prompts}, {@code tools}, {@code defaultTest}, {@code tests}) into
 * a {@link Suite}. The caller owns the mapping's other keys (run settings) and checks them. Every error names
 * {@code file:line:column}. The format is documented in docs/prompts.md.
 */
public final class SuiteParser {

    /** The keys this parser reads. */
    public static final Set<String> SUITE_KEYS = Set.of("description", "prompts", "tools", "defaultTest", "tests");

    private static final Set<String> CASE_KEYS = Set.of("id", "description", "prompt", "vars", "assert",
            "threshold", "file");
    private static final Set<String> DEFAULT_KEYS = Set.of("vars", "assert", "threshold");

    private SuiteParser() {
    }

    /**
     * @param name          the suite's name for reports
     * @param baseDirectory where relative file names (prompt files, case files, schemas) are resolved
     */
    public static Suite parse(ConfigMap map, String name, Path baseDirectory) {
        Map<String, PromptTemplate> prompts = prompts(map.require("prompts"), baseDirectory);
        ArrayNode tools = map.get("tools").map(ConfigJson::toJson).map(SuiteParser::toolList)
                .orElse(JsonNodeFactory.instance.arrayNode());
        Map<String, JsonSchemaCheck> toolSchemas = toolSchemas(tools, map.get("tools"));
        AssertionParser assertions = new AssertionParser(toolSchemas, baseDirectory);
        Optional<ConfigMap> defaults = map.get("defaultTest").map(n -> n.asMap().allowOnly(DEFAULT_KEYS));
        CaseBuilder builder = new CaseBuilder(prompts, assertions, defaults, baseDirectory);
        ConfigNode tests = map.require("tests");
        if (tests.isList()) {
            tests.asList().forEach(builder::add);
        } else {
            builder.addFile(tests, Optional.empty());
        }
        if (builder.cases.isEmpty()) {
            throw map.require("tests").error("the suite has no cases");
        }
        String description = map.get("description").map(ConfigNode::asString).orElse(name);
        return new Suite(description, prompts, tools, builder.cases);
    }

    private static Map<String, PromptTemplate> prompts(ConfigNode node, Path baseDirectory) {
        Map<String, PromptTemplate> prompts = new LinkedHashMap<>();
        List<ConfigNode> entries = node.isList() ? node.asList() : List.of(node);
        int index = 0;
        for (ConfigNode entry : entries) {
            index++;
            Map<String, PromptTemplate> read;
            if (!entry.isMap() && entry.asString().startsWith("file://")) {
                Path file = baseDirectory.resolve(entry.asString().substring("file://".length()));
                PromptTemplate prompt = PromptFiles.textFile(file, entry);
                read = Map.of(prompt.id(), prompt);
            } else if (!entry.isMap() && isPath(entry.asString())) {
                Path path = baseDirectory.resolve(entry.asString());
                read = Files.isDirectory(path) ? PromptFiles.directory(path, entry)
                        : Map.of(PromptFiles.file(path, null).id(), PromptFiles.file(path, null));
            } else {
                PromptTemplate prompt = PromptFiles.entry(entry, index, baseDirectory);
                read = Map.of(prompt.id(), prompt);
            }
            for (PromptTemplate prompt : read.values()) {
                if (prompts.put(prompt.id(), prompt) != null) {
                    throw entry.error("duplicate prompt id '" + prompt.id() + "'");
                }
            }
        }
        if (prompts.isEmpty()) {
            throw node.error("the suite has no prompts");
        }
        return prompts;
    }

    private static boolean isPath(String text) {
        return !text.contains("{{") && !text.contains("\n")
                && (text.endsWith(".yaml") || text.endsWith(".yml") || text.endsWith("/"));
    }

    private static ArrayNode toolList(JsonNode json) {
        if (!json.isArray()) {
            throw new IllegalArgumentException("'tools' must be a list");
        }
        return (ArrayNode) json;
    }

    private static Map<String, JsonSchemaCheck> toolSchemas(ArrayNode tools, Optional<ConfigNode> where) {
        Map<String, JsonSchemaCheck> schemas = new HashMap<>();
        for (JsonNode tool : tools) {
            JsonNode function = tool.path("function");
            String toolName = function.path("name").asText("");
            if (!"function".equals(tool.path("type").asText()) || toolName.isEmpty()) {
                throw where.orElseThrow().error("each tool must be {type: function, function: {name, parameters}} "
                        + "(OpenAI tools format)");
            }
            JsonNode parameters = function.path("parameters");
            try {
                schemas.put(toolName, new JsonSchemaCheck(parameters.isMissingNode()
                        ? JsonNodeFactory.instance.objectNode().put("type", "object") : parameters));
            } catch (IllegalArgumentException e) {
                throw where.orElseThrow().error("tool '" + toolName + "': " + e.getMessage());
            }
        }
        return schemas;
    }

    /** Turns case entries (inline, or files of cases) into test cases, defaults applied. */
    private static final class CaseBuilder {
        private final Map<String, PromptTemplate> prompts;
        private final AssertionParser assertions;
        private final Optional<ConfigMap> defaults;
        private final Path baseDirectory;
        private final List<TestCase> cases = new ArrayList<>();
        private final Map<String, String> seenAt = new HashMap<>();

        CaseBuilder(Map<String, PromptTemplate> prompts, AssertionParser assertions, Optional<ConfigMap> defaults,
                    Path baseDirectory) {
            this.prompts = prompts;
            this.assertions = assertions;
            this.defaults = defaults;
            this.baseDirectory = baseDirectory;
        }

        void add(ConfigNode entry) {
            ConfigMap map = entry.asMap().allowOnly(CASE_KEYS);
            if (map.get("file").isPresent()) {
                addFile(map.require("file"), map.get("prompt").map(ConfigNode::asString));
                return;
            }
            add(entry, Optional.empty());
        }

        /** Every case of a CSV or JSONL file ({@code cases.csv} or promptfoo's {@code file://cases.csv}). */
        void addFile(ConfigNode name, Optional<String> prompt) {
            Path file = baseDirectory.resolve(name.asString().replaceFirst("^file://", ""));
            for (ConfigNode row : CaseFiles.read(file, name)) {
                add(row, prompt);
            }
        }

        private void add(ConfigNode entry, Optional<String> filePrompt) {
            ConfigMap map = entry.asMap().allowOnly(CASE_KEYS);
            Map<String, String> vars = new LinkedHashMap<>();
            defaults.flatMap(d -> d.get("vars")).ifPresent(v -> vars.putAll(vars(v)));
            map.get("vars").ifPresent(v -> vars.putAll(vars(v)));
            List<String> promptIds = promptIds(map, filePrompt);
            String baseId = map.get("id").map(ConfigNode::asString).orElse("case-" + (cases.size() + 1));
            for (String promptId : promptIds) {
                String id = promptIds.size() > 1 ? baseId + "@" + promptId : baseId;
                String where = entry.location().toString();
                String previous = seenAt.putIfAbsent(id, where);
                if (previous != null) {
                    throw entry.error("duplicate case id '" + id + "' (first at " + previous + ")");
                }
                checkRenders(prompts.get(promptId), vars, entry, id);
                List<AssertionSpec> specs = new ArrayList<>();
                defaults.flatMap(d -> d.get("assert")).ifPresent(list -> list.asList()
                        .forEach(a -> specs.add(assertions.parse(a, vars))));
                map.get("assert").ifPresent(list -> list.asList().forEach(a -> specs.add(assertions.parse(a, vars))));
                Double threshold = map.get("threshold").or(() -> defaults.flatMap(d -> d.get("threshold")))
                        .map(n -> n.asDouble(0)).orElse(null);
                cases.add(new TestCase(id, map.get("description").map(ConfigNode::asString).orElse(null), promptId,
                        vars, specs, threshold));
            }
        }

        private List<String> promptIds(ConfigMap map, Optional<String> filePrompt) {
            Optional<ConfigNode> named = map.get("prompt");
            Optional<String> id = named.map(ConfigNode::asString).or(() -> filePrompt);
            if (id.isEmpty()) {
                return List.copyOf(prompts.keySet());
            }
            if (!prompts.containsKey(id.get())) {
                ConfigNode where = named.orElse(map.node());
                throw where.error("unknown prompt '" + id.get() + "'; prompts: " + String.join(", ", prompts.keySet()));
            }
            return List.of(id.get());
        }

        private Map<String, String> vars(ConfigNode node) {
            ConfigMap map = node.asMap();
            Map<String, String> vars = new LinkedHashMap<>();
            for (String key : map.keys()) {
                Optional<ConfigNode> value = map.get(key);
                vars.put(key, value.map(this::varValue).orElse(""));
            }
            return vars;
        }

        private String varValue(ConfigNode value) {
            if (value.isMap() || value.isList()) {
                return ConfigJson.toJson(value).toString();
            }
            String text = value.asString();
            if (text.startsWith("file://")) {
                Path file = baseDirectory.resolve(text.substring("file://".length()));
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw value.error(file + ": " + ReadFailure.reason(e));
                }
            }
            return text;
        }

        private static void checkRenders(PromptTemplate prompt, Map<String, String> vars, ConfigNode entry, String id) {
            try {
                prompt.render(vars);
            } catch (IllegalArgumentException e) {
                throw entry.error("case '" + id + "', prompt '" + prompt.id() + "': " + e.getMessage());
            }
        }
    }
}
