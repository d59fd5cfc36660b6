package dev.aigate.canary;

import java.util.OptionalDouble;

/**
 * How one metric is judged.
 *
 * @param direction        which way is bad
 * @param allowedIncrease  the largest candidate/baseline ratio (of means, or of rates) that still passes, e.g. 1.10
 * @param allowedDecrease  the smallest ratio that still passes, e.g. 0.90
 * @param critical         a failure of this metric fails the whole canary, whatever the score
 * @param group            the score group it belongs to
 * @param nodata           what a side without data counts as
 * @param test             Mann-Whitney for continuous samples, Fisher for 0/1 outcomes
 * @param tailQuantile     when present (e.g. 0.99), also test that quantile's difference by bootstrap
 */
public record MetricRule(
        Direction direction,
        double allowedIncrease,
        double allowedDecrease,
        boolean critical,
        String group,
        NodataPolicy nodata,
        MetricTest test,
        OptionalDouble tailQuantile) {

    public MetricRule {
        if (!(allowedIncrease >= 1) || !(allowedDecrease > 0 && allowedDecrease <= 1)) {
            throw new IllegalArgumentException("need allowed_increase >= 1 and 0 < allowed_decrease <= 1, got "
                    + allowedIncrease + " and " + allowedDecrease);
        }
    }

    /** A latency-like metric: higher is worse, 10% allowed. */
    public static MetricRule latency(String group) {
        return new MetricRule(Direction.INCREASE, 1.10, 0.90, false, group, NodataPolicy.IGNORE,
                MetricTest.MANN_WHITNEY, OptionalDouble.empty());
    }

    public MetricRule withDirection(Direction d) {
        return new MetricRule(d, allowedIncrease, allowedDecrease, critical, group, nodata, test, tailQuantile);
    }
}
