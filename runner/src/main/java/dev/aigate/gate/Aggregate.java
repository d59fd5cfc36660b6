package dev.aigate.gate;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The aggregate a threshold applies to a metric: {@code min max mean median p<N> rate count pass_rate cost
 * throughput} (SPEC §3).
 *
 * @param kind       which aggregate
 * @param percentile for {@link Kind#PERCENTILE} the percentile in (0, 100], e.g. 99.9; otherwise NaN
 */
public record Aggregate(Kind kind, double percentile) {

    public enum Kind {
        MIN, MAX, MEAN, MEDIAN, PERCENTILE, RATE, COUNT, PASS_RATE, COST, THROUGHPUT
    }

    public static Aggregate of(Kind kind) {
        if (kind == Kind.PERCENTILE) {
            throw new IllegalArgumentException("a percentile needs its rank: use Aggregate.percentile(p)");
        }
        return new Aggregate(kind, Double.NaN);
    }

    public static Aggregate percentile(double rank) {
        if (!(rank > 0 && rank <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + rank);
        }
        return new Aggregate(Kind.PERCENTILE, rank);
    }

    /**
     * The dimension of this aggregate's value over a metric of {@code metricDimension}: order statistics and the
     * mean keep the metric's dimension, while {@code rate} and {@code pass_rate} are ratios, {@code count} a
     * number, {@code throughput} a rate and {@code cost} money, whatever the metric measures.
     */
    public Dimension valueDimension(Dimension metricDimension) {
        return switch (kind) {
            case MIN, MAX, MEAN, MEDIAN, PERCENTILE -> metricDimension;
            case RATE, PASS_RATE -> Dimension.RATIO;
            case COUNT -> Dimension.NUMBER;
            case THROUGHPUT -> Dimension.RATE;
            case COST -> Dimension.MONEY;
        };
    }

    /** How the aggregate is written in a threshold, e.g. {@code p99.9} or {@code mean}. */
    @Override
    public String toString() {
        if (kind == Kind.PERCENTILE) {
            // Plain digits as a user writes them: p99, p99.9, p0.001 (never 1.0E-3).
            return "p" + BigDecimal.valueOf(percentile).stripTrailingZeros().toPlainString();
        }
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
