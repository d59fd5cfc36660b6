package dev.aigate.config;

/**
 * Bad input: a configuration file, a flag value or an expression the user wrote. Its message is one line that
 * names where the problem is (file:line:column, or the flag); the CLI prints it and exits 2.
 */
public class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error at a place in a file, rendered as {@code file:line:column: message}. */
    public static ConfigException at(SourceLocation location, String message) {
        return new ConfigException(location + ": " + message);
    }
}
