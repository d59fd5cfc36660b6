package dev.aigate.canary;

import java.util.Locale;

/** What a metric without data on one side counts as. */
public enum NodataPolicy {
    /** Left out of the score (Kayenta's default): absence is not evidence either way. */
    IGNORE,
    /** Counts as a failed metric, and vetoes the canary when the metric is critical. */
    FAIL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
