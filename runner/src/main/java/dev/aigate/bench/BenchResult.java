package dev.aigate.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.provider.ErrorKind;
import java.util.Map;

/**
 * What a benchmark measured (SPEC §4). Warm-up requests are in none of it.
 *
 * @param spec            what was asked for
 * @param requests        how many requests were sent and how each ended
 * @param errors          failed requests by kind, every kind present (0 when none)
 * @param errorExamples   the first (redacted) failure message of each kind that occurred
 * @param latencies       the latency distributions
 * @param tokens          token totals over completed requests
 * @param durationSeconds first send → last completion; null when no request returned (for merged shards: the
 *                        union of their windows)
 * @param window          the same span on the wall clock, so shards run on different machines can be merged; null
 *                        when no request returned
 * @param goodRequests    completed requests that met every SLO; null when the spec gives none
 * @param peakConcurrency the most requests in flight at once, warm-up included (merged shards: the sum of theirs,
 *                        an upper bound)
 * @param stoppedBy       why the run stopped sending
 * @param tally           the mergeable tally everything above was computed from
 * @param mergedShards    how many shard results were merged into this one; 0 for a run of its own
 */
public record BenchResult(
        BenchSpec spec,
        Requests requests,
        Map<ErrorKind, Long> errors,
        Map<ErrorKind, String> errorExamples,
        Latencies latencies,
        Tokens tokens,
        Double durationSeconds,
        Window window,
        Long goodRequests,
        int peakConcurrency,
        StopReason stoppedBy,
        BenchTally tally,
        int mergedShards) {

    public BenchResult {
        errors = Map.copyOf(errors);
        errorExamples = Map.copyOf(errorExamples);
    }

    /**
     * Request accounting: {@code completed + failed == sent}, a retried request counted once.
     *
     * @param retries   attempts beyond the first, over all requests
     * @param abandoned requests still in flight when an interrupted run stopped waiting for them; they count as
     *                  failed but under no error kind
     * @param waitedForSlot sent requests of an open loop that were due while every concurrency slot was busy: the
     *                  client could not keep the schedule, and each such request's wait is in client_queue
     */
    public record Requests(long sent, long completed, long failed, long retries, long abandoned,
            long waitedForSlot) {

        /**
         * True when more than half of the requests failed: the latency and throughput figures then describe a
         * minority of what was sent, too few to judge the server by.
         */
        public boolean mostlyFailed() {
            return failed > sent - failed;
        }
    }

    /** The latency distributions of SPEC §4; {@code clientQueue} is empty in a closed loop, which has no schedule. */
    public record Latencies(
            LatencyDistribution ttft,
            LatencyDistribution tpot,
            LatencyDistribution itl,
            LatencyDistribution e2el,
            LatencyDistribution clientQueue) {
    }

    /**
     * @param input        prompt tokens (the server's count when reported, else the synthetic prompt's length)
     * @param output       generated tokens
     * @param outputSource where the output counts came from; null when no request completed
     */
    public record Tokens(long input, long output, OutputTokensSource outputSource) {

        public long total() {
            return input + output;
        }
    }

    /**
     * The measured span on the wall clock, in milliseconds since the epoch (to the microsecond): the first measured
     * send and the last measured completion.
     */
    public record Window(double firstSendEpochMs, double lastCompletionEpochMs) {

        /** The smallest window holding both. */
        Window union(Window other) {
            return other == null ? this : new Window(Math.min(firstSendEpochMs, other.firstSendEpochMs),
                    Math.max(lastCompletionEpochMs, other.lastCompletionEpochMs));
        }

        double seconds() {
            return (lastCompletionEpochMs - firstSendEpochMs) / 1000;
        }
    }

    /** Per-second rates over the measured duration; each null when there is no duration to divide by. */
    public record Throughput(Double requestsPerSecond, Double outputTokensPerSecond, Double totalTokensPerSecond) {
    }

    /** Builds the result of a finished (or interrupted) run from its tally; {@code clock} dates its window. */
    static BenchResult of(BenchSpec spec, BenchTally tally, int peakConcurrency, StopReason stoppedBy,
            WallClock clock) {
        Double duration = tally.durationSeconds();
        Window window = duration == null ? null
                : new Window(clock.epochMillis(tally.firstStartNanos()), clock.epochMillis(tally.lastEndNanos()));
        return of(spec, tally, duration, window, peakConcurrency, stoppedBy, 0);
    }

    /** Builds a result from a tally whose duration and window are given (merged shards). */
    static BenchResult of(BenchSpec spec, BenchTally tally, Double durationSeconds, Window window,
            int peakConcurrency, StopReason stoppedBy, int mergedShards) {
        return new BenchResult(spec,
                new Requests(tally.sent(), tally.completed(), tally.failed(), tally.retries(), tally.abandoned(),
                        tally.waitedForSlot()),
                tally.errors(),
                tally.errorExamples(),
                tally.latencies(),
                new Tokens(tally.inputTokens(), tally.outputTokens(), tally.outputTokensSource()),
                durationSeconds,
                window,
                spec.slos().isEmpty() ? null : tally.goodRequests(),
                peakConcurrency,
                stoppedBy,
                tally,
                mergedShards);
    }

    public Throughput throughput() {
        return new Throughput(perSecond(requests.completed()), perSecond(tokens.output()),
                perSecond(tokens.total()));
    }

    /** Completed requests per second that met every SLO; null without SLOs or without a duration. */
    public Double goodputPerSecond() {
        return goodRequests == null ? null : perSecond(goodRequests);
    }

    /** The result as result.json carries it, with the fixed keys of SPEC §4. */
    public ObjectNode toJson() {
        return BenchResultJson.write(this);
    }

    private Double perSecond(long amount) {
        return durationSeconds == null || durationSeconds <= 0 ? null : amount / durationSeconds;
    }
}
