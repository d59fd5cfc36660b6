package dev.aigate.bench;

import org.HdrHistogram.Histogram;

/**
 * Collects latencies in nanoseconds: an HdrHistogram with three significant digits (at most 0.1% value error) for
 * percentiles, plus exact running sums for count, mean, standard deviation, min and max. Two histograms merge
 * exactly, so shards of a run add up to the whole. Memory depends on the range of values, never on their number.
 * Not thread-safe: one owner records, then {@link #snapshot()} freezes a copy.
 */
public final class LatencyHistogram {

    /** Three significant digits: every recorded value is kept within 0.1%. */
    static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram histogram;
    private final RunningMoments moments;

    public LatencyHistogram() {
        this(new Histogram(SIGNIFICANT_DIGITS), new RunningMoments());
    }

    LatencyHistogram(Histogram histogram, RunningMoments moments) {
        this.histogram = histogram;
        this.moments = moments;
    }

    /** Records one latency. */
    public void record(long nanos) {
        moments.add(nanos);
        histogram.recordValue(nanos);
    }

    /** Adds every value {@code other} has recorded, exactly as if they had been recorded here. */
    public void merge(LatencyHistogram other) {
        moments.merge(other.moments);
        histogram.add(other.histogram);
    }

    /** The histogram itself, in nanoseconds, for encoding into a result file. Do not modify. */
    Histogram histogram() {
        return histogram;
    }

    /** The exact running sums, for encoding into a result file. Do not modify. */
    RunningMoments moments() {
        return moments;
    }

    public long count() {
        return moments.count();
    }

    /** An immutable copy of what has been recorded so far. */
    public LatencyDistribution snapshot() {
        return new LatencyDistribution(histogram.copy(), moments.copy());
    }
}
