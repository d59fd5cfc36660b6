package dev.aigate.bench;

import dev.aigate.provider.Completion;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.Failure;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.StreamObserver;
import dev.aigate.provider.TokenUsage;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A model endpoint for tests. Each call follows a scripted {@link Reply}: content events at exact synthetic offsets
 * from the start (so latencies are known to the nanosecond), an optional real holding time (so concurrency and
 * queueing are real), and the server-side truths a test asserts on: calls made and the most in flight at once.
 */
public final class FakeModelClient implements ModelClient {

    /**
     * @param ttftNanos first content event, after the start
     * @param itlNanos  gap between consecutive content events
     * @param events    content events (0 for none)
     * @param hold      how long the call really blocks
     * @param gate      when not null, the call also blocks until it opens (a request that never returns)
     */
    public record Reply(long ttftNanos, long itlNanos, int events, String text, TokenUsage usage, int retries,
                 Failure failure, Duration hold, CountDownLatch gate) {

        public static Reply streamed(double ttftMillis, double itlMillis, int events) {
            return new Reply(nanos(ttftMillis), nanos(itlMillis), events, "x".repeat(events),
                    new TokenUsage(128, events), 0, null, Duration.ZERO, null);
        }

        public static Reply failed(ErrorKind kind) {
            return new Reply(0, 0, 0, "", null, 0, new Failure(kind, kind.key() + " from the fake", 0),
                    Duration.ZERO, null);
        }

        Reply withUsage(TokenUsage value) {
            return new Reply(ttftNanos, itlNanos, events, text, value, retries, failure, hold, gate);
        }

        Reply withText(String value) {
            return new Reply(ttftNanos, itlNanos, events, value, usage, retries, failure, hold, gate);
        }

        Reply withRetries(int value) {
            return new Reply(ttftNanos, itlNanos, events, text, usage, value, failure, hold, gate);
        }

        public Reply held(Duration value) {
            return new Reply(ttftNanos, itlNanos, events, text, usage, retries, failure, value, gate);
        }

        Reply blockedUntil(CountDownLatch value) {
            return new Reply(ttftNanos, itlNanos, events, text, usage, retries, failure, hold, value);
        }

        private static long nanos(double millis) {
            return Math.round(millis * 1_000_000);
        }
    }

    private final IntFunction<Reply> script;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Queue<ModelRequest> requests = new ConcurrentLinkedQueue<>();
    private final boolean keepRequests;

    /** @param script the reply to the n-th call (0-based) */
    public FakeModelClient(IntFunction<Reply> script) {
        this(script, true);
    }

    private FakeModelClient(IntFunction<Reply> script, boolean keepRequests) {
        this.script = script;
        this.keepRequests = keepRequests;
    }

    /** A fake that forgets the requests it saw, for runs too long to keep them. */
    static FakeModelClient forgetful(IntFunction<Reply> script) {
        return new FakeModelClient(script, false);
    }

    @Override
    public Completion send(ModelRequest request, StreamObserver observer) {
        Reply reply = script.apply(calls.getAndIncrement());
        if (keepRequests) {
            requests.add(request);
        }
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            long start = System.nanoTime();
            block(reply);
            long[] events = new long[reply.events()];
            for (int i = 0; i < events.length; i++) {
                events[i] = start + reply.ttftNanos() + i * reply.itlNanos();
            }
            return new Completion(start, events, reply.text(), reply.usage(), "length", reply.retries(),
                    reply.failure());
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void block(Reply reply) {
        try {
            if (!reply.hold().isZero()) {
                Thread.sleep(reply.hold().toMillis());
            }
            if (reply.gate() != null) {
                reply.gate().await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int calls() {
        return calls.get();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    Queue<ModelRequest> requests() {
        return requests;
    }

    @Override
    public void close() {
    }
}
