package dev.aigate.config;

/**
 * A threshold expression as the user wrote it, and where: a gate-file line, or {@code null} for a
 * {@code --threshold} flag.
 */
public record ThresholdSpec(String expression, SourceLocation location) {

    public static ThresholdSpec fromFlag(String expression) {
        return new ThresholdSpec(expression, null);
    }

    /** Where to point an error about this threshold, shifted to a column inside the expression (1-based). */
    public String describe(int column) {
        if (location == null) {
            return "--threshold";
        }
        return new SourceLocation(location.file(), location.line(), location.column() + Math.max(column - 1, 0))
                .toString();
    }
}
