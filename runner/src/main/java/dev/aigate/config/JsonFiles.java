package dev.aigate.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.aigate.json.JsonErrors;
import java.nio.file.Path;

/** Reads JSON input files (samples, results, prices) with the same located, one-line errors as {@link YamlFiles}. */
public final class JsonFiles {

    /** Strict, as our YAML: a key given twice or text after the value is an error, not silently dropped data. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonFiles() {
    }

    /** Reads a JSON file; a missing, unreadable or malformed file is a {@link ConfigException}. */
    public static JsonNode read(Path file) {
        String text = TextFiles.read(file);
        return parse(file, text);
    }

    /** Parses JSON text read from {@code file}; errors point at {@code file:line:column}. */
    public static JsonNode parse(Path file, String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": invalid JSON: " + JsonErrors.describe(e));
        }
    }
}
