package dev.aigate.canary;

import java.util.Arrays;

/**
 * Tukey's fences: drops values outside [Q1 − 1.5 IQR, Q3 + 1.5 IQR], as Kayenta's optional outlier removal does.
 * Off by default: for latencies the tail is often the regression.
 */
final class OutlierFilter {

    private static final double FENCE = 1.5;

    private OutlierFilter() {
    }

    /** Returns a sorted copy without outliers. {@code sorted} must be sorted ascending. */
    static double[] withoutOutliers(double[] sorted) {
        if (sorted.length < 4) {
            return sorted;
        }
        double q1 = quantile(sorted, 0.25);
        double q3 = quantile(sorted, 0.75);
        double iqr = q3 - q1;
        double low = q1 - FENCE * iqr;
        double high = q3 + FENCE * iqr;
        int from = 0;
        while (sorted[from] < low) {
            from++;
        }
        int to = sorted.length;
        while (sorted[to - 1] > high) {
            to--;
        }
        return from == 0 && to == sorted.length ? sorted : Arrays.copyOfRange(sorted, from, to);
    }

    /** Linear interpolation between order statistics (R type 7, NumPy's default). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int i = (int) Math.floor(h);
        return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }
}
