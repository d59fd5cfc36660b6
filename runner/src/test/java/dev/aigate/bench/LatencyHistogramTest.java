package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Latency histograms: exact moments and extremes, percentiles within 0.1%, and exact merges. */
class LatencyHistogramTest {

    /** Log-normal latencies from about 1 ms to a few seconds, in nanoseconds. */
    private static long[] latencies(int count, long seed) {
        Random random = new Random(seed);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = Math.round(Math.exp(random.nextGaussian() * 1.2 + 17.5));
        }
        return values;
    }

    private static LatencyHistogram recorded(long[] values, int from, int to) {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int i = from; i < to; i++) {
            histogram.record(values[i]);
        }
        return histogram;
    }

    /** numpy.percentile(values, p) with its default linear interpolation, in milliseconds. */
    private static double numpyPercentileMillis(long[] values, double percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = percentile / 100 * (sorted.length - 1);
        int lower = (int) Math.floor(rank);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return (sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower)) / 1e6;
    }

    @Test
    void percentilesMatchNumpysLinearInterpolationWithinOneHundredthOfAPercent() {
        long[] values = latencies(10_000, 1);
        LatencyDistribution distribution = recorded(values, 0, values.length).snapshot();

        for (double percentile : new double[] {1, 10, 25, 50, 75, 90, 95, 99, 99.9}) {
            assertThat(distribution.percentileMillis(percentile)).as("p%s", percentile)
                    .isCloseTo(numpyPercentileMillis(values, percentile), withinPercentage(0.01));
        }
    }

    @Test
    void aLongE2elMedianKeepsAFractionOfItsMillisecondBudget() {
        // 650.000 to 650.100 ms, 1 µs apart: three digits put them all in 0.52 ms wide buckets.
        long[] values = new long[101];
        Arrays.setAll(values, i -> 650_000_000L + i * 1_000L);
        LatencyDistribution distribution = recorded(values, 0, values.length).snapshot();

        assertThat(distribution.percentileMillis(50)).isCloseTo(650.050, within(0.04));
    }

    @Test
    void meanStdMinAndMaxAreExact() {
        long[] values = latencies(1_000, 2);
        LatencyDistribution distribution = recorded(values, 0, values.length).snapshot();

        double mean = Arrays.stream(values).average().orElseThrow();
        double variance = Arrays.stream(values).mapToDouble(v -> (v - mean) * (v - mean)).sum() / values.length;
        assertThat(distribution.count()).isEqualTo(1_000);
        assertThat(distribution.meanMillis()).isCloseTo(mean / 1e6, within(1e-9));
        assertThat(distribution.standardDeviationMillis()).isCloseTo(Math.sqrt(variance) / 1e6, within(1e-9));
        assertThat(distribution.minMillis()).isEqualTo(Arrays.stream(values).min().orElseThrow() / 1e6);
        assertThat(distribution.maxMillis()).isEqualTo(Arrays.stream(values).max().orElseThrow() / 1e6);
    }

    @Test
    void standardDeviationStaysExactForLargeValuesCloseTogether() {
        // Sums of squares near 1e24 would lose the difference in a double; the 128-bit sum keeps it.
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(1_000_000_000_000L);
        histogram.record(1_000_000_000_002L);

        assertThat(histogram.snapshot().standardDeviationMillis()).isEqualTo(1e-6);
    }

    @Test
    void twoMergedHalvesEqualTheWhole() {
        long[] values = latencies(5_001, 3);
        LatencyHistogram firstHalf = recorded(values, 0, 2_500);
        LatencyHistogram secondHalf = recorded(values, 2_500, values.length);
        LatencySummary whole = recorded(values, 0, values.length).snapshot().summary();

        LatencySummary mergedSnapshots = firstHalf.snapshot().merge(secondHalf.snapshot()).summary();
        firstHalf.merge(secondHalf);

        assertThat(firstHalf.snapshot().summary()).isEqualTo(whole);
        assertThat(mergedSnapshots).isEqualTo(whole);
    }

    @Test
    void aSnapshotDoesNotChangeWhenRecordingGoesOn() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(5_000_000);
        LatencyDistribution before = histogram.snapshot();

        histogram.record(9_000_000);

        assertThat(before.count()).isEqualTo(1);
        assertThat(before.maxMillis()).isEqualTo(5.0);
    }

    @Test
    void nothingRecordedGivesACountOfZeroAndNoValues() {
        LatencyDistribution empty = LatencyDistribution.empty();

        assertThat(empty.summary()).isEqualTo(LatencySummary.EMPTY);
        assertThat(empty.summary().p99()).isNull();
        assertThat(empty.percentileMillis(99)).isNaN();
        assertThat(empty.meanMillis()).isNaN();
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(123_456_789);

        LatencySummary summary = histogram.snapshot().summary();
        assertThat(summary.p50()).isEqualTo(123.456789);
        assertThat(summary.p99_9()).isEqualTo(123.456789);
        assertThat(summary.std()).isEqualTo(0.0);
    }

    @Test
    void negativeLatenciesAreRejected() {
        assertThatThrownBy(() -> new LatencyHistogram().record(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
