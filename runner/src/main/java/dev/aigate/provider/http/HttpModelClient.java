package dev.aigate.provider.http;

import dev.aigate.provider.Completion;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.RetryPolicy;
import dev.aigate.provider.StreamObserver;
import dev.aigate.provider.wire.WireFormat;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * A {@link ModelClient} over HTTP: one wire format, one shared okhttp client, and the retry rules of SPEC §4.
 * Each request runs on the caller's thread, so the caller's concurrency is the server's, with no queue between.
 */
public final class HttpModelClient implements ModelClient {

    private final OkHttpClient client;
    private final AttemptRunner attempts;
    private final RetryPolicy retryPolicy;
    private final Backoff backoff;
    private final Duration requestTimeout;
    private final Sleeper sleeper;

    public HttpModelClient(OkHttpClient client, WireFormat format, RetryPolicy retryPolicy, Duration requestTimeout,
                           Sleeper sleeper) {
        this.client = client;
        this.attempts = new AttemptRunner(client, format);
        this.retryPolicy = retryPolicy;
        this.backoff = new Backoff(retryPolicy);
        this.requestTimeout = requestTimeout;
        this.sleeper = sleeper;
    }

    /**
     * Sends the request, retrying what is safe to retry, and accounts it once: one {@link Completion} whose start is
     * the first attempt's and whose failure, if any, is the last attempt's.
     */
    @Override
    public Completion send(ModelRequest request, StreamObserver observer) {
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        AttemptOutcome first = attempts.run(request, observer, requestTimeout);
        AttemptOutcome last = first;
        int retries = 0;
        while (last.retryable() && retries < retryPolicy.maxRetries()) {
            Duration delay = backoff.delayBefore(retries + 1, last.retryAfter());
            if (System.nanoTime() + delay.toNanos() >= deadline || !sleep(delay)) {
                break;
            }
            retries++;
            last = attempts.run(request, observer, Duration.ofNanos(deadline - System.nanoTime()));
        }
        return last.toCompletion(first.timeline().startNanos(), retries);
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
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
