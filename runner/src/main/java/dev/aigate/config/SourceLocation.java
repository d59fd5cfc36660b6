package dev.aigate.config;

/** A place in a configuration file; line and column are 1-based, as editors show them. */
public record SourceLocation(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
