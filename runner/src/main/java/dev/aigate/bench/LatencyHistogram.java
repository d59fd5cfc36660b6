package dev.aigate.bench;

import org.HdrHistogram.Histogram;

/**
 * Collects latencies in nanoseconds: an HdrHistogram with four significant digits (at most 0.01% value error) for
 * percentiles, plus exact running sums for count, mean, standard deviation, min and max. Two histograms merge
 * exactly, so shards of a run add up to the whole. Memory depends on the range of values, never on their number.
 * Not thread-safe: one owner records, then {@link #snapshot()} freezes a copy.
 */
public final class LatencyHistogram {

    /**
     * Four significant digits: every recorded value is kept within 0.01%, so a percentile (a bucket's midpoint) is
     * within ±0.03 ms at an E2EL of 650 ms and ±0.07 ms at 2 s; three digits gave ±0.26 and ±0.52 ms, a large
     * part of a 1 ms accuracy budget. Memory: about 1.2 MB per histogram for values up to a second.
     */
    static final int SIGNIFICANT_DIGITS = 4;

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
