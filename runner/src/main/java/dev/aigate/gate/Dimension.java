package dev.aigate.gate;

/**
 * What a metric's numbers measure, which fixes its base unit and the units a threshold may use with it.
 * Values handed to and from the gate are always in the base unit.
 */
public enum Dimension {
    /** Base unit milliseconds; thresholds may say us, ms or s. */
    DURATION,
    /** A fraction in [0, 1]; thresholds may say % or give a bare fraction. */
    RATIO,
    /** US dollars; thresholds may say $. */
    MONEY,
    /** Per second; thresholds may say /s. */
    RATE,
    /** Joules; thresholds may say J or mJ (GPU energy, e.g. per output token). */
    ENERGY,
    /** A plain number (counts, tokens). */
    NUMBER
}
