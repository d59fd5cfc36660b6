package dev.aigate.cost;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The cost of a workload under one pricing.
 *
 * @param pricing  how requests were paid for
 * @param workload what was priced
 * @param figures  dollars by metric; a metric is absent when it cannot be computed (no requests per day, no
 *                 request completed, no capacity measured)
 * @param replicas for a self-hosted server, the replicas the daily traffic needs; null otherwise or when unknown
 * @param notes    plain-language remarks: estimates, assumptions, why a figure is missing
 */
public record CostEstimate(Pricing pricing, Workload workload, Map<CostMetric, Double> figures, Long replicas,
                           List<String> notes) {

    public CostEstimate {
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(workload, "workload");
        EnumMap<CostMetric, Double> copy = new EnumMap<>(CostMetric.class);
        copy.putAll(figures);
        figures = Collections.unmodifiableMap(copy);
        notes = List.copyOf(notes);
    }

    /** The figure in dollars, or empty when it could not be computed. */
    public OptionalDouble figure(CostMetric metric) {
        Double value = figures.get(metric);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
