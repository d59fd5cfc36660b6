package dev.aigate.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantileBootstrapTest {

    private static double[] sortedExponential(int n, double mean, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = -mean * Math.log(1 - random.nextDouble());
        }
        Arrays.sort(values);
        return values;
    }

    private static QuantileBootstrap.Result difference(double[] candidate, double[] baseline, double quantile,
            double confidence, int resamples, long seed) {
        return QuantileBootstrap.difference(SortedSample.ofSorted(candidate), SortedSample.ofSorted(baseline), quantile,
                confidence, resamples, seed);
    }

    @Test
    void aRegressedTailIsOutsideTheIntervalOfNoChange() {
        double[] baseline = sortedExponential(5000, 100, 1);
        double[] candidate = sortedExponential(5000, 130, 2); // p99 ~ 600 vs ~ 460
        QuantileBootstrap.Result r = difference(candidate, baseline, 0.99, 0.95, 4000, 7);
        assertThat(r.difference()).isEqualTo(candidate[4949] - baseline[4949]);
        assertThat(r.interval().low()).isGreaterThan(0);
        assertThat(r.interval().contains(r.difference())).isTrue();
    }

    @Test
    void theSameDistributionGivesAnIntervalAroundZeroAndTheSeedFixesIt() {
        double[] baseline = sortedExponential(5000, 100, 3);
        double[] candidate = sortedExponential(5000, 100, 4);
        QuantileBootstrap.Result a = difference(candidate, baseline, 0.95, 0.95, 4000, 7);
        QuantileBootstrap.Result b = difference(candidate, baseline, 0.95, 0.95, 4000, 7);
        assertThat(a.interval().contains(0)).isTrue();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void coverageOfTheTrueDifferenceIsNearTheConfidenceLevel() {
        // Both exponential with mean 100: the true p95 difference is 0. Count how often the interval covers it.
        int covered = 0;
        int trials = 200;
        for (int t = 0; t < trials; t++) {
            double[] baseline = sortedExponential(400, 100, 1000 + t);
            double[] candidate = sortedExponential(400, 100, 5000 + t);
            if (difference(candidate, baseline, 0.95, 0.90, 2000, t).interval().contains(0)) {
                covered++;
            }
        }
        assertThat(covered / (double) trials).isBetween(0.82, 0.97);
    }
}
