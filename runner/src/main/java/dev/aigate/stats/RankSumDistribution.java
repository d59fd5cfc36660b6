package dev.aigate.stats;

import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * The exact null distribution of the Mann-Whitney statistic U for samples of sizes m and n without ties: the
 * number of ways to reach each U is the coefficient of q^U in the Gaussian binomial {@code [m+n choose m]_q}
 * = prod_{i=1..m} (1 - q^(n+i)) / (1 - q^i). Only the lower half is built; U is symmetric about mn/2.
 */
final class RankSumDistribution {

    private final long mn;
    private final double total;
    /** counts[u] for u = 0 .. floor(mn / 2). */
    private final double[] counts;

    RankSumDistribution(int sizeA, int sizeB) {
        int m = Math.min(sizeA, sizeB);
        int n = Math.max(sizeA, sizeB);
        this.mn = (long) m * n;
        long half = mn / 2;
        if (half >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("exact distribution too large: " + m + " x " + n);
        }
        this.total = CombinatoricsUtils.binomialCoefficientDouble(m + n, m);
        double[] c = new double[(int) half + 1];
        c[0] = 1;
        for (int i = 1; i <= m; i++) {
            int up = n + i;
            for (int u = c.length - 1; u >= up; u--) { // times (1 - q^(n+i))
                c[u] -= c[u - up];
            }
            for (int u = i; u < c.length; u++) { // divided by (1 - q^i)
                c[u] += c[u - i];
            }
        }
        this.counts = c;
    }

    /** P(U >= k), as SciPy's {@code _MWU.sf}. */
    double survival(long k) {
        if (k <= 0) {
            return 1;
        }
        if (k > mn) {
            return 0;
        }
        long mirrored = mn - k; // P(U >= k) = P(U <= mn - k)
        if (mirrored < counts.length) {
            return lowerSum(mirrored) / total;
        }
        return 1 - lowerSum(k - 1) / total;
    }

    private double lowerSum(long upTo) {
        double sum = 0;
        for (int u = 0; u <= upTo; u++) {
            sum += counts[u];
        }
        return sum;
    }

    /**
     * The smallest u with P(U <= u) >= p, summed as R's {@code qwilcox} does (with its 10 DBL_EPSILON allowance);
     * for p <= 1/2, which is all the confidence interval needs.
     */
    long lowerQuantile(double p) {
        if (!(p >= 0 && p <= 0.5)) {
            throw new IllegalArgumentException("p must be in [0, 0.5], got " + p);
        }
        double target = p - 10 * Math.ulp(1.0);
        double cumulative = 0;
        for (int u = 0; u < counts.length; u++) {
            cumulative += counts[u] / total;
            if (cumulative >= target) {
                return u;
            }
        }
        return counts.length - 1;
    }
}
