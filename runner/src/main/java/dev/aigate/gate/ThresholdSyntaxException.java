package dev.aigate.gate;

/**
 * A threshold that does not parse. Besides the one-line message, which names the 1-based column, it can draw a
 * caret under the offending text for a terminal:
 *
 * <pre>
 *   p99(ttft) &lt; 500xs
 *                  ^^
 * </pre>
 */
public final class ThresholdSyntaxException extends ThresholdException {

    private final int column;
    private final int length;

    /**
     * @param column the 1-based column where the problem starts; one past the end for a missing token
     * @param length how many characters the problem spans (at least one caret is drawn)
     */
    public ThresholdSyntaxException(String expression, String reason, int column, int length) {
        super(expression, reason);
        this.column = column;
        this.length = length;
    }

    /** The 1-based column of the problem. */
    public int column() {
        return column;
    }

    /** The expression and, under it, a caret line marking the problem; two lines, each indented by two spaces. */
    public String pointer() {
        // Tabs and line breaks would shift the caret; show them as the single columns they are counted as.
        String flat = expression().replaceAll("\\s", " ");
        return "  " + flat + System.lineSeparator() + "  " + " ".repeat(column - 1) + "^".repeat(Math.max(1, length));
    }
}
