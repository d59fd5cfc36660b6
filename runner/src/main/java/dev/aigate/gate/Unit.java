package dev.aigate.gate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A unit a threshold's value may carry, with the factor that converts it to its {@link Dimension}'s base unit.
 * Conversion is done in decimal so that {@code 0.1%} becomes exactly the double nearest 0.001, as a reader
 * expects, rather than {@code 0.1 * 0.01}.
 */
public enum Unit {
    /** No unit written: the value is already in the base unit (not allowed for durations, which are ambiguous). */
    NONE("", null, "1"),
    MICROSECONDS("us", Dimension.DURATION, "0.001"),
    MILLISECONDS("ms", Dimension.DURATION, "1"),
    SECONDS("s", Dimension.DURATION, "1000"),
    PERCENT("%", Dimension.RATIO, "0.01"),
    DOLLARS("$", Dimension.MONEY, "1"),
    PER_SECOND("/s", Dimension.RATE, "1"),
    JOULES("J", Dimension.ENERGY, "1"),
    MILLIJOULES("mJ", Dimension.ENERGY, "0.001");

    private final String symbol;
    private final Dimension dimension;
    private final BigDecimal toBase;

    Unit(String symbol, Dimension dimension, String toBase) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.toBase = new BigDecimal(toBase);
    }

    /** The unit as written, e.g. {@code ms}; empty for {@link #NONE}. */
    public String symbol() {
        return symbol;
    }

    /** The unit written {@code symbol}, if there is one (case-sensitive: {@code MS} is not a unit). */
    public static Optional<Unit> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(unit -> unit != NONE && unit.symbol.equals(symbol)).findFirst();
    }

    /** Every unit symbol, space-separated, for error messages: {@code us ms s % $ /s J mJ}. */
    public static String symbols() {
        return Arrays.stream(values()).filter(unit -> unit != NONE).map(Unit::symbol).collect(Collectors.joining(" "));
    }

    /**
     * Whether a value written in this unit can be compared with values of {@code dimension}. A bare number fits
     * every dimension but {@link Dimension#DURATION}: there {@code 500} could mean milliseconds or seconds.
     */
    public boolean fits(Dimension valueDimension) {
        return this == NONE ? valueDimension != Dimension.DURATION : dimension == valueDimension;
    }

    /** The units that fit {@code dimension}, for error messages. */
    public static List<Unit> fitting(Dimension valueDimension) {
        return Arrays.stream(values()).filter(unit -> unit != NONE && unit.fits(valueDimension)).toList();
    }

    /** {@code amount} of this unit in the base unit of its dimension. */
    public double toBase(BigDecimal amount) {
        return amount.multiply(toBase).doubleValue();
    }
}
