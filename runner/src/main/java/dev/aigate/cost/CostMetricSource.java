package dev.aigate.cost;

import dev.aigate.gate.Aggregate;
import dev.aigate.gate.Dimension;
import dev.aigate.gate.MetricSource;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers budget thresholds over a cost estimate: {@code cost(<figure>)} in dollars for every {@link CostMetric},
 * e.g. {@code cost(per_month) < $5000}. A figure that could not be computed is empty, so its budget is
 * inconclusive, never passed. {@link #catalog()} knows the same metrics before anything runs.
 */
public final class CostMetricSource implements MetricSource {

    private final CostEstimate estimate;

    public CostMetricSource(CostEstimate estimate) {
        this.estimate = Objects.requireNonNull(estimate, "estimate");
    }

    private CostMetricSource() {
        this.estimate = null;
    }

    /** The cost metrics without data, for checking thresholds up front. */
    public static MetricSource catalog() {
        return new CostMetricSource();
    }

    @Override
    public Set<String> metricNames() {
        return new TreeSet<>(CostMetric.names());
    }

    @Override
    public Dimension dimension(String metric) {
        known(metric);
        return Dimension.MONEY;
    }

    @Override
    public boolean supports(String metric, Aggregate aggregate) {
        return CostMetric.named(metric) != null && aggregate.kind() == Aggregate.Kind.COST;
    }

    @Override
    public OptionalDouble value(String metric, Aggregate aggregate) {
        CostMetric known = known(metric);
        if (aggregate.kind() != Aggregate.Kind.COST) {
            throw new IllegalArgumentException(aggregate + "(" + metric + ") is not a cost aggregate");
        }
        return estimate == null ? OptionalDouble.empty() : estimate.figure(known);
    }

    private static CostMetric known(String metric) {
        CostMetric known = CostMetric.named(metric);
        if (known == null) {
            throw new IllegalArgumentException("unknown cost metric '" + metric + "'");
        }
        return known;
    }
}
