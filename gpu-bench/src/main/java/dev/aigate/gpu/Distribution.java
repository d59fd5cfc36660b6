package dev.aigate.gpu;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * Summary of a telemetry series: mean, median, 99th percentile and extremes. Percentiles are nearest-rank over the
 * exact samples (a 10-minute run at 100 ms is 6,000 values per GPU; no sketch is needed).
 */
public record Distribution(long count, double mean, double min, double p50, double p99, double max) {

    /** The summary of the non-null {@code values}, or null when there are none (the GPU did not report it). */
    public static Distribution of(Collection<Double> values) {
        double[] sorted = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return null;
        }
        double mean = Arrays.stream(sorted).sum() / sorted.length;
        return new Distribution(sorted.length, mean, sorted[0], percentile(sorted, 50), percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** Nearest rank: the smallest value with at least {@code rank}% of the values at or below it. */
    public static double percentile(double[] sorted, double rank) {
        int position = (int) Math.ceil(rank / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, position - 1))];
    }
}
