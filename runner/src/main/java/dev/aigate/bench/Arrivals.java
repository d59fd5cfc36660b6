package dev.aigate.bench;

import java.util.Locale;

/** How an open loop spaces its arrivals (vLLM {@code bench serve} semantics). */
public enum Arrivals {
    /** A Poisson process: exponential gaps (gamma with burstiness 1). The default. */
    POISSON,
    /** Gamma-distributed gaps of shape {@code burstiness} and mean 1/rate: below 1 burstier, above 1 steadier. */
    GAMMA,
    /** Exactly 1/rate apart. */
    CONSTANT;

    /** The lower-case name used by flags, gate files and result files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The arrival shape called {@code label} ({@code poisson gamma constant}). */
    public static Arrivals parse(String label) {
        for (Arrivals arrivals : values()) {
            if (arrivals.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return arrivals;
            }
        }
        throw new IllegalArgumentException("arrivals must be poisson, gamma or constant, got '" + label + "'");
    }
}
