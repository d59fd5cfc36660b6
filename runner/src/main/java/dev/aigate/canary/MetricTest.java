package dev.aigate.canary;

import java.util.Locale;

/** The test that compares one metric. */
public enum MetricTest {
    /** Continuous samples (latencies): Mann-Whitney U p-value, Hodges–Lehmann shift and interval. */
    MANN_WHITNEY,
    /** Binary outcomes (errors, prompt passes): Fisher's exact test, Newcombe interval of the rate difference. */
    FISHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
