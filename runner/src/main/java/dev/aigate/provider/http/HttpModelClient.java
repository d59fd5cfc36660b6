package dev.aigate.provider.http;

import dev.aigate.provider.Completion;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.RetryPolicy;
import dev.aigate.provider.StreamObserver;
import dev.aigate.provider.wire.WireFormat;
import dev.aigate.text.DurationText;
import java.time.Duration;

/**
 * A {@link ModelClient} over HTTP: one wire format, one shared {@link HttpTransport}, and the retry rules of
 * SPEC §4. Each request is sent for the caller's thread, which waits for it, so the caller's concurrency is the
 * server's, with no queue between.
 */
public final class HttpModelClient implements ModelClient {

    private final HttpTransport transport;
    private final AttemptRunner attempts;
    private final RetryPolicy retryPolicy;
    private final Backoff backoff;
    private final Duration requestTimeout;
    private final Sleeper sleeper;

    public HttpModelClient(HttpTransport transport, WireFormat format, RetryPolicy retryPolicy,
                           Duration requestTimeout, Sleeper sleeper) {
        this.transport = transport;
        this.attempts = new AttemptRunner(transport, format);
        this.retryPolicy = retryPolicy;
        this.backoff = new Backoff(retryPolicy);
        this.requestTimeout = requestTimeout;
        this.sleeper = sleeper;
    }

    /**
     * Sends the request, retrying what is safe to retry, and accounts it once: one {@link Completion} whose start is
     * the first attempt's and whose failure, if any, is the last attempt's. A server's Retry-After is waited in full
     * when the wait fits in what is left of the request timeout; when it does not, the request fails with that
     * answer at once, its message saying why it was not retried.
     */
    @Override
    public Completion send(ModelRequest request, StreamObserver observer) {
        RequestTimeout timeout = RequestTimeout.startingNow(requestTimeout);
        AttemptOutcome first = attempts.run(request, observer, timeout);
        AttemptOutcome last = first;
        int retries = 0;
        while (last.retryable() && retries < retryPolicy.maxRetries()) {
            Duration delay = backoff.delayBefore(retries + 1, last.retryAfter());
            if (timeout.runsOutWithin(delay)) {
                if (last.retryAfter().isPresent()) {
                    last = last.notRetried("the server asked to wait " + DurationText.format(delay)
                            + " (Retry-After), longer than " + timeout.describe() + " allows");
                }
                break;
            }
            if (!sleep(delay)) {
                break;
            }
            retries++;
            last = attempts.run(request, observer, timeout);
        }
        return last.toCompletion(first.startNanos(), retries);
    }

    @Override
    public void warmUp(ModelRequest sample, int connections) {
        attempts.encode(sample);
        transport.openConnections(connections);
    }

    /** False when interrupted: the request then ends with its last failure and the interrupt is kept. */
    private boolean sleep(Duration delay) {
        try {
            sleeper.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        transport.close();
    }
}
