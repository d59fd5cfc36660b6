package dev.aigate.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.cost.MeasuredUsage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the measured token usage of a bench or run result.json, for pricing it. */
public final class UsageFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UsageFiles() {
    }

    public static MeasuredUsage read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": file not found");
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
        try {
            return MeasuredUsage.fromResultJson(root);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }
}
