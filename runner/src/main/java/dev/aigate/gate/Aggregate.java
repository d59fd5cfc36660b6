package dev.aigate.gate;

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

    /** How the aggregate is written in a threshold, e.g. {@code p99.9} or {@code mean}. */
    @Override
    public String toString() {
        if (kind == Kind.PERCENTILE) {
            return "p" + (percentile == Math.rint(percentile) ? String.valueOf((long) percentile)
                    : String.valueOf(percentile));
        }
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
