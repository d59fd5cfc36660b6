package dev.aigate.gate;

import java.util.Objects;

/**
 * One parsed threshold, e.g. {@code p99(ttft) < 500ms}: {@code aggregate(metric) comparison limit}. Build one with
 * {@link ThresholdParser#parse(String)}; check it against a stage's metrics with {@link ThresholdValidator}.
 *
 * @param text       the expression as the user wrote it, kept for messages and reports
 * @param aggregate  the aggregate, e.g. {@code p99}
 * @param metric     the metric name, e.g. {@code ttft}
 * @param comparison the operator
 * @param limit      the value the observation is compared with, in the base unit of its dimension
 *                   (milliseconds, a fraction, dollars, per second or a plain number)
 * @param unit       the unit the value was written in, {@link Unit#NONE} for a bare number
 */
public record Threshold(String text, Aggregate aggregate, String metric, Comparison comparison, double limit,
                        Unit unit) {

    public Threshold {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(unit, "unit");
    }

    /** What the threshold measures, normalised: {@code p99(ttft)}. */
    public String subject() {
        return aggregate + "(" + metric + ")";
    }

    /** The dimension of the observed value (and of {@link #limit()}); the metric must be one {@code source} knows. */
    public Dimension valueDimension(MetricSource source) {
        return aggregate.valueDimension(source.dimension(metric));
    }

    @Override
    public String toString() {
        return text;
    }
}
