package dev.aigate.canary;

import java.util.Locale;

/** Which way a metric may not move: a latency must not {@code increase}, a pass rate must not {@code decrease}. */
public enum Direction {
    INCREASE,
    DECREASE,
    EITHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean flagsIncrease() {
        return this != DECREASE;
    }

    boolean flagsDecrease() {
        return this != INCREASE;
    }

    /** Parses {@code increase}, {@code decrease} or {@code either}; anything else is an IllegalArgumentException. */
    public static Direction parse(String text) {
        for (Direction d : values()) {
            if (d.label().equals(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("direction must be increase, decrease or either, got '" + text + "'");
    }
}
