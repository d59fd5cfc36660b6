package dev.aigate.run;

import dev.aigate.gate.Aggregate;
import dev.aigate.gate.Dimension;
import dev.aigate.gate.MetricSource;
import dev.aigate.gpu.probe.CheckResult;
import dev.aigate.gpu.probe.ProbeCheck;
import dev.aigate.gpu.probe.ProbeComparison;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Answers thresholds over a probe: {@code memory_bandwidth_vs_expected}, {@code fp32_vs_expected},
 * {@code h2d_vs_expected}, {@code d2h_vs_expected}, each the measured figure over what a healthy card of the model
 * reaches (a ratio: {@code min(memory_bandwidth_vs_expected) >= 80%}). {@code min max mean} run over the GPUs
 * whose model has a datasheet; with none, values are empty and the gate is inconclusive.
 */
final class ProbeMetrics implements MetricSource {

    static final String SUFFIX = "_vs_expected";

    private static final Set<Aggregate.Kind> AGGREGATES = EnumSet.of(Aggregate.Kind.MIN, Aggregate.Kind.MAX,
            Aggregate.Kind.MEAN);

    private final List<ProbeComparison> comparisons;

    ProbeMetrics(List<ProbeComparison> comparisons) {
        this.comparisons = List.copyOf(comparisons);
    }

    /** The metric name of {@code check}, e.g. {@code memory_bandwidth_vs_expected}. */
    static String metricName(ProbeCheck check) {
        return check.key() + SUFFIX;
    }

    @Override
    public Set<String> metricNames() {
        return Arrays.stream(ProbeCheck.values()).map(ProbeMetrics::metricName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public Dimension dimension(String metric) {
        check(metric);
        return Dimension.RATIO;
    }

    @Override
    public boolean supports(String metric, Aggregate aggregate) {
        return metricNames().contains(metric) && AGGREGATES.contains(aggregate.kind());
    }

    @Override
    public OptionalDouble value(String metric, Aggregate aggregate) {
        ProbeCheck check = check(metric);
        double[] ratios = comparisons.stream().map(c -> c.check(check)).map(CheckResult::ratioToExpected)
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        if (ratios.length == 0) {
            return OptionalDouble.empty();
        }
        return switch (aggregate.kind()) {
            case MIN -> Arrays.stream(ratios).min();
            case MAX -> Arrays.stream(ratios).max();
            case MEAN -> Arrays.stream(ratios).average();
            default -> throw new IllegalArgumentException(aggregate + "(" + metric + ") is not a probe aggregate");
        };
    }

    private static ProbeCheck check(String metric) {
        return Arrays.stream(ProbeCheck.values()).filter(c -> metricName(c).equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown probe metric '" + metric + "'"));
    }
}
