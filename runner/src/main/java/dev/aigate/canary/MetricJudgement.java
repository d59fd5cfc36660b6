package dev.aigate.canary;

/**
 * One metric judged: its rule, what the test found, the Holm-adjusted p-value and the classification with the
 * reason for it in plain words.
 */
public record MetricJudgement(
        String name,
        MetricRule rule,
        MetricStatistics statistics,
        double pValueAdjusted,
        Classification classification,
        String reason) {

    /** Whether this metric counts against the canary (a regression, or missing data that must not be missing). */
    public boolean failed() {
        return classification == Classification.HIGH || classification == Classification.LOW
                || (classification == Classification.NODATA && rule.nodata() == NodataPolicy.FAIL);
    }

    /** Whether this metric counts in the score at all. */
    public boolean scored() {
        return classification != Classification.NODATA || rule.nodata() == NodataPolicy.FAIL;
    }
}
