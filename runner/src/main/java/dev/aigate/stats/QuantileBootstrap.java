package dev.aigate.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * A bootstrap percentile interval for the difference of a high quantile (p95, p99) between candidate and
 * baseline. Mann-Whitney tests location; a tail can regress while the median does not, so tails get this test.
 *
 * <p>No resample is ever materialised: in a resample of n values drawn from sorted data, the k-th smallest is
 * {@code sorted[J]} with {@code P(J < j) = P(Binomial(n, j / n) >= k)}. Drawing J from that distribution is
 * drawing the resample's quantile exactly, so a million-value sample costs a few thousand binomial terms instead
 * of a million draws per resample. Quantiles are the order statistic {@code ceil(q n)} (type 1).
 */
public final class QuantileBootstrap {

    private static final double SPREAD = 12; // binomial standard deviations kept either side of k

    private QuantileBootstrap() {
    }

    /**
     * @param baselineValue  the baseline's observed quantile
     * @param candidateValue the candidate's observed quantile
     * @param interval       the percentile interval of their difference over the resamples
     */
    public record Result(double quantile, double baselineValue, double candidateValue, Interval interval) {

        /** Candidate minus baseline. */
        public double difference() {
            return candidateValue - baselineValue;
        }
    }

    /**
     * @param resamples how many bootstrap differences to draw
     * @param seed      fixes the draws, so the same data always gives the same interval
     */
    public static Result difference(SortedSample candidate, SortedSample baseline, double quantile,
            double confidence, int resamples, long seed) {
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException("quantile must be in (0, 1), got " + quantile);
        }
        OrderStatistic c = new OrderStatistic(candidate.sorted(), quantile);
        OrderStatistic b = new OrderStatistic(baseline.sorted(), quantile);
        SplittableRandom random = new SplittableRandom(seed);
        double[] differences = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            differences[r] = c.draw(random) - b.draw(random);
        }
        Arrays.sort(differences);
        double alpha = 1 - confidence;
        Interval interval = new Interval(percentile(differences, alpha / 2), percentile(differences, 1 - alpha / 2),
                confidence);
        return new Result(quantile, b.observed(), c.observed(), interval);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The bootstrap distribution of one sample's k-th order statistic, over the indices that carry its mass. */
    private static final class OrderStatistic {

        private final double[] sorted;
        private final int k;
        private final int first;
        private final double[] cumulative; // P(J <= first + i)

        OrderStatistic(double[] sorted, double quantile) {
            int n = sorted.length;
            this.sorted = sorted;
            this.k = Math.max(1, Math.min(n, (int) Math.ceil(quantile * n)));
            int width = (int) Math.ceil(SPREAD * Math.sqrt(n * quantile * (1 - quantile))) + 10;
            this.first = Math.max(0, k - 1 - width);
            int last = Math.min(n - 1, k - 1 + width);
            this.cumulative = new double[last - first + 1];
            for (int j = first; j <= last; j++) {
                // The resample's k-th value is <= sorted[j] when at least k draws land on indices 0..j.
                double p = (j + 1) / (double) n;
                cumulative[j - first] = j == n - 1 ? 1 : 1 - new BinomialDistribution(null, n, p)
                        .cumulativeProbability(k - 1);
            }
            cumulative[cumulative.length - 1] = 1;
        }

        double observed() {
            return sorted[k - 1];
        }

        double draw(SplittableRandom random) {
            double u = random.nextDouble();
            int i = Arrays.binarySearch(cumulative, u);
            int index = i >= 0 ? i : -i - 1;
            return sorted[first + Math.min(index, cumulative.length - 1)];
        }
    }
}
