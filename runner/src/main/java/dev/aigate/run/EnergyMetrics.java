package dev.aigate.run;

import dev.aigate.gate.Aggregate;
import dev.aigate.gate.Dimension;
import dev.aigate.gate.MetricSource;
import dev.aigate.gpu.TelemetrySummary;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Answers {@code mean(energy_per_token)}: the GPUs' board energy over a benchmark's measured window divided by the
 * output tokens of that window, in joules ({@code mean(energy_per_token) < 0.5J}, or {@code 150mJ}). The mean is
 * the only aggregate: per-request energy cannot be told apart when requests share the GPU. Empty, so the gate is
 * inconclusive, without a GPU, without a power reading from every GPU, or without output tokens.
 */
final class EnergyMetrics implements MetricSource {

    static final String ENERGY_PER_TOKEN = "energy_per_token";

    private final TelemetrySummary summary;
    private final long outputTokens;

    /** Over {@code summary} (null for no telemetry) and the output tokens of the same window. */
    EnergyMetrics(TelemetrySummary summary, long outputTokens) {
        this.summary = summary;
        this.outputTokens = outputTokens;
    }

    @Override
    public Set<String> metricNames() {
        return Set.of(ENERGY_PER_TOKEN);
    }

    @Override
    public Dimension dimension(String metric) {
        known(metric);
        return Dimension.ENERGY;
    }

    @Override
    public boolean supports(String metric, Aggregate aggregate) {
        return ENERGY_PER_TOKEN.equals(metric) && aggregate.kind() == Aggregate.Kind.MEAN;
    }

    @Override
    public OptionalDouble value(String metric, Aggregate aggregate) {
        known(metric);
        Double joules = summary == null ? null : summary.joulesPerToken(outputTokens);
        return joules == null ? OptionalDouble.empty() : OptionalDouble.of(joules);
    }

    private static void known(String metric) {
        if (!ENERGY_PER_TOKEN.equals(metric)) {
            throw new IllegalArgumentException("unknown energy metric '" + metric + "'");
        }
    }
}
