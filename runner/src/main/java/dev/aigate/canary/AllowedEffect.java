package dev.aigate.canary;

/**
 * Whether a move from a baseline value to a candidate value is larger than a rule allows, and how to say so.
 * Kayenta's effect size is the ratio candidate / baseline, which measures the move's size only when the baseline
 * is not negative: a mean log-probability falling from −1.0 to −1.5 has ratio 1.5 (an "increase"), and a rise
 * from −1 to +1 has ratio −1 ("within 0.9 to 1.1"). Below zero the allowance is therefore applied to the
 * baseline's magnitude — the candidate is too high when {@code candidate − baseline > (allowed − 1)·|baseline|},
 * which for a positive baseline is the ratio test itself. At and above zero the ratio is used as it is, so results
 * there are Kayenta's to the bit.
 */
final class AllowedEffect {

    private AllowedEffect() {
    }

    /** The candidate is above {@code allowedIncrease} (≥ 1) times the baseline, in the sense above. */
    static boolean above(double candidate, double baseline, double allowedIncrease) {
        return baseline >= 0 ? MetricComparer.ratio(candidate, baseline) > allowedIncrease
                : relativeChange(candidate, baseline) > allowedIncrease - 1;
    }

    /** The candidate is below {@code allowedDecrease} (≤ 1) times the baseline, in the sense above. */
    static boolean below(double candidate, double baseline, double allowedDecrease) {
        return baseline >= 0 ? MetricComparer.ratio(candidate, baseline) < allowedDecrease
                : relativeChange(candidate, baseline) < allowedDecrease - 1;
    }

    /** The move as the reason states it: "ratio 1.500", or below zero "change +0.500 × |baseline|". */
    static String describe(double candidate, double baseline) {
        if (baseline >= 0) {
            return "ratio " + MetricClassifier.format(MetricComparer.ratio(candidate, baseline));
        }
        return "change " + signed(relativeChange(candidate, baseline)) + " × |baseline|";
    }

    /** The rule's allowance on the same scale: "1.100", or below zero "+0.100" (a change × |baseline|). */
    static String allowance(double baseline, double allowed) {
        return baseline >= 0 ? MetricClassifier.format(allowed) : signed(allowed - 1);
    }

    /** Both allowances as a range: "ratio 0.900 to 1.100", or below zero "change -0.100 to +0.100 × |baseline|". */
    static String range(double baseline, double allowedDecrease, double allowedIncrease) {
        String range = allowance(baseline, allowedDecrease) + " to " + allowance(baseline, allowedIncrease);
        return baseline >= 0 ? "ratio " + range : "change " + range + " × |baseline|";
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "") + MetricClassifier.format(value);
    }

    /** (candidate − baseline) / |baseline| for a negative baseline. */
    private static double relativeChange(double candidate, double baseline) {
        return (candidate - baseline) / -baseline;
    }
}
