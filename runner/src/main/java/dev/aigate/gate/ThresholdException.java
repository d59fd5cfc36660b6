package dev.aigate.gate;

/**
 * A threshold that cannot be used: it does not parse, or it does not fit the metrics of the stage it gates
 * (unknown metric, wrong unit, unsupported aggregate). Front doors report it as a configuration error, exit 2.
 * The message is one line and names the expression, e.g.
 * {@code threshold 'p99(ttfb) < 500ms': unknown metric 'ttfb'; did you mean 'ttft'?}.
 */
public class ThresholdException extends RuntimeException {

    private final String expression;
    private final String reason;

    public ThresholdException(String expression, String reason) {
        super("threshold '" + expression + "': " + reason);
        this.expression = expression;
        this.reason = reason;
    }

    /** The threshold as the user wrote it. */
    public String expression() {
        return expression;
    }

    /** What is wrong, without the expression, for callers that show the expression themselves. */
    public String reason() {
        return reason;
    }
}
