package dev.aigate.gate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Several metric sources answering as one, each for its own metrics: e.g. a benchmark's latencies together with
 * the GPU telemetry sampled during it, so one threshold list may name both. No two sources may know the same name.
 */
public final class UnionMetricSource implements MetricSource {

    private final List<MetricSource> sources;
    private final Set<String> names;

    private UnionMetricSource(List<MetricSource> sources) {
        this.sources = List.copyOf(sources);
        Set<String> all = new TreeSet<>();
        for (MetricSource source : sources) {
            for (String name : source.metricNames()) {
                if (!all.add(name)) {
                    throw new IllegalArgumentException("two metric sources both define '" + name + "'");
                }
            }
        }
        this.names = Collections.unmodifiableSet(all);
    }

    /** {@code first} and {@code more} as one source. */
    public static MetricSource of(MetricSource first, MetricSource... more) {
        List<MetricSource> sources = new ArrayList<>(List.of(more));
        sources.add(0, first);
        return new UnionMetricSource(sources);
    }

    @Override
    public Set<String> metricNames() {
        return names;
    }

    @Override
    public Dimension dimension(String metric) {
        return owner(metric).dimension(metric);
    }

    @Override
    public boolean supports(String metric, Aggregate aggregate) {
        return names.contains(metric) && owner(metric).supports(metric, aggregate);
    }

    @Override
    public OptionalDouble value(String metric, Aggregate aggregate) {
        return owner(metric).value(metric, aggregate);
    }

    private MetricSource owner(String metric) {
        return sources.stream().filter(source -> source.metricNames().contains(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown metric '" + metric + "'"));
    }
}
