package dev.aigate.bench;

import dev.aigate.gate.Aggregate;
import dev.aigate.gate.Dimension;
import dev.aigate.gate.MetricSource;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers thresholds over a benchmark's result, in base units: milliseconds, fractions, per second.
 *
 * <ul>
 *   <li>{@code ttft tpot itl e2el client_queue} (duration): {@code min max mean median p<N> count}</li>
 *   <li>{@code errors} (ratio): {@code rate} = failed ÷ sent, {@code count} = failed</li>
 *   <li>{@code waited_for_slot} (ratio): {@code rate} = requests of an open loop due while every slot was busy ÷
 *       sent, {@code count} = those requests (0 in a closed loop, which has no schedule to fall behind)</li>
 *   <li>{@code requests}: {@code count} = completed, {@code throughput} = completed per second</li>
 *   <li>{@code output_tokens}, {@code total_tokens}: {@code count} = the total, {@code throughput} = per second</li>
 *   <li>{@code goodput}: {@code throughput} = completed requests per second that met every SLO</li>
 * </ul>
 * A value is empty when there is no data: nothing was sent, a latency has no samples, or (goodput) no SLO was given.
 * {@link #catalog()} knows the same metrics before a run, so thresholds can be checked up front.
 */
public final class BenchMetricSource implements MetricSource {

    /** The metric of failed requests, {@code rate(errors)} and {@code count(errors)}. */
    public static final String ERRORS = BenchMetric.ERRORS.metricName();

    /** The metric of requests meeting every SLO, {@code throughput(goodput)}. */
    public static final String GOODPUT = BenchMetric.GOODPUT.metricName();

    private final BenchResult result;

    public BenchMetricSource(BenchResult result) {
        this.result = Objects.requireNonNull(result, "result");
    }

    private BenchMetricSource() {
        this.result = null;
    }

    /** The benchmark's metrics without data: validates thresholds before the run; every value is empty. */
    public static MetricSource catalog() {
        return new BenchMetricSource();
    }

    @Override
    public Set<String> metricNames() {
        return new TreeSet<>(BenchMetric.names());
    }

    @Override
    public Dimension dimension(String metric) {
        return known(metric).dimension();
    }

    @Override
    public boolean supports(String metric, Aggregate aggregate) {
        BenchMetric known = BenchMetric.named(metric);
        return known != null && known.supports(aggregate.kind());
    }

    @Override
    public OptionalDouble value(String metric, Aggregate aggregate) {
        BenchMetric known = known(metric);
        if (!known.supports(aggregate.kind())) {
            throw new IllegalArgumentException(aggregate + "(" + metric + ") is not a benchmark aggregate");
        }
        if (result == null || result.requests().sent() == 0) {
            return OptionalDouble.empty();
        }
        BenchResult.Latencies latencies = result.latencies();
        BenchResult.Throughput throughput = result.throughput();
        boolean count = aggregate.kind() == Aggregate.Kind.COUNT;
        switch (known) {
            case TTFT:
                return latency(latencies.ttft(), aggregate);
            case TPOT:
                return latency(latencies.tpot(), aggregate);
            case ITL:
                return latency(latencies.itl(), aggregate);
            case E2EL:
                return latency(latencies.e2el(), aggregate);
            case CLIENT_QUEUE:
                return latency(latencies.clientQueue(), aggregate);
            case ERRORS:
                return countOrShare(result.requests().failed(), count);
            case WAITED_FOR_SLOT:
                return countOrShare(result.requests().waitedForSlot(), count);
            case REQUESTS:
                return count ? OptionalDouble.of(result.requests().completed())
                        : present(throughput.requestsPerSecond());
            case OUTPUT_TOKENS:
                return count ? OptionalDouble.of(result.tokens().output())
                        : present(throughput.outputTokensPerSecond());
            case TOTAL_TOKENS:
                return count ? OptionalDouble.of(result.tokens().total())
                        : present(throughput.totalTokensPerSecond());
            case GOODPUT:
                return present(result.goodputPerSecond());
            default:
                throw new AssertionError(known);
        }
    }

    private static OptionalDouble latency(LatencyDistribution distribution, Aggregate aggregate) {
        if (aggregate.kind() == Aggregate.Kind.COUNT) {
            return OptionalDouble.of(distribution.count());
        }
        if (distribution.isEmpty()) {
            return OptionalDouble.empty();
        }
        switch (aggregate.kind()) {
            case MIN:
                return OptionalDouble.of(distribution.minMillis());
            case MAX:
                return OptionalDouble.of(distribution.maxMillis());
            case MEAN:
                return OptionalDouble.of(distribution.meanMillis());
            case MEDIAN:
                return OptionalDouble.of(distribution.percentileMillis(50));
            case PERCENTILE:
                return OptionalDouble.of(distribution.percentileMillis(aggregate.percentile()));
            default:
                throw new AssertionError(aggregate);
        }
    }

    /** {@code part} of the requests sent, as a count or as a share of them. */
    private OptionalDouble countOrShare(long part, boolean count) {
        return OptionalDouble.of(count ? part : (double) part / result.requests().sent());
    }

    private static OptionalDouble present(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static BenchMetric known(String metric) {
        BenchMetric known = BenchMetric.named(metric);
        if (known == null) {
            throw new IllegalArgumentException("unknown benchmark metric '" + metric + "'");
        }
        return known;
    }
}
