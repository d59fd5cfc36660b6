package dev.aigate.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.simulator.ScriptSet;
import java.nio.file.Path;

/**
 * Reads a simulator script file ({@code simulate --scripts}, a prompts stage's {@code scripts}) as strictly as any
 * other configuration file: a missing, unreadable or non-UTF-8 file, a YAML syntax error or a key given twice is
 * one {@link ConfigException} naming the file (and line and column), not the YAML parser's multi-line report. The
 * file is parsed once, by {@link YamlFiles}; its values take JSON types as in {@link ConfigJson}.
 */
public final class ScriptFiles {

    private ScriptFiles() {
    }

    /** The script set in {@code file}; {@code flag} names where it was given, e.g. {@code --scripts}. */
    public static ScriptSet read(Path file, String flag) {
        JsonNode script = ConfigJson.toJson(YamlFiles.read(file));
        try {
            return ScriptSet.fromTree(script, "script");
        } catch (IllegalArgumentException e) {
            throw new ConfigException(flag + " " + file + ": " + e.getMessage());
        }
    }
}
