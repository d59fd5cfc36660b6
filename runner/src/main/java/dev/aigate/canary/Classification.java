package dev.aigate.canary;

import java.util.Locale;

/** How one metric of the candidate compares with the baseline (Kayenta's classes). */
public enum Classification {
    /** No regression beyond what is allowed, or none that is statistically significant. */
    PASS,
    /** Significantly and materially higher in a direction that is bad. */
    HIGH,
    /** Significantly and materially lower in a direction that is bad. */
    LOW,
    /** A side had no data. */
    NODATA;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
