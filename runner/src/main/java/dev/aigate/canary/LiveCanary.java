package dev.aigate.canary;

import dev.aigate.bench.RequestMeasurement;
import dev.aigate.bench.SyntheticPrompts;
import dev.aigate.provider.ChatMessage;
import dev.aigate.provider.Completion;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends the same traffic to a baseline and a candidate target, interleaved, then hands the per-request samples to
 * the judge. Each prompt goes to both targets back to back, in a seeded random order, so both see the same
 * prompts under the same conditions at the same time (a noisy neighbour or a network blip hits both), and neither
 * is always first.
 */
public final class LiveCanary {

    /** One side: its client and the model name it serves. */
    public record Target(ModelClient client, String model) {
    }

    private LiveCanary() {
    }

    /**
     * @param monitor the sequential test, or null to send for the whole duration
     */
    public static CanaryData collect(Target baseline, Target candidate, LiveSpec spec, String source,
            SequentialMonitor monitor) {
        SyntheticPrompts prompts = new SyntheticPrompts(spec.inputTokens(), spec.seed());
        SideRecorder baselineSide = new SideRecorder();
        SideRecorder candidateSide = new SideRecorder();
        AtomicLong next = new AtomicLong();
        AtomicReference<SequentialMonitor.Decision> decided = new AtomicReference<>();
        long deadline = System.nanoTime() + spec.duration().toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(spec.concurrency());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < spec.concurrency(); w++) {
                running.add(workers.submit(() -> {
                    while (!Thread.currentThread().isInterrupted() && System.nanoTime() < deadline
                            && decided.get() == null) {
                        long index = next.getAndIncrement();
                        if (spec.maxPairs() != LiveSpec.UNLIMITED_PAIRS && index >= spec.maxPairs()) {
                            return;
                        }
                        List<ChatMessage> messages = List.of(ChatMessage.user(prompts.prompt(index)));
                        boolean baselineFirst = new SplittableRandom(spec.seed() ^ (index * 0x9E3779B97F4A7C15L))
                                .nextBoolean();
                        RequestMeasurement b;
                        RequestMeasurement c;
                        if (baselineFirst) {
                            b = baselineSide.record(send(baseline, messages, spec), prompts.tokens());
                            c = candidateSide.record(send(candidate, messages, spec), prompts.tokens());
                        } else {
                            c = candidateSide.record(send(candidate, messages, spec), prompts.tokens());
                            b = baselineSide.record(send(baseline, messages, spec), prompts.tokens());
                        }
                        if (monitor != null) {
                            observe(monitor, b, c);
                            monitor.decision().ifPresent(d -> decided.compareAndSet(null, d));
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // Ctrl-C: judge what was gathered
        } catch (ExecutionException e) {
            throw new IllegalStateException("live canary worker failed", e.getCause());
        } finally {
            workers.shutdownNow();
        }
        return new CanaryData(merge(baselineSide, candidateSide), source, decided.get(),
                CanaryData.requests(baselineSide.outcomes(), candidateSide.outcomes()));
    }

    /** Feeds one prompt's paired measurements to the sequential test. */
    private static void observe(SequentialMonitor monitor, RequestMeasurement b, RequestMeasurement c) {
        if (!b.completed() || !c.completed()) {
            return;
        }
        pair(monitor, "ttft", b.ttftNanos(), c.ttftNanos());
        pair(monitor, "tpot", b.tpotNanos(), c.tpotNanos());
        pair(monitor, "e2el", b.e2elNanos(), c.e2elNanos());
    }

    private static void pair(SequentialMonitor monitor, String metric, OptionalLong b, OptionalLong c) {
        if (b.isPresent() && c.isPresent()) {
            monitor.record(metric, b.getAsLong(), c.getAsLong());
        }
    }

    private static Completion send(Target target, List<ChatMessage> messages, LiveSpec spec) {
        return target.client().send(new ModelRequest(target.model(), messages, null, spec.outputTokens(), null, true,
                true, Map.of()));
    }

    private static Map<String, MetricData> merge(SideRecorder b, SideRecorder c) {
        Map<String, MetricData> metrics = new LinkedHashMap<>();
        for (String metric : SideRecorder.METRICS) {
            metrics.put(metric, new MetricData.Samples(b.samples(metric), c.samples(metric), null));
        }
        metrics.put("error_rate", new MetricData.Counts(b.failed(), b.sent(), c.failed(), c.sent()));
        return metrics;
    }

    /** One side's samples, in milliseconds, as SPEC §4 defines them. */
    private static final class SideRecorder {

        static final List<String> METRICS = List.of("ttft", "tpot", "itl", "e2el");

        private final Map<String, List<Double>> samples = new LinkedHashMap<>();
        private final Map<String, Long> errors = new LinkedHashMap<>();
        private long sent;
        private long failed;

        SideRecorder() {
            METRICS.forEach(m -> samples.put(m, new ArrayList<>()));
        }

        synchronized RequestMeasurement record(Completion completion, int promptTokens) {
            RequestMeasurement m = RequestMeasurement.of(completion, System.nanoTime(), -1, promptTokens);
            sent++;
            if (!m.completed()) {
                failed++;
                errors.merge(m.failure().kind().key(), 1L, Long::sum);
                return m;
            }
            m.ttftNanos().ifPresent(v -> samples.get("ttft").add(v / 1e6));
            m.tpotNanos().ifPresent(v -> samples.get("tpot").add(v / 1e6));
            m.e2elNanos().ifPresent(v -> samples.get("e2el").add(v / 1e6));
            m.forEachInterTokenGap(v -> samples.get("itl").add(v / 1e6));
            return m;
        }

        synchronized double[] samples(String metric) {
            return samples.get(metric).stream().mapToDouble(Double::doubleValue).toArray();
        }

        synchronized long sent() {
            return sent;
        }

        synchronized long failed() {
            return failed;
        }

        synchronized RequestOutcomes outcomes() {
            return new RequestOutcomes(sent, sent - failed, errors);
        }
    }
}
