package dev.aigate.canary;

import dev.aigate.stats.QuantileBootstrap;
import java.util.Optional;

/**
 * What the test of one metric found, before multiple-testing correction and classification.
 *
 * @param baselineCount   values (or trials) on the baseline side
 * @param baselineCenter  mean of the values, or the event rate
 * @param pValue          two-sided p-value (Mann-Whitney or Fisher); NaN when there was no data
 * @param shift           candidate − baseline: Hodges–Lehmann shift, or the difference of rates
 * @param ciLow           lower bound of the shift's interval
 * @param ciHigh          upper bound of the shift's interval
 * @param effectRatio     candidate mean / baseline mean (or rate / rate), Kayenta's effect size; may be infinite
 * @param tail            the bootstrap of a high quantile's difference, when the rule asks for one
 */
public record MetricStatistics(
        MetricTest test,
        long baselineCount,
        long candidateCount,
        double baselineCenter,
        double candidateCenter,
        double pValue,
        double shift,
        double ciLow,
        double ciHigh,
        double effectRatio,
        Optional<QuantileBootstrap.Result> tail) {

    static MetricStatistics nodata(MetricTest test, long baselineCount, long candidateCount) {
        return new MetricStatistics(test, baselineCount, candidateCount, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Optional.empty());
    }

    boolean hasData() {
        return !Double.isNaN(pValue);
    }

}
