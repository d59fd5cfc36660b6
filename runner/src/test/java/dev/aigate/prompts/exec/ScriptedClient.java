package dev.aigate.prompts.exec;

import dev.aigate.provider.Completion;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.StreamObserver;
import dev.aigate.provider.TokenUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A model endpoint for tests: answers by a function of the request, records requests and peak concurrency. */
final class ScriptedClient implements ModelClient {

    private final Function<ModelRequest, Completion> answer;
    private final long holdMillis;
    final List<ModelRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();

    ScriptedClient(Function<ModelRequest, Completion> answer, long holdMillis) {
        this.answer = answer;
        this.holdMillis = holdMillis;
    }

    /** Answers the request's last user message back, prefixed with "echo: ". */
    static ScriptedClient echo(long holdMillis) {
        return new ScriptedClient(r -> ok("echo: " + r.messages().get(r.messages().size() - 1).content()), holdMillis);
    }

    static Completion ok(String text) {
        return new Completion(System.nanoTime(), new long[] {System.nanoTime()}, text, new TokenUsage(100, 10),
                "stop", 0, null);
    }

    @Override
    public Completion send(ModelRequest request, StreamObserver observer) {
        requests.add(request);
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        try {
            if (holdMillis > 0) {
                Thread.sleep(holdMillis);
            }
            return answer.apply(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @SuppressWarnings("unchecked")
    static int repeatOf(ModelRequest request) {
        return (Integer) ((Map<String, Object>) request.extraBody().get("metadata")).get("repeat");
    }

    @Override
    public void close() {
    }
}
