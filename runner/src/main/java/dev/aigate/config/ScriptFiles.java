package dev.aigate.config;

import dev.aigate.simulator.ScriptSet;
import java.nio.file.Path;

/**
 * Reads a simulator script file ({@code simulate --scripts}, a prompts stage's {@code scripts}) as strictly as any
 * other configuration file: a missing, unreadable or non-UTF-8 file, or a YAML syntax error, is one
 * {@link ConfigException} naming the file (and line and column), not the YAML parser's multi-line report.
 */
public final class ScriptFiles {

    private ScriptFiles() {
    }

    /** The script set in {@code file}; {@code flag} names where it was given, e.g. {@code --scripts}. */
    public static ScriptSet read(Path file, String flag) {
        String text = TextFiles.read(file);
        YamlFiles.parse(file.toString(), text);
        try {
            return ScriptSet.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(flag + " " + file + ": " + e.getMessage());
        }
    }
}
