package dev.aigate.bench;

import dev.aigate.provider.ErrorKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a run (or a shard of one) has measured: request counts, errors by kind, token totals and the latency
 * histograms. Two tallies {@link #merge} exactly, and its size never grows with the number of requests.
 * Not thread-safe: {@link BenchRecorder} serialises access.
 */
public final class BenchTally {

    private long sent;
    private long completed;
    private long failed;
    private long retries;
    private long abandoned;
    private long waitedForSlot;
    private long goodRequests;
    private long inputTokens;
    private long outputTokens;
    private long countedByUsage;
    private long countedByTokenizer;
    private long firstStartNanos = Long.MAX_VALUE;
    private long lastEndNanos = Long.MIN_VALUE;
    private final EnumMap<ErrorKind, Long> errors = new EnumMap<>(ErrorKind.class);
    /** The first failure message of each kind, so a report can say why requests failed, not only how many. */
    private final EnumMap<ErrorKind, String> errorExamples = new EnumMap<>(ErrorKind.class);
    private final LatencyHistogram ttft = new LatencyHistogram();
    private final LatencyHistogram tpot = new LatencyHistogram();
    private final LatencyHistogram itl = new LatencyHistogram();
    private final LatencyHistogram e2el = new LatencyHistogram();
    private final LatencyHistogram clientQueue = new LatencyHistogram();

    public BenchTally() {
        for (ErrorKind kind : ErrorKind.values()) {
            errors.put(kind, 0L);
        }
    }

    /**
     * Every count of a tally, as a shard's result file carries them.
     *
     * @param waitedForSlot      sent requests that were due while every concurrency slot was busy (open loop)
     * @param countedByUsage     completed requests whose output count came from the server's usage
     * @param countedByTokenizer completed requests whose output count came from the tokenizer
     */
    record Counts(long sent, long completed, long failed, long retries, long abandoned, long waitedForSlot,
            long goodRequests, long inputTokens, long outputTokens, long countedByUsage, long countedByTokenizer) {
    }

    /** The metric keys of {@link #histograms()}, in result-file order. */
    static final String[] HISTOGRAM_KEYS = {"ttft", "tpot", "itl", "e2el", "client_queue"};

    /** A tally holding exactly what a shard's result file recorded (its run window is not restored). */
    static BenchTally restore(Counts counts, Map<ErrorKind, Long> errors, Map<ErrorKind, String> errorExamples,
            Map<String, LatencyHistogram> histograms) {
        BenchTally tally = new BenchTally();
        tally.sent = counts.sent();
        tally.completed = counts.completed();
        tally.failed = counts.failed();
        tally.retries = counts.retries();
        tally.abandoned = counts.abandoned();
        tally.waitedForSlot = counts.waitedForSlot();
        tally.goodRequests = counts.goodRequests();
        tally.inputTokens = counts.inputTokens();
        tally.outputTokens = counts.outputTokens();
        tally.countedByUsage = counts.countedByUsage();
        tally.countedByTokenizer = counts.countedByTokenizer();
        errors.forEach(tally.errors::put);
        tally.errorExamples.putAll(errorExamples);
        tally.histograms().forEach((key, histogram) -> histogram.merge(histograms.get(key)));
        return tally;
    }

    Counts counts() {
        return new Counts(sent, completed, failed, retries, abandoned, waitedForSlot, goodRequests, inputTokens,
                outputTokens, countedByUsage, countedByTokenizer);
    }

    /** The live latency histograms by metric key ({@link #HISTOGRAM_KEYS}). */
    Map<String, LatencyHistogram> histograms() {
        Map<String, LatencyHistogram> byKey = new LinkedHashMap<>();
        byKey.put("ttft", ttft);
        byKey.put("tpot", tpot);
        byKey.put("itl", itl);
        byKey.put("e2el", e2el);
        byKey.put("client_queue", clientQueue);
        return byKey;
    }

    /** Counts a request as sent; {@code waitedForSlot}: it was due while every concurrency slot was busy. */
    void countSent(boolean waitedForSlot) {
        sent++;
        if (waitedForSlot) {
            this.waitedForSlot++;
        }
    }

    /** Records a sent request's outcome, its client-side queueing included; {@code good}: it met every SLO. */
    void record(RequestMeasurement request, boolean good) {
        if (request.queueNanos() >= 0) {
            clientQueue.record(request.queueNanos());
        }
        retries += request.retries();
        firstStartNanos = Math.min(firstStartNanos, request.startNanos());
        lastEndNanos = Math.max(lastEndNanos, request.endNanos());
        if (!request.completed()) {
            failed++;
            errors.merge(request.failure().kind(), 1L, Long::sum);
            errorExamples.putIfAbsent(request.failure().kind(), request.failure().message());
            return;
        }
        completed++;
        if (good) {
            goodRequests++;
        }
        inputTokens += request.inputTokens();
        outputTokens += request.outputTokens();
        if (request.outputTokensSource() == OutputTokensSource.USAGE) {
            countedByUsage++;
        } else {
            countedByTokenizer++;
        }
        request.ttftNanos().ifPresent(ttft::record);
        request.e2elNanos().ifPresent(e2el::record);
        request.tpotNanos().ifPresent(tpot::record);
        request.forEachInterTokenGap(itl::record);
    }

    /** Counts requests sent but never returned before the run gave up on them (after an interrupt's drain). */
    void countAbandoned(long requests) {
        abandoned += requests;
        failed += requests;
    }

    /** Adds everything {@code other} measured, exactly. */
    public void merge(BenchTally other) {
        sent += other.sent;
        completed += other.completed;
        failed += other.failed;
        retries += other.retries;
        abandoned += other.abandoned;
        waitedForSlot += other.waitedForSlot;
        goodRequests += other.goodRequests;
        inputTokens += other.inputTokens;
        outputTokens += other.outputTokens;
        countedByUsage += other.countedByUsage;
        countedByTokenizer += other.countedByTokenizer;
        firstStartNanos = Math.min(firstStartNanos, other.firstStartNanos);
        lastEndNanos = Math.max(lastEndNanos, other.lastEndNanos);
        other.errors.forEach((kind, count) -> errors.merge(kind, count, Long::sum));
        other.errorExamples.forEach(errorExamples::putIfAbsent);
        ttft.merge(other.ttft);
        tpot.merge(other.tpot);
        itl.merge(other.itl);
        e2el.merge(other.e2el);
        clientQueue.merge(other.clientQueue);
    }

    long sent() {
        return sent;
    }

    long completed() {
        return completed;
    }

    long failed() {
        return failed;
    }

    long retries() {
        return retries;
    }

    long abandoned() {
        return abandoned;
    }

    long waitedForSlot() {
        return waitedForSlot;
    }

    long goodRequests() {
        return goodRequests;
    }

    long inputTokens() {
        return inputTokens;
    }

    long outputTokens() {
        return outputTokens;
    }

    OutputTokensSource outputTokensSource() {
        return OutputTokensSource.of(countedByUsage, countedByTokenizer);
    }

    /** The monotonic instant of the first send; {@code Long.MAX_VALUE} before any request has returned. */
    long firstStartNanos() {
        return firstStartNanos;
    }

    /** The monotonic instant of the last completion; {@code Long.MIN_VALUE} before any request has returned. */
    long lastEndNanos() {
        return lastEndNanos;
    }

    /** First send → last completion in seconds; null before any request has returned. */
    Double durationSeconds() {
        return lastEndNanos < firstStartNanos ? null : (lastEndNanos - firstStartNanos) / 1e9;
    }

    Map<ErrorKind, String> errorExamples() {
        return Collections.unmodifiableMap(new EnumMap<>(errorExamples));
    }

    Map<ErrorKind, Long> errors() {
        return Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    BenchResult.Latencies latencies() {
        return new BenchResult.Latencies(ttft.snapshot(), tpot.snapshot(), itl.snapshot(), e2el.snapshot(),
                clientQueue.snapshot());
    }
}
