package dev.aigate.text;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.NoSuchFileException;

/**
 * Why reading a file as UTF-8 failed, in words, for a one-line message that names the file. Shared by every reader
 * of input files (configuration, prompt files, datasets), so a missing or binary file reads the same everywhere;
 * the decoder's own text for bytes that are not UTF-8 is "Input length = 1".
 */
public final class ReadFailure {

    private ReadFailure() {
    }

    /** {@code file not found}, {@code not UTF-8 text} or {@code cannot read: why}. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file not found";
        }
        if (e instanceof MalformedInputException) {
            return "not UTF-8 text";
        }
        return "cannot read: " + e.getMessage();
    }
}
