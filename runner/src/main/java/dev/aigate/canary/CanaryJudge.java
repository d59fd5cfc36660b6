package dev.aigate.canary;

import dev.aigate.stats.HolmCorrection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judges a candidate against its baseline, metric by metric, as Netflix's Kayenta does (SPEC §5): test each
 * metric, correct the p-values for testing several at once (Holm), classify each metric by its rule, then score
 * and give the verdict. A side whose requests all failed was not measured, so the canary is then inconclusive
 * (SPEC §2: target unreachable) rather than judged on an outage.
 */
public final class CanaryJudge {

    private CanaryJudge() {
    }

    public static CanaryJudgement judge(CanaryData data, CanaryConfig config) {
        MetricComparer comparer = new MetricComparer(config);
        List<String> names = new ArrayList<>(data.metrics().keySet());
        List<MetricRule> rules = new ArrayList<>();
        List<MetricStatistics> statistics = new ArrayList<>();
        for (String name : names) {
            MetricData metric = data.metrics().get(name);
            MetricRule rule = config.rule(name);
            if (metric instanceof MetricData.Samples samples && samples.direction() != null) {
                rule = rule.withDirection(samples.direction());
            }
            rules.add(rule);
            try {
                statistics.add(comparer.compare(metric, rule));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("metrics." + name + ": " + e.getMessage(), e);
            }
        }
        double[] adjusted = HolmCorrection.adjust(statistics.stream().mapToDouble(MetricStatistics::pValue).toArray());
        MetricClassifier classifier = new MetricClassifier(config.alpha());
        List<MetricJudgement> judged = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            MetricJudgement m = classifier.classify(names.get(i), rules.get(i), statistics.get(i), adjusted[i]);
            judged.add(confirmedBySequentialTest(m, data.sequential()));
        }
        List<String> unmeasured = data.requests().entrySet().stream().filter(side -> side.getValue().noneCompleted())
                .map(side -> side.getValue().describeNoneCompleted(side.getKey())).toList();
        CanaryScore score = unmeasured.isEmpty() ? CanaryScore.of(judged, config)
                : CanaryScore.inconclusive(String.join("; ", unmeasured));
        return new CanaryJudgement(judged, score, config, data.source(), data.sequential());
    }

    /** A regression the anytime-valid test confirmed stands, even if the fixed-sample test on fewer data did not. */
    private static MetricJudgement confirmedBySequentialTest(MetricJudgement m, SequentialMonitor.Decision decision) {
        if (decision == null || !decision.regression() || !decision.metrics().contains(m.name())
                || m.classification() == Classification.HIGH) {
            return m;
        }
        return new MetricJudgement(m.name(), m.rule(), m.statistics(), m.pValueAdjusted(), Classification.HIGH,
                "sequential test: " + decision.reason());
    }

    /** Judges with the defaults. */
    public static CanaryJudgement judge(Map<String, MetricData> metrics) {
        return judge(new CanaryData(metrics, "in-memory"), CanaryConfig.defaults());
    }
}
