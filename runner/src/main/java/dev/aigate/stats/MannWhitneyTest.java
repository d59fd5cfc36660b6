package dev.aigate.stats;

import org.apache.commons.math3.special.Erf;

/**
 * The two-sided Mann-Whitney U test with SciPy's semantics (SPEC §5): the p-value equals
 * {@code scipy.stats.mannwhitneyu(candidate, baseline, alternative="two-sided", method="auto")}. That is the exact
 * null distribution when either sample has at most 8 values and no value is tied, else the normal approximation
 * with tie correction and continuity correction. commons-math3's {@code MannWhitneyUTest} has neither the exact
 * branch nor the continuity correction, hence this class.
 */
public final class MannWhitneyTest {

    /** SciPy 1.17's {@code _mwu_choose_method}: exact only while a sample has at most this many values. */
    static final int EXACT_MAX_SIZE = 8;

    private MannWhitneyTest() {
    }

    /** How the p-value was computed. */
    public enum Method {
        EXACT,
        NORMAL_APPROXIMATION
    }

    /**
     * @param u       U of the candidate sample, SciPy's {@code statistic}
     * @param pValue  two-sided p-value
     */
    public record Result(double u, double pValue, Method method) {
    }

    /** Tests unsorted samples; neither may be empty or hold a value that is not finite. */
    public static Result test(double[] candidate, double[] baseline) {
        return test(SortedSample.of(candidate, "candidate"), SortedSample.of(baseline, "baseline"));
    }

    public static Result test(SortedSample candidateSample, SortedSample baselineSample) {
        double[] candidate = candidateSample.sorted();
        double[] baseline = baselineSample.sorted();
        RankSum.At ranks = new RankSum(candidate, baseline).at(0);
        double n1 = candidate.length;
        double n2 = baseline.length;
        double u1 = ranks.u();
        double u = Math.max(u1, n1 * n2 - u1);
        boolean exact = (candidate.length <= EXACT_MAX_SIZE || baseline.length <= EXACT_MAX_SIZE) && !ranks.hasTies();
        if (exact) {
            RankSumDistribution distribution = new RankSumDistribution(candidate.length, baseline.length);
            return new Result(u1, Math.min(1.0, Math.max(0.0, 2 * distribution.survival((long) u))), Method.EXACT);
        }
        double n = n1 + n2;
        double sigma = Math.sqrt(n1 * n2 / 12 * ((n + 1) - ranks.tieTerm() / (n * (n - 1))));
        double z = (u - n1 * n2 / 2 - 0.5) / sigma;
        double p = 2 * upperNormalTail(z);
        return new Result(u1, Double.isNaN(p) ? 1.0 : Math.min(1.0, Math.max(0.0, p)), Method.NORMAL_APPROXIMATION);
    }

    /** P(Z > z) for a standard normal Z, accurate far into the tail (erfc, not 1 - cdf). */
    static double upperNormalTail(double z) {
        return 0.5 * Erf.erfc(z / Math.sqrt(2));
    }
}
