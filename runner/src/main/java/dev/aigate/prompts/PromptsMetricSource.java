package dev.aigate.prompts;

import dev.aigate.gate.Aggregate;
import dev.aigate.gate.Dimension;
import dev.aigate.gate.MetricSource;
import dev.aigate.prompts.analysis.CaseClass;
import dev.aigate.prompts.analysis.SideSummary;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers thresholds over a prompt suite's candidate side (SPEC §3):
 * <ul>
 *   <li>{@code pass_rate(prompts)}: passing cases ÷ judged cases; {@code count(prompts)}: judged cases;
 *       {@code cost(prompts)}: what the candidate's calls cost</li>
 *   <li>{@code count(regressions)}, {@code rate(regressions)}: cases that passed on the baseline and fail now,
 *       and their share of the paired cases (no data without a baseline)</li>
 *   <li>{@code count(flaky)}, {@code rate(flaky)}: cases whose repeats disagree</li>
 *   <li>{@code count(errors)}, {@code rate(errors)}: calls that failed</li>
 *   <li>{@code latency}: {@code mean median p<N> min max} of answered calls</li>
 *   <li>every named metric of the suite ({@code metric: accuracy}): {@code pass_rate(accuracy)}</li>
 * </ul>
 */
public final class PromptsMetricSource implements MetricSource {

    private static final Map<String, Set<Aggregate.Kind>> FIXED = Map.of(
            "prompts", Set.of(Aggregate.Kind.PASS_RATE, Aggregate.Kind.COUNT, Aggregate.Kind.COST),
            "regressions", Set.of(Aggregate.Kind.COUNT, Aggregate.Kind.RATE),
            "flaky", Set.of(Aggregate.Kind.COUNT, Aggregate.Kind.RATE),
            "errors", Set.of(Aggregate.Kind.COUNT, Aggregate.Kind.RATE),
            "latency", Set.of(Aggregate.Kind.MEAN, Aggregate.Kind.MEDIAN, Aggregate.Kind.PERCENTILE,
                    Aggregate.Kind.MIN, Aggregate.Kind.MAX));

    private final PromptsAnalysis analysis;
    private final Set<String> namedMetrics;

    private PromptsMetricSource(PromptsAnalysis analysis, Set<String> namedMetrics) {
        this.analysis = analysis;
        this.namedMetrics = new TreeSet<>(namedMetrics);
    }

    /** The metrics before a run, with the suite's named metrics; every value is empty. */
    public static MetricSource catalog(Set<String> namedMetrics) {
        return new PromptsMetricSource(null, namedMetrics);
    }

    public static MetricSource of(PromptsAnalysis analysis) {
        return new PromptsMetricSource(analysis, analysis.candidate().metrics().keySet());
    }

    @Override
    public Set<String> metricNames() {
        Set<String> names = new TreeSet<>(FIXED.keySet());
        names.addAll(namedMetrics);
        return names;
    }

    @Override
    public Dimension dimension(String metric) {
        return metric.equals("latency") ? Dimension.DURATION : Dimension.RATIO;
    }

    @Override
    public boolean supports(String metric, Aggregate aggregate) {
        Set<Aggregate.Kind> kinds = FIXED.get(metric);
        if (kinds != null) {
            return kinds.contains(aggregate.kind());
        }
        return namedMetrics.contains(metric) && aggregate.kind() == Aggregate.Kind.PASS_RATE;
    }

    @Override
    public OptionalDouble value(String metric, Aggregate aggregate) {
        if (analysis == null) {
            return OptionalDouble.empty();
        }
        SideSummary candidate = analysis.candidate();
        Aggregate.Kind kind = aggregate.kind();
        switch (metric) {
            case "prompts":
                if (kind == Aggregate.Kind.COUNT) {
                    return OptionalDouble.of(candidate.judgedCases());
                }
                if (kind == Aggregate.Kind.COST) {
                    return OptionalDouble.of(candidate.run().costUsd());
                }
                return present(candidate.passRate());
            case "regressions":
                return analysis.comparison().map(c -> kind == Aggregate.Kind.COUNT
                        ? OptionalDouble.of(c.regressed().size())
                        : c.pairs() == 0 ? OptionalDouble.empty()
                        : OptionalDouble.of((double) c.regressed().size() / c.pairs())).orElse(OptionalDouble.empty());
            case "flaky":
                return kind == Aggregate.Kind.COUNT ? OptionalDouble.of(candidate.count(CaseClass.FLAKY))
                        : candidate.judgedCases() == 0 ? OptionalDouble.empty()
                        : OptionalDouble.of((double) candidate.count(CaseClass.FLAKY) / candidate.judgedCases());
            case "errors":
                return kind == Aggregate.Kind.COUNT ? OptionalDouble.of(candidate.erroredAttempts())
                        : candidate.attempts() == 0 ? OptionalDouble.empty()
                        : OptionalDouble.of((double) candidate.erroredAttempts() / candidate.attempts());
            case "latency":
                return latency(candidate, aggregate);
            default:
                double[] counts = candidate.metrics().get(metric);
                return counts == null || counts[1] == 0 ? OptionalDouble.empty()
                        : OptionalDouble.of(counts[0] / counts[1]);
        }
    }

    private static OptionalDouble latency(SideSummary side, Aggregate aggregate) {
        double[] sorted = side.run().attempts().stream().filter(a -> a.output() != null && !a.cached())
                .mapToDouble(a -> a.output().latencyMs()).sorted().toArray();
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        return switch (aggregate.kind()) {
            case MIN -> OptionalDouble.of(sorted[0]);
            case MAX -> OptionalDouble.of(sorted[sorted.length - 1]);
            case MEAN -> OptionalDouble.of(java.util.Arrays.stream(sorted).average().orElseThrow());
            case MEDIAN -> OptionalDouble.of(rank(sorted, 50));
            case PERCENTILE -> OptionalDouble.of(rank(sorted, aggregate.percentile()));
            default -> throw new IllegalArgumentException(aggregate + "(latency) is not supported");
        };
    }

    /** Nearest-rank percentile. */
    private static double rank(double[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static OptionalDouble present(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
