package dev.aigate.gate;

import java.util.Arrays;
import java.util.Optional;

/**
 * The operator of a threshold: {@code < <= > >= == !=}.
 *
 * <p>Values reach the gate through unit conversions and averages, so two numbers that agree to within a relative
 * {@value #RELATIVE_TOLERANCE} count as equal. All six operators share that one notion of equality, which keeps
 * them consistent: {@code <=} holds exactly when {@code ==} or {@code <} does, and {@code <} is the negation of
 * {@code >=}.
 */
public enum Comparison {
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    EQUAL("=="),
    NOT_EQUAL("!=");

    /** Relative tolerance under which an observed value equals its limit. */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in a threshold, e.g. {@code <=}. */
    public String symbol() {
        return symbol;
    }

    /** The operator written {@code symbol}, if there is one. */
    public static Optional<Comparison> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(comparison -> comparison.symbol.equals(symbol)).findFirst();
    }

    /** Whether {@code observed <op> limit} holds. NaN never satisfies any operator. */
    public boolean holds(double observed, double limit) {
        if (Double.isNaN(observed) || Double.isNaN(limit)) {
            return false;
        }
        boolean equal = approximatelyEqual(observed, limit);
        return switch (this) {
            case LESS -> observed < limit && !equal;
            case LESS_OR_EQUAL -> observed < limit || equal;
            case GREATER -> observed > limit && !equal;
            case GREATER_OR_EQUAL -> observed > limit || equal;
            case EQUAL -> equal;
            case NOT_EQUAL -> !equal;
        };
    }

    /** Whether {@code a} and {@code b} differ by at most {@value #RELATIVE_TOLERANCE} of the larger magnitude. */
    public static boolean approximatelyEqual(double a, double b) {
        return a == b || Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    @Override
    public String toString() {
        return symbol;
    }
}
