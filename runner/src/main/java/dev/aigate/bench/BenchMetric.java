package dev.aigate.bench;

import dev.aigate.gate.Aggregate.Kind;
import dev.aigate.gate.Dimension;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The metrics a benchmark publishes to thresholds: name, dimension and the aggregates that make sense. */
enum BenchMetric {
    TTFT("ttft", Dimension.DURATION, Aggregates.LATENCY),
    TPOT("tpot", Dimension.DURATION, Aggregates.LATENCY),
    ITL("itl", Dimension.DURATION, Aggregates.LATENCY),
    E2EL("e2el", Dimension.DURATION, Aggregates.LATENCY),
    CLIENT_QUEUE("client_queue", Dimension.DURATION, Aggregates.LATENCY),
    ERRORS("errors", Dimension.RATIO, EnumSet.of(Kind.RATE, Kind.COUNT)),
    WAITED_FOR_SLOT("waited_for_slot", Dimension.RATIO, EnumSet.of(Kind.RATE, Kind.COUNT)),
    REQUESTS("requests", Dimension.NUMBER, Aggregates.VOLUME),
    OUTPUT_TOKENS("output_tokens", Dimension.NUMBER, Aggregates.VOLUME),
    TOTAL_TOKENS("total_tokens", Dimension.NUMBER, Aggregates.VOLUME),
    GOODPUT("goodput", Dimension.NUMBER, EnumSet.of(Kind.THROUGHPUT));

    private static final Map<String, BenchMetric> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(BenchMetric::metricName, Function.identity()));

    private final String metricName;
    private final Dimension dimension;
    private final Set<Kind> aggregates;

    BenchMetric(String metricName, Dimension dimension, Set<Kind> aggregates) {
        this.metricName = metricName;
        this.dimension = dimension;
        this.aggregates = aggregates;
    }

    /** The name a threshold uses, e.g. {@code ttft}. */
    String metricName() {
        return metricName;
    }

    Dimension dimension() {
        return dimension;
    }

    boolean supports(Kind aggregate) {
        return aggregates.contains(aggregate);
    }

    /** The metric called {@code name}, or null when there is none. */
    static BenchMetric named(String name) {
        return BY_NAME.get(name);
    }

    static Set<String> names() {
        return BY_NAME.keySet();
    }

    /** Enum constants cannot refer to static fields of their own enum; these sets live here instead. */
    private static final class Aggregates {
        static final Set<Kind> LATENCY = EnumSet.of(Kind.MIN, Kind.MAX, Kind.MEAN, Kind.MEDIAN, Kind.PERCENTILE,
                Kind.COUNT);
        static final Set<Kind> VOLUME = EnumSet.of(Kind.COUNT, Kind.THROUGHPUT);
    }
}
