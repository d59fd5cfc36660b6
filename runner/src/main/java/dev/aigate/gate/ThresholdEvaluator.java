package dev.aigate.gate;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Judges thresholds against a stage's results. Every threshold is validated first, so a bad one is a
 * configuration error ({@link ThresholdException}) rather than a silent pass, and a metric without data makes
 * its threshold {@link Verdict#INCONCLUSIVE}, never passed.
 */
public final class ThresholdEvaluator {

    /** Decimals added, one at a time, until an observation and a limit that differ also print differently. */
    private static final int MAX_EXTRA_DECIMALS = 6;

    private ThresholdEvaluator() {
    }

    /**
     * One outcome per threshold, in order. Combine them with {@link GateOutcome#overall}.
     *
     * @throws ThresholdException when a threshold does not fit {@code source}'s metrics; nothing is evaluated then
     */
    public static List<GateOutcome> evaluate(List<Threshold> thresholds, MetricSource source) {
        ThresholdValidator.validateAll(thresholds, source);
        return thresholds.stream().map(threshold -> judge(threshold, source)).toList();
    }

    private static GateOutcome judge(Threshold threshold, MetricSource source) {
        Dimension dimension = threshold.valueDimension(source);
        String limit = "limit " + threshold.comparison() + " ";
        OptionalDouble value = source.value(threshold.metric(), threshold.aggregate());
        if (value.isEmpty() || Double.isNaN(value.getAsDouble())) {
            String message = threshold.subject() + " = no data, " + limit
                    + UnitFormat.format(threshold.limit(), dimension) + ": INCONCLUSIVE";
            return new GateOutcome(threshold.text(), Verdict.INCONCLUSIVE, null, message);
        }
        double observed = value.getAsDouble();
        boolean passed = threshold.comparison().holds(observed, threshold.limit());
        int decimals = extraDecimalsToTellApart(observed, threshold.limit(), dimension);
        String message = threshold.subject() + " = " + UnitFormat.format(observed, dimension, decimals) + ", "
                + limit + UnitFormat.format(threshold.limit(), dimension, decimals)
                + (passed ? ": PASSED" : ": FAILED");
        return new GateOutcome(threshold.text(), passed ? Verdict.PASS : Verdict.FAIL, observed, message);
    }

    /** So that "500.04 ms, limit < 500 ms: FAILED" never reads "500 ms, limit < 500 ms: FAILED". */
    private static int extraDecimalsToTellApart(double observed, double limit, Dimension dimension) {
        if (Comparison.approximatelyEqual(observed, limit)) {
            return 0;
        }
        int extra = 0;
        while (extra < MAX_EXTRA_DECIMALS
                && UnitFormat.format(observed, dimension, extra).equals(UnitFormat.format(limit, dimension, extra))) {
            extra++;
        }
        return extra;
    }
}
