package dev.aigate.gate;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * Answers threshold look-ups for one stage's results. A stage publishes its metric catalog before it runs, so a
 * threshold naming an unknown metric is rejected up front (exit 2) instead of after a long benchmark.
 */
public interface MetricSource {

    /** The metrics this source knows, by the name a threshold uses, e.g. {@code ttft}, {@code errors}. */
    Set<String> metricNames();

    /** The dimension of a known metric. */
    Dimension dimension(String metric);

    /** Whether {@code aggregate} makes sense for {@code metric} (e.g. {@code p99(errors)} does not). */
    boolean supports(String metric, Aggregate aggregate);

    /**
     * The aggregate's value in the metric's base unit, or empty when there is no data for it (the gate is then
     * inconclusive, never silently passed).
     */
    OptionalDouble value(String metric, Aggregate aggregate);
}
