package dev.aigate.provider.http;

import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.Failure;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.StreamObserver;
import dev.aigate.provider.sse.SseEvent;
import dev.aigate.provider.sse.SseEventReader;
import dev.aigate.provider.wire.BadPayloadException;
import dev.aigate.provider.wire.WireEvent;
import dev.aigate.provider.wire.WireFormat;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Makes one HTTP attempt on the calling thread and reads its answer, stream or body, to the end. */
final class AttemptRunner {

    private final OkHttpClient client;
    private final WireFormat format;

    AttemptRunner(OkHttpClient client, WireFormat format) {
        this.client = client;
        this.format = format;
    }

    /** @param timeLeft the most this attempt may take: what is left of the request's overall timeout */
    AttemptOutcome run(ModelRequest request, StreamObserver observer, Duration timeLeft) {
        AttemptTimeline timeline = new AttemptTimeline();
        Request httpRequest = format.toHttpRequest(request).newBuilder().tag(AttemptTimeline.class, timeline).build();
        ResponseRecorder recorder = new ResponseRecorder(observer);
        Call call = client.newCall(httpRequest);
        call.timeout().timeout(Math.max(1, timeLeft.toNanos()), TimeUnit.NANOSECONDS);
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            // No response byte arrived, so a connection failure is safe to retry; a silent server is not.
            Failure failure = FaultClassifier.beforeResponse(e, timeline.connected());
            return new AttemptOutcome(timeline, recorder, failure, failure.kind() == ErrorKind.CONNECTION,
                    Optional.empty());
        }
        try (response) {
            if (!response.isSuccessful()) {
                return new AttemptOutcome(timeline, recorder, FaultClassifier.status(response),
                        FaultClassifier.isRetryable(response.code()),
                        RetryAfter.from(response.headers(), Instant.now()));
            }
            Failure failure = request.stream() && !isJson(response.body())
                    ? readStream(response, recorder)
                    : readBody(response, recorder);
            return AttemptOutcome.finalOutcome(timeline, recorder, failure);
        }
    }

    private Failure readStream(Response response, ResponseRecorder recorder) {
        SseEventReader events = new SseEventReader(response.body().source());
        try {
            for (SseEvent event = events.next(); event != null; event = events.next()) {
                WireEvent decoded = format.decodeEvent(event);
                recorder.record(decoded, event.receivedNanos());
                if (decoded.error() != null) {
                    return FaultClassifier.inStream(decoded.error(), response.code());
                }
                if (decoded.last()) {
                    return null;
                }
            }
            return FaultClassifier.truncated(response.code(), recorder.contentEvents());
        } catch (BadPayloadException e) {
            return FaultClassifier.badPayload(e.getMessage(), response.code());
        } catch (IOException e) {
            return FaultClassifier.whileReading(e, response.code(), recorder.contentEvents());
        }
    }

    /** A whole JSON answer: its content, if any, counts as one event arriving when the body's last byte did. */
    private Failure readBody(Response response, ResponseRecorder recorder) {
        try {
            String body = response.body().string();
            long receivedNanos = System.nanoTime();
            WireEvent decoded = format.decodeBody(body);
            recorder.record(decoded, receivedNanos);
            return decoded.error() == null ? null : FaultClassifier.inStream(decoded.error(), response.code());
        } catch (BadPayloadException e) {
            return FaultClassifier.badPayload(e.getMessage(), response.code());
        } catch (IOException e) {
            return FaultClassifier.whileReading(e, response.code(), recorder.contentEvents());
        }
    }

    /** Some servers answer a stream request with one JSON body (errors, or no streaming support): read it whole. */
    private static boolean isJson(ResponseBody body) {
        MediaType type = body.contentType();
        return type != null && type.subtype().contains("json");
    }
}
