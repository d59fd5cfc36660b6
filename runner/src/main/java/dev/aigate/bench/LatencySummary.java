package dev.aigate.bench;

/**
 * One latency metric as result files report it, in milliseconds (SPEC §4, fixed keys {@code count mean std min p50
 * p90 p95 p99 p99_9 max}). When nothing was recorded the count is 0 and every other field is null, never a fake 0.
 *
 * @param std the population standard deviation, as numpy and vLLM report it
 */
public record LatencySummary(
        long count,
        Double mean,
        Double std,
        Double min,
        Double p50,
        Double p90,
        Double p95,
        Double p99,
        Double p99_9,
        Double max) {

    /** The summary of no data. */
    public static final LatencySummary EMPTY =
            new LatencySummary(0, null, null, null, null, null, null, null, null, null);
}
