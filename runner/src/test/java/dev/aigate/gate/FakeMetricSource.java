package dev.aigate.gate;

import static dev.aigate.gate.Aggregate.Kind.COST;
import static dev.aigate.gate.Aggregate.Kind.COUNT;
import static dev.aigate.gate.Aggregate.Kind.MAX;
import static dev.aigate.gate.Aggregate.Kind.MEAN;
import static dev.aigate.gate.Aggregate.Kind.MEDIAN;
import static dev.aigate.gate.Aggregate.Kind.MIN;
import static dev.aigate.gate.Aggregate.Kind.PASS_RATE;
import static dev.aigate.gate.Aggregate.Kind.PERCENTILE;
import static dev.aigate.gate.Aggregate.Kind.RATE;
import static dev.aigate.gate.Aggregate.Kind.THROUGHPUT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** A metric catalog with values set by hand, keyed by subject ({@code p99(ttft)}); it records every look-up. */
final class FakeMetricSource implements MetricSource {

    private record Metric(Dimension dimension, Set<Aggregate.Kind> aggregates) {
    }

    private final Map<String, Metric> metrics = new HashMap<>();
    private final Map<String, Double> values = new HashMap<>();
    private final List<String> lookups = new ArrayList<>();

    /** The catalog of a benchmark plus a prompt suite and a cost estimate, without any data yet. */
    static FakeMetricSource llmRelease() {
        FakeMetricSource source = new FakeMetricSource();
        for (String latency : List.of("ttft", "tpot", "itl", "e2el")) {
            source.metric(latency, Dimension.DURATION, MIN, MAX, MEAN, MEDIAN, PERCENTILE);
        }
        return source.metric("errors", Dimension.NUMBER, RATE, COUNT)
                .metric("output_tokens", Dimension.NUMBER, MEAN, COUNT, THROUGHPUT)
                .metric("prompts", Dimension.NUMBER, PASS_RATE, COUNT)
                .metric("per_1k_requests", Dimension.MONEY, COST)
                .metric("gpu.utilization", Dimension.RATIO, MEAN, MAX);
    }

    FakeMetricSource metric(String name, Dimension dimension, Aggregate.Kind... aggregates) {
        metrics.put(name, new Metric(dimension, EnumSet.of(aggregates[0], aggregates)));
        return this;
    }

    FakeMetricSource value(String subject, double value) {
        values.put(subject, value);
        return this;
    }

    /** The subjects whose values were asked for, in order. */
    List<String> lookups() {
        return lookups;
    }

    @Override
    public Set<String> metricNames() {
        return metrics.keySet();
    }

    @Override
    public Dimension dimension(String metric) {
        return metrics.get(metric).dimension();
    }

    @Override
    public boolean supports(String metric, Aggregate aggregate) {
        return metrics.get(metric).aggregates().contains(aggregate.kind());
    }

    @Override
    public OptionalDouble value(String metric, Aggregate aggregate) {
        String subject = aggregate + "(" + metric + ")";
        lookups.add(subject);
        Double value = values.get(subject);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
