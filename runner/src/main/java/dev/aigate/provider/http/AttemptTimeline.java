package dev.aigate.provider.http;

import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;

/**
 * The moments of one HTTP attempt that the metrics need, recorded by okhttp as they happen. Travels as a tag on
 * the attempt's request, so one listener factory serves every call of the shared client.
 */
final class AttemptTimeline extends EventListener {

    /** Hands each call the timeline tagged on its request (calls without one are not timed). */
    static final EventListener.Factory FACTORY = call -> {
        AttemptTimeline timeline = call.request().tag(AttemptTimeline.class);
        return timeline != null ? timeline : EventListener.NONE;
    };

    private volatile long callStartNanos = System.nanoTime();
    private volatile long requestStartNanos;
    private volatile boolean requestStarted;
    private volatile boolean connected;

    @Override
    public void callStart(Call call) {
        callStartNanos = System.nanoTime();
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        connected = true;
    }

    @Override
    public void requestHeadersStart(Call call) {
        requestStartNanos = System.nanoTime();
        requestStarted = true;
    }

    /**
     * When the request started (SPEC §4): just before its headers were written, or, for an attempt that never got
     * that far, when the call began (the time a user has been waiting since).
     */
    long startNanos() {
        return requestStarted ? requestStartNanos : callStartNanos;
    }

    long callStartNanos() {
        return callStartNanos;
    }

    /** Whether a connection was in hand: a timeout before that is a connect failure, after it a silent server. */
    boolean connected() {
        return connected;
    }
}
