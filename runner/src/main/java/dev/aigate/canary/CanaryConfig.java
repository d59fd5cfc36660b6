package dev.aigate.canary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Everything the judge needs besides the data: confidence, score thresholds, groups and one rule per metric.
 * {@link #defaults()} is tuned for LLM serving (see docs/canary.md).
 *
 * @param confidence         confidence level of every interval; alpha = 1 − confidence for the tests
 * @param passScore          score at or above which the canary passes (Kayenta's default 75)
 * @param marginalScore      score at or above which it is marginal rather than failed (default 50)
 * @param removeOutliers     drop values outside [Q1 − 1.5 IQR, Q3 + 1.5 IQR] per side before judging
 * @param groupWeights       weight of each group in the score; empty means every metric weighs the same
 * @param rules              rules by metric name
 * @param fallback           the rule of a metric that has none
 * @param bootstrapResamples resamples of the tail-quantile bootstrap
 * @param seed               seeds the bootstrap, so a verdict is reproducible
 */
public record CanaryConfig(
        double confidence,
        double passScore,
        double marginalScore,
        boolean removeOutliers,
        Map<String, Double> groupWeights,
        Map<String, MetricRule> rules,
        MetricRule fallback,
        int bootstrapResamples,
        long seed) {

    public static final String LATENCY = "latency";
    public static final String ERRORS = "errors";
    public static final String QUALITY = "quality";

    public CanaryConfig {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
        }
        if (!(marginalScore >= 0 && marginalScore <= passScore && passScore <= 100)) {
            throw new IllegalArgumentException("need 0 <= marginal_score <= pass_score <= 100, got " + marginalScore
                    + " and " + passScore);
        }
        groupWeights = Map.copyOf(groupWeights);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** Latencies may rise 10%, errors and prompt pass rates must not move significantly; both of those veto. */
    public static CanaryConfig defaults() {
        Map<String, MetricRule> rules = new LinkedHashMap<>();
        for (String latency : new String[] {"ttft", "tpot", "itl", "e2el"}) {
            rules.put(latency, MetricRule.latency(LATENCY));
        }
        rules.put("error_rate", new MetricRule(Direction.INCREASE, 1.0, 1.0, true, ERRORS, NodataPolicy.IGNORE,
                MetricTest.FISHER, OptionalDouble.empty()));
        rules.put("prompt_pass_rate", new MetricRule(Direction.DECREASE, 1.0, 1.0, true, QUALITY,
                NodataPolicy.IGNORE, MetricTest.FISHER, OptionalDouble.empty()));
        MetricRule fallback = new MetricRule(Direction.EITHER, 1.10, 0.90, false, "other", NodataPolicy.IGNORE,
                MetricTest.MANN_WHITNEY, OptionalDouble.empty());
        return new CanaryConfig(0.95, 75, 50, false, Map.of(), rules, fallback, 2000, 42);
    }

    public MetricRule rule(String metric) {
        return rules.getOrDefault(metric, fallback);
    }

    public double alpha() {
        return 1 - confidence;
    }

    public CanaryConfig withConfidence(double level) {
        return new CanaryConfig(level, passScore, marginalScore, removeOutliers, groupWeights, rules, fallback,
                bootstrapResamples, seed);
    }
}
