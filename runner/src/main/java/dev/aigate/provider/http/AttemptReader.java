package dev.aigate.provider.http;

import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.Failure;
import dev.aigate.provider.StreamObserver;
import dev.aigate.provider.sse.SseEvent;
import dev.aigate.provider.sse.SseScanner;
import dev.aigate.provider.wire.BadPayloadException;
import dev.aigate.provider.wire.WireEvent;
import dev.aigate.provider.wire.WireFormat;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads one attempt's answer as the transport hands it over and decides how the attempt ended: a stream event by
 * event (each stamped with the read that completed it), a JSON body whole, an error status with the start of its
 * body. Lives on the connection's event loop; its {@link #outcome()} is read by the caller once it has settled.
 */
final class AttemptReader implements ResponseHandler {

    private static final int ERROR_BODY_BYTES = 8 * 1024;

    private enum Mode { WAITING, STREAM, BODY, ERROR }

    private final WireFormat format;
    private final boolean streamRequested;
    private final ResponseRecorder recorder;
    private final long createdNanos = System.nanoTime();
    private long startNanos;
    private boolean started;
    private boolean connected;
    private Mode mode = Mode.WAITING;
    private int status;
    private HttpHeaders headers;
    private SseScanner scanner;
    private ByteArrayOutputStream body;
    private volatile AttemptOutcome outcome;

    AttemptReader(WireFormat format, boolean streamRequested, StreamObserver observer) {
        this.format = format;
        this.streamRequested = streamRequested;
        this.recorder = new ResponseRecorder(observer);
    }

    /** How the attempt ended; null until it {@link #settled()}. */
    AttemptOutcome outcome() {
        return outcome;
    }

    @Override
    public boolean settled() {
        return outcome != null;
    }

    @Override
    public void connected() {
        connected = true;
    }

    @Override
    public void requestStarting(long nanos) {
        startNanos = nanos;
        started = true;
    }

    @Override
    public void responseHead(int code, HttpHeaders responseHeaders) {
        status = code;
        headers = responseHeaders;
        if (code < 200 || code >= 300) {
            mode = Mode.ERROR;
            body = new ByteArrayOutputStream();
        } else if (streamRequested && !isJson(responseHeaders)) {
            mode = Mode.STREAM;
            scanner = new SseScanner(this::onEvent);
        } else {
            // Some servers answer a stream request with one JSON body (errors, or no streaming support).
            mode = Mode.BODY;
            body = new ByteArrayOutputStream();
        }
    }

    @Override
    public void responseBody(ByteBuf chunk, long readNanos) {
        switch (mode) {
            case STREAM -> scanner.feed(chunk, readNanos);
            case BODY -> append(chunk, Integer.MAX_VALUE);
            case ERROR -> append(chunk, ERROR_BODY_BYTES);
            case WAITING -> { }
        }
    }

    @Override
    public void responseEnd(long readNanos) {
        switch (mode) {
            case STREAM -> settle(FaultClassifier.truncated(status, recorder.contentEvents()));
            case BODY -> settle(decodeBody(readNanos));
            case ERROR -> settleError();
            case WAITING -> settle(FaultClassifier.connection(null), true);
        }
    }

    @Override
    public void failed(Throwable cause) {
        switch (mode) {
            case WAITING -> settle(FaultClassifier.connection(cause), true);
            case ERROR -> settleError();
            default -> settle(FaultClassifier.brokeOff(cause, status, recorder.contentEvents()));
        }
    }

    @Override
    public void timedOut(String what) {
        Failure failure = FaultClassifier.timedOut(what, connected, status, recorder.contentEvents());
        settle(failure, failure.kind() == ErrorKind.CONNECTION);
    }

    /** One stream event: decoded and recorded at once; false (stop scanning) once the attempt has settled. */
    private boolean onEvent(SseEvent event) {
        try {
            WireEvent decoded = format.decodeEvent(event);
            recorder.record(decoded, event.receivedNanos());
            if (decoded.error() != null) {
                settle(FaultClassifier.inStream(decoded.error(), status));
            } else if (decoded.last()) {
                settle(null);
            }
        } catch (BadPayloadException e) {
            settle(FaultClassifier.badPayload(e.getMessage(), status));
        }
        return !settled();
    }

    /** A whole JSON answer: its content, if any, counts as one event arriving when the body's last byte did. */
    private Failure decodeBody(long receivedNanos) {
        try {
            WireEvent decoded = format.decodeBody(body.toString(StandardCharsets.UTF_8));
            recorder.record(decoded, receivedNanos);
            return decoded.error() == null ? null : FaultClassifier.inStream(decoded.error(), status);
        } catch (BadPayloadException e) {
            return FaultClassifier.badPayload(e.getMessage(), status);
        }
    }

    private void settleError() {
        if (settled()) {
            return;
        }
        Failure failure = FaultClassifier.status(status, headers.get(HttpHeaderNames.LOCATION),
                body.toString(StandardCharsets.UTF_8));
        outcome = new AttemptOutcome(start(), recorder, failure, FaultClassifier.isRetryable(status),
                RetryAfter.from(okHeaders(headers), Instant.now()));
    }

    private void append(ByteBuf chunk, int limit) {
        int room = limit - body.size();
        int length = Math.min(room, chunk.readableBytes());
        if (length > 0) {
            body.writeBytes(ByteBufUtil.getBytes(chunk, chunk.readerIndex(), length));
        }
    }

    private void settle(Failure failure) {
        settle(failure, false);
    }

    private void settle(Failure failure, boolean retryable) {
        if (outcome == null) {
            outcome = new AttemptOutcome(start(), recorder, failure, retryable, Optional.empty());
        }
    }

    /**
     * When the request started (SPEC §4): just before it was written or, for an attempt that never got that far,
     * when the attempt began (the time a user has been waiting since).
     */
    private long start() {
        return started ? startNanos : createdNanos;
    }

    private static boolean isJson(HttpHeaders headers) {
        String type = headers.get(HttpHeaderNames.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    private static Headers okHeaders(HttpHeaders headers) {
        Headers.Builder builder = new Headers.Builder();
        for (Map.Entry<String, String> header : headers) {
            builder.addUnsafeNonAscii(header.getKey(), header.getValue());
        }
        return builder.build();
    }
}
