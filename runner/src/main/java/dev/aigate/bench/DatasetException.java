package dev.aigate.bench;

/** A prompt file that cannot be read or is not in its format; the message names the file and, where known, the line. */
public final class DatasetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    DatasetException(String message) {
        super(message);
    }
}
