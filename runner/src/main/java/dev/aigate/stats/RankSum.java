package dev.aigate.stats;

/**
 * Mann-Whitney U of a candidate sample shifted by {@code d} against a baseline, with ties given their mid-rank, and
 * the tie term {@code sum(t^3 - t)} over groups of equal pooled values: what R's {@code rank(c(x - d, y))} feeds
 * its statistic. Built once per pair of sorted samples; each {@link #at} is one pass over the candidate with a
 * pointer into the baseline, so the Hodges–Lehmann root search (dozens of shifts) never re-sorts.
 */
final class RankSum {

    /**
     * @param u        pairs with candidate − d above baseline, plus half the pairs equal: rank sum − n(n+1)/2, exact
     * @param tieTerm  sum of t^3 − t over groups of equal pooled values
     * @param hasTies  whether any two pooled values are equal
     */
    record At(double u, double tieTerm, boolean hasTies) {
    }

    private final double[] candidate;
    private final double[] baseline;
    /** The tie term of the baseline on its own; candidate values that land on a baseline group enlarge it. */
    private final double baselineTieTerm;

    /** Both arrays sorted ascending, finite. */
    RankSum(double[] candidate, double[] baseline) {
        this.candidate = candidate;
        this.baseline = baseline;
        double ties = 0;
        for (int j = 0; j < baseline.length;) {
            int t = run(baseline, j);
            ties += cubeMinus(t);
            j += t;
        }
        this.baselineTieTerm = ties;
    }

    At at(double shift) {
        double u = 0;
        double tieTerm = baselineTieTerm;
        int j = 0;
        for (int i = 0; i < candidate.length;) {
            double value = candidate[i] - shift;
            int a = 1;
            while (i + a < candidate.length && candidate[i + a] - shift == value) {
                a++;
            }
            while (j < baseline.length && baseline[j] < value) {
                j++;
            }
            int b = 0;
            while (j + b < baseline.length && baseline[j + b] == value) {
                b++;
            }
            u += a * (j + b / 2.0);
            if (a > 1 || b > 0) {
                tieTerm += cubeMinus(a + b) - cubeMinus(b);
            }
            i += a;
        }
        return new At(u, tieTerm, tieTerm > 0);
    }

    /** Length of the run of values equal to {@code values[from]}. */
    private static int run(double[] values, int from) {
        int t = 1;
        while (from + t < values.length && values[from + t] == values[from]) {
            t++;
        }
        return t;
    }

    private static double cubeMinus(long t) {
        double x = t;
        return x * x * x - x;
    }
}
