package dev.aigate.stats;

import java.util.Arrays;

/**
 * A non-empty sample of finite values, sorted ascending once so the rank tests, the shift estimate and the
 * bootstrap can share it (sorting two million values is the dominant cost of judging them).
 */
public final class SortedSample {

    private final double[] values;

    private SortedSample(double[] sortedValues) {
        this.values = sortedValues;
    }

    /** Copies and sorts {@code values}; empty input or a NaN / infinite value is an IllegalArgumentException. */
    public static SortedSample of(double[] values, String name) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the " + name + " sample is empty");
        }
        double[] copy = values.clone();
        Arrays.sort(copy);
        if (Double.isNaN(copy[copy.length - 1]) || Double.isInfinite(copy[0])
                || Double.isInfinite(copy[copy.length - 1])) {
            throw new IllegalArgumentException("the " + name + " sample holds a value that is not a finite number");
        }
        return new SortedSample(copy);
    }

    /** Wraps an array the caller guarantees is sorted, non-empty and finite (no copy). */
    static SortedSample ofSorted(double[] sorted) {
        return new SortedSample(sorted);
    }

    public int size() {
        return values.length;
    }

    public double min() {
        return values[0];
    }

    public double max() {
        return values[values.length - 1];
    }

    public double mean() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        if (Double.isInfinite(sum)) { // values near the top of the double range: their sum overflows, not their mean
            double mean = 0;
            for (double v : values) {
                mean += v / values.length;
            }
            return mean;
        }
        return sum / values.length;
    }

    public double median() {
        return medianOfSorted(values);
    }

    /** The median of values sorted ascending: the middle one, or the midpoint of the two middle ones. */
    static double medianOfSorted(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : midpoint(sorted[n / 2 - 1], sorted[n / 2]);
    }

    /** (a + b) / 2, also where a + b overflows (R's mean sums in long double and does not overflow there). */
    static double midpoint(double a, double b) {
        double sum = a + b;
        return Double.isInfinite(sum) ? a / 2 + b / 2 : sum / 2;
    }

    /** The sorted values; callers must not modify them. */
    double[] sorted() {
        return values;
    }

    /** The values sorted ascending, as a copy. */
    public double[] toArray() {
        return values.clone();
    }
}
