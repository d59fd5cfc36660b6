package dev.aigate.stats;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The Hodges–Lehmann estimate of the shift {@code candidate − baseline} and its confidence interval, as R's
 * {@code wilcox.test(candidate, baseline, conf.int = TRUE, conf.level = L)} computes them (SPEC §5; checked
 * against R 4.2):
 * <ul>
 * <li>both samples under 50 values and no ties: the exact interval from the sorted pairwise differences and the
 * Wilcoxon distribution's quantile, and the median of those differences;</li>
 * <li>otherwise: the shifts at which the continuity-corrected normal statistic crosses ±z, found by R's root
 * search with its absolute tolerance 1e-4, and the shift at which the uncorrected statistic is 0.</li>
 * </ul>
 * The second branch never forms the n·m differences, so a million values per side stay cheap. Because R's
 * tolerance is absolute, results on data in tiny units (say seconds for sub-millisecond values) are coarse —
 * exactly as in R; aigate feeds latencies in milliseconds.
 * <p>
 * Samples whose differences do not fit in a double are refused rather than estimated: a candidate − baseline
 * difference beyond ±{@link Double#MAX_VALUE}, or, for the root search, differences spanning more than that. R
 * answers {@code Inf} (or an interval from {@code Inf} to {@code -Inf}) there, which is no shift at all. Every
 * other finite input gets R's answer.
 */
public final class HodgesLehmann {

    /** R's {@code wilcox.test} switch: exact while both samples have fewer values than this. */
    static final int EXACT_BELOW = 50;
    /** R's {@code tol.root} default. */
    static final double ROOT_TOLERANCE = 1e-4;
    private static final String LARGEST = "the largest double (" + Double.MAX_VALUE + ")";

    private HodgesLehmann() {
    }

    /**
     * @param shift    the estimate of candidate − baseline
     * @param interval its confidence interval
     * @param exact    whether the exact (small-sample) branch was used
     */
    public record Estimate(double shift, Interval interval, boolean exact) {
    }

    /**
     * Neither sample may be empty or hold a non-finite value, and their differences must fit in a double (see
     * above); otherwise an IllegalArgumentException says which.
     */
    public static Estimate estimate(double[] candidate, double[] baseline, double confidence) {
        return estimate(SortedSample.of(candidate, "candidate"), SortedSample.of(baseline, "baseline"), confidence);
    }

    public static Estimate estimate(SortedSample candidateSample, SortedSample baselineSample, double confidence) {
        double[] candidate = candidateSample.sorted();
        double[] baseline = baselineSample.sorted();
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        // Every difference lies between these two, so checking them checks all n·m (rounding is monotone).
        double lowest = difference(candidate[0], baseline[baseline.length - 1]);
        double highest = difference(candidate[candidate.length - 1], baseline[0]);
        if (candidate[0] == candidate[candidate.length - 1] && baseline[0] == baseline[baseline.length - 1]) {
            // Two constants: R cannot form an interval (every rank tied at the search's ends); the shift is exact,
            // the one difference there is.
            return new Estimate(lowest, new Interval(lowest, lowest, confidence), true);
        }
        boolean small = candidate.length < EXACT_BELOW && baseline.length < EXACT_BELOW;
        RankSum ranks = new RankSum(candidate, baseline);
        if (small && !ranks.at(0).hasTies()) {
            return exact(candidate, baseline, confidence);
        }
        if (Double.isInfinite(highest - lowest)) {
            // The root search steps by (highest - lowest) / 2 and would walk off to infinity.
            throw new IllegalArgumentException("candidate - baseline differences run from " + lowest + " to "
                    + highest + ", a span beyond " + LARGEST + "; express the values in larger units");
        }
        return asymptotic(ranks, lowest, highest, candidate.length, baseline.length, confidence);
    }

    /** {@code candidate - baseline}, refused where it overflows: R's {@code Inf} there is no shift. */
    private static double difference(double candidate, double baseline) {
        double difference = candidate - baseline;
        if (Double.isInfinite(difference)) {
            throw new IllegalArgumentException("candidate - baseline overflows a double: candidate " + candidate
                    + " - baseline " + baseline + " is beyond " + LARGEST + "; express the values in larger units");
        }
        return difference;
    }

    private static Estimate exact(double[] x, double[] y, double confidence) {
        double[] diffs = new double[x.length * y.length];
        int k = 0;
        for (double xi : x) {
            for (double yj : y) {
                diffs[k++] = xi - yj;
            }
        }
        Arrays.sort(diffs);
        double alpha = 1 - confidence;
        long qu = new RankSumDistribution(x.length, y.length).lowerQuantile(alpha / 2);
        if (qu == 0) {
            qu = 1;
        }
        long ql = (long) x.length * y.length - qu;
        Interval interval = new Interval(diffs[(int) qu - 1], diffs[(int) ql], confidence);
        return new Estimate(SortedSample.medianOfSorted(diffs), interval, true);
    }

    private static Estimate asymptotic(RankSum ranks, double lowest, double highest, int nx, int ny,
            double confidence) {
        double alpha = 1 - confidence;
        DoubleUnaryOperator corrected = d -> standardized(ranks, nx, ny, d, true);
        double atLowest = corrected.applyAsDouble(lowest);
        double atHighest = corrected.applyAsDouble(highest);
        double zq = NormalQuantile.upper(alpha / 2); // R: qnorm(alpha/2, lower.tail = FALSE)
        double low = root(corrected, lowest, highest, atLowest, atHighest, zq);
        double high = root(corrected, lowest, highest, atLowest, atHighest, -zq);
        DoubleUnaryOperator plain = d -> standardized(ranks, nx, ny, d, false);
        double shift = BrentRoot.find(plain, lowest, highest, plain.applyAsDouble(lowest),
                plain.applyAsDouble(highest), ROOT_TOLERANCE);
        return new Estimate(shift, new Interval(low, high, confidence), false);
    }

    /** The shift d where the statistic equals zq, or an end of the range when it never gets there (as R). */
    private static double root(DoubleUnaryOperator w, double lowest, double highest, double atLowest,
            double atHighest, double zq) {
        double fLower = atLowest - zq;
        if (fLower <= 0) {
            return lowest;
        }
        double fUpper = atHighest - zq;
        if (fUpper >= 0) {
            return highest;
        }
        return BrentRoot.find(d -> w.applyAsDouble(d) - zq, lowest, highest, fLower, fUpper, ROOT_TOLERANCE);
    }

    /** R's {@code W(d)}: the normal statistic of the rank sum of {@code x - d} against {@code y}. */
    static double standardized(RankSum ranks, double nx, double ny, double d, boolean continuityCorrection) {
        RankSum.At at = ranks.at(d);
        // R: sum of x's ranks − nx(nx+1)/2 − nx·ny/2; the first difference is U, exact in both.
        double dz = at.u() - nx * ny / 2;
        double correction = continuityCorrection ? Math.signum(dz) * 0.5 : 0;
        double sigma = Math.sqrt((nx * ny / 12) * ((nx + ny + 1) - at.tieTerm() / ((nx + ny) * (nx + ny - 1))));
        return (dz - correction) / sigma;
    }
}
