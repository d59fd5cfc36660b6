package dev.aigate.canary;

import dev.aigate.stats.QuantileBootstrap;
import java.util.Locale;

/**
 * Kayenta's classification with SPEC §5's criteria: a metric is {@code high} (or {@code low}) only when the move
 * is in a direction its rule calls bad, statistically significant after Holm's correction, its whole interval is
 * on that side of zero, and it is larger than the rule allows (the candidate/baseline ratio of means exceeds
 * {@code allowed_increase}; for a negative baseline see {@link AllowedEffect}). Significance alone does not fail
 * a canary: with a million samples, a 0.1% change is significant and harmless.
 */
final class MetricClassifier {

    private final double alpha;

    MetricClassifier(double alpha) {
        this.alpha = alpha;
    }

    MetricJudgement classify(String name, MetricRule rule, MetricStatistics s, double pAdjusted) {
        if (!s.hasData()) {
            return new MetricJudgement(name, rule, s, pAdjusted, Classification.NODATA, "no data: baseline has "
                    + s.baselineCount() + ", candidate " + s.candidateCount() + " observations");
        }
        boolean significant = pAdjusted < alpha;
        double candidate = s.candidateCenter();
        double baseline = s.baselineCenter();
        String effect = AllowedEffect.describe(candidate, baseline);
        if (rule.direction().flagsIncrease() && significant && s.ciLow() > 0
                && AllowedEffect.above(candidate, baseline, rule.allowedIncrease())) {
            return judged(name, rule, s, pAdjusted, Classification.HIGH, effect + " above the allowed "
                    + AllowedEffect.allowance(baseline, rule.allowedIncrease()) + "; " + evidence(s, pAdjusted));
        }
        if (rule.direction().flagsDecrease() && significant && s.ciHigh() < 0
                && AllowedEffect.below(candidate, baseline, rule.allowedDecrease())) {
            return judged(name, rule, s, pAdjusted, Classification.LOW, effect + " below the allowed "
                    + AllowedEffect.allowance(baseline, rule.allowedDecrease()) + "; " + evidence(s, pAdjusted));
        }
        if (s.tail().isPresent()) {
            QuantileBootstrap.Result tail = s.tail().get();
            double tailCandidate = tail.candidateValue();
            double tailBaseline = tail.baselineValue();
            if (rule.direction().flagsIncrease() && tail.interval().low() > 0
                    && AllowedEffect.above(tailCandidate, tailBaseline, rule.allowedIncrease())) {
                return judged(name, rule, s, pAdjusted, Classification.HIGH, "tail " + tailText(tail));
            }
            if (rule.direction().flagsDecrease() && tail.interval().high() < 0
                    && AllowedEffect.below(tailCandidate, tailBaseline, rule.allowedDecrease())) {
                return judged(name, rule, s, pAdjusted, Classification.LOW, "tail " + tailText(tail));
            }
        }
        String why = significant ? "significant but within the allowed "
                + AllowedEffect.range(baseline, rule.allowedDecrease(), rule.allowedIncrease()) + " (" + effect + "); "
                + evidence(s, pAdjusted)
                : "no significant change; " + evidence(s, pAdjusted);
        return judged(name, rule, s, pAdjusted, Classification.PASS, why);
    }

    private static MetricJudgement judged(String name, MetricRule rule, MetricStatistics s, double pAdjusted,
            Classification c, String reason) {
        return new MetricJudgement(name, rule, s, pAdjusted, c, reason);
    }

    private static String evidence(MetricStatistics s, double pAdjusted) {
        return "shift " + format(s.shift()) + " [" + format(s.ciLow()) + ", " + format(s.ciHigh()) + "], adjusted p "
                + format(pAdjusted);
    }

    private static String tailText(QuantileBootstrap.Result t) {
        return "p" + format(t.quantile() * 100) + " " + format(t.baselineValue()) + " -> " + format(t.candidateValue())
                + " (" + AllowedEffect.describe(t.candidateValue(), t.baselineValue()) + "), difference interval ["
                + format(t.interval().low()) + ", " + format(t.interval().high()) + "]";
    }

    static String format(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        boolean plain = Math.abs(v) >= 0.01 && Math.abs(v) < 1e9; // else 1.50e+12, not thirteen digits
        return String.format(Locale.ROOT, plain ? "%.3f" : "%.3g", v);
    }
}
