package dev.aigate.prompts.suite;

import dev.aigate.config.ConfigException;
import dev.aigate.config.ConfigJson;
import dev.aigate.config.ConfigMap;
import dev.aigate.config.ConfigNode;
import dev.aigate.config.YamlFiles;
import dev.aigate.text.ReadFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads prompts: inline in a suite, or one per file in the GitOps layout ({@code prompts/production/*.yaml},
 * {@code prompts/staging/*.yaml}). A prompt is {@code id}, {@code version}, {@code template} (one user message) or
 * {@code messages}, and {@code model} parameters ({@code temperature}, {@code max_tokens}, anything else is sent as
 * it is).
 */
public final class PromptFiles {

    private static final Set<String> KEYS = Set.of("id", "version", "description", "template", "messages", "model",
            "file");

    private PromptFiles() {
    }

    /**
     * Every prompt of a directory ({@code *.yaml}, {@code *.yml}), by id, in file-name order.
     *
     * @param where the suite value that named the directory, for error locations; null when a flag named it
     */
    public static Map<String, PromptTemplate> directory(Path directory, ConfigNode where) {
        if (!Files.isDirectory(directory)) {
            throw error(where, "prompt directory " + directory + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                    .toList();
        } catch (IOException e) {
            throw error(where, "cannot list " + directory + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw error(where, "prompt directory " + directory + " has no .yaml files");
        }
        Map<String, PromptTemplate> prompts = new LinkedHashMap<>();
        for (Path file : files) {
            PromptTemplate prompt = file(file, null);
            if (prompts.put(prompt.id(), prompt) != null) {
                throw new ConfigException(file + ": duplicate prompt id '" + prompt.id() + "' in " + directory);
            }
        }
        return prompts;
    }

    private static ConfigException error(ConfigNode where, String message) {
        return where == null ? new ConfigException(message) : where.error(message);
    }

    /** One prompt file; {@code id} defaults to the file's name without extension. */
    public static PromptTemplate file(Path file, String idOverride) {
        ConfigMap map = YamlFiles.read(file).asMap();
        String fallback = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return read(map, idOverride != null ? idOverride : map.get("id").map(ConfigNode::asString).orElse(fallback),
                file.toString());
    }

    /**
     * A prompt file: YAML ({@code .yaml}, {@code .yml}) as above, or plain text (any other extension), which is one
     * user message with the file's name as id.
     */
    public static PromptTemplate textFile(Path file, ConfigNode where) {
        String name = file.getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            if (!Files.isRegularFile(file)) {
                throw error(where, "prompt file " + file + " not found");
            }
            return file(file, null);
        }
        try {
            return new PromptTemplate(name.replaceFirst("\\.[^.]*$", ""), null, List.of(userMessage(
                    Files.readString(file))), null, PromptTemplate.DEFAULT_MAX_TOKENS, Map.of(), file.toString());
        } catch (IOException e) {
            throw error(where, "prompt file " + file + ": " + ReadFailure.reason(e));
        }
    }

    /** A prompt entry of a suite: a bare template string, {@code {file: ...}}, or an inline prompt. */
    static PromptTemplate entry(ConfigNode node, int index, Path baseDirectory) {
        if (!node.isMap()) {
            String text = node.asString();
            return new PromptTemplate("prompt-" + index, null, List.of(userMessage(text)), null,
                    PromptTemplate.DEFAULT_MAX_TOKENS, Map.of(), "inline");
        }
        ConfigMap map = node.asMap().allowOnly(KEYS);
        String id = map.get("id").map(ConfigNode::asString).orElse(null);
        if (map.get("file").isPresent()) {
            Path file = baseDirectory.resolve(map.require("file").asString());
            if (!Files.isRegularFile(file)) {
                throw map.require("file").error("prompt file " + file + " not found");
            }
            return file(file, id);
        }
        return read(map, id != null ? id : "prompt-" + index, node.location().toString());
    }

    private static PromptTemplate read(ConfigMap map, String id, String source) {
        map.allowOnly(KEYS);
        List<PromptTemplate.Message> messages = new ArrayList<>();
        if (map.get("template").isPresent() == map.get("messages").isPresent()) {
            throw map.node().error("prompt '" + id + "' needs exactly one of 'template' (a user message) or "
                    + "'messages' (a list of {role, content})");
        }
        map.get("template").ifPresent(t -> messages.add(userMessage(t.asString())));
        map.get("messages").ifPresent(list -> list.asList().forEach(m -> {
            ConfigMap message = m.asMap().allowOnly(Set.of("role", "content"));
            String role = message.require("role").asString();
            if (!Set.of("system", "user", "assistant").contains(role)) {
                throw message.require("role").error("role must be system, user or assistant, got '" + role + "'");
            }
            messages.add(new PromptTemplate.Message(role, new Template(message.require("content").asString())));
        }));
        Double temperature = null;
        int maxTokens = PromptTemplate.DEFAULT_MAX_TOKENS;
        Map<String, Object> params = new LinkedHashMap<>();
        if (map.get("model").isPresent()) {
            ConfigMap model = map.require("model").asMap();
            for (String key : model.keys()) {
                ConfigNode value = model.require(key);
                switch (key) {
                    case "temperature" -> temperature = value.asDouble(0);
                    case "max_tokens" -> maxTokens = value.asInt(1);
                    default -> params.put(key, ConfigJson.toJson(value));
                }
            }
        }
        String version = map.get("version").map(ConfigNode::asString).orElse(null);
        return new PromptTemplate(id, version, messages, temperature, maxTokens, params, source);
    }

    private static PromptTemplate.Message userMessage(String text) {
        return new PromptTemplate.Message("user", new Template(text));
    }
}
