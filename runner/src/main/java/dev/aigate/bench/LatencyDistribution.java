package dev.aigate.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A frozen set of latencies: what a result reports and a threshold reads. Mean, standard deviation, min and max are
 * exact; percentiles interpolate linearly between ranks as numpy's (and so vLLM's) {@code percentile} does, on
 * values kept within 0.1%. Every query returns milliseconds and NaN when nothing was recorded.
 */
public final class LatencyDistribution {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final Histogram histogram;
    private final RunningMoments moments;

    /** Takes ownership of both: the caller must hand over copies nobody else writes. */
    LatencyDistribution(Histogram histogram, RunningMoments moments) {
        this.histogram = histogram;
        this.moments = moments;
    }

    /** A distribution with nothing recorded. */
    public static LatencyDistribution empty() {
        return new LatencyHistogram().snapshot();
    }

    public long count() {
        return moments.count();
    }

    public boolean isEmpty() {
        return moments.count() == 0;
    }

    public double meanMillis() {
        return isEmpty() ? Double.NaN : moments.mean() / NANOS_PER_MILLI;
    }

    public double standardDeviationMillis() {
        return isEmpty() ? Double.NaN : moments.standardDeviation() / NANOS_PER_MILLI;
    }

    public double minMillis() {
        return isEmpty() ? Double.NaN : moments.min() / NANOS_PER_MILLI;
    }

    public double maxMillis() {
        return isEmpty() ? Double.NaN : moments.max() / NANOS_PER_MILLI;
    }

    /** The {@code percentile}-th percentile, 0 to 100, interpolated between the two nearest ranks. */
    public double percentileMillis(double percentile) {
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + percentile);
        }
        if (isEmpty()) {
            return Double.NaN;
        }
        double rank = percentile / 100.0 * (count() - 1);
        long lowerRank = (long) Math.floor(rank);
        long upperRank = Math.min(lowerRank + 1, count() - 1);
        double lower = valueAtRank(lowerRank);
        double upper = valueAtRank(upperRank);
        return (lower + (upper - lower) * (rank - lowerRank)) / NANOS_PER_MILLI;
    }

    /** The summary written to result files. */
    public LatencySummary summary() {
        if (isEmpty()) {
            return LatencySummary.EMPTY;
        }
        return new LatencySummary(count(), meanMillis(), standardDeviationMillis(), minMillis(),
                percentileMillis(50), percentileMillis(90), percentileMillis(95), percentileMillis(99),
                percentileMillis(99.9), maxMillis());
    }

    /** Both distributions' values together, exactly as if recorded by one histogram (how shards merge). */
    public LatencyDistribution merge(LatencyDistribution other) {
        Histogram mergedHistogram = histogram.copy();
        mergedHistogram.add(other.histogram);
        RunningMoments mergedMoments = moments.copy();
        mergedMoments.merge(other.moments);
        return new LatencyDistribution(mergedHistogram, mergedMoments);
    }

    /** The value of the {@code rank}-th smallest latency (0-based), in nanoseconds; the extremes are exact. */
    private double valueAtRank(long rank) {
        if (rank == 0) {
            return moments.min();
        }
        if (rank == count() - 1) {
            return moments.max();
        }
        long seen = 0;
        for (HistogramIterationValue bucket : histogram.recordedValues()) {
            seen += bucket.getCountAtValueIteratedTo();
            if (seen > rank) {
                long value = histogram.medianEquivalentValue(bucket.getValueIteratedTo());
                return Math.max(moments.min(), Math.min(moments.max(), value));
            }
        }
        return moments.max();
    }
}
