package dev.aigate.config;

import dev.aigate.text.ReadFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an input file as UTF-8 text; a missing, unreadable or non-UTF-8 file is a one-line {@link ConfigException}. */
public final class TextFiles {

    private TextFiles() {
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * The one-line error for {@code file} when reading it as UTF-8 failed with {@code e}, for readers that stream a
     * large file themselves (with {@link Files#newBufferedReader(Path)}, whose decoder reports malformed input):
     * {@code FILE: file not found}, {@code FILE: not UTF-8 text} or {@code FILE: cannot read: why}.
     */
    public static ConfigException unreadable(Path file, IOException e) {
        return new ConfigException(file + ": " + ReadFailure.reason(e));
    }
}
