package dev.aigate.stats;

/** A two-sided interval estimate at a stated confidence level. */
public record Interval(double low, double high, double confidence) {

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
