package dev.aigate.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.cost.MeasuredUsage;
import java.nio.file.Path;

/** Reads the measured token usage of a bench or run result.json, for pricing it. */
public final class UsageFiles {


    private UsageFiles() {
    }

    public static MeasuredUsage read(Path file) {
        JsonNode root = JsonFiles.read(file);
        try {
            return MeasuredUsage.fromResultJson(root);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }
}
