package dev.aigate.provider.http;

import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.StreamObserver;
import dev.aigate.provider.wire.WireFormat;
import java.time.Duration;

/** Makes one HTTP attempt and reads its answer, stream or body, until it settles; the caller's thread waits. */
final class AttemptRunner {

    private final HttpTransport transport;
    private final WireFormat format;

    AttemptRunner(HttpTransport transport, WireFormat format) {
        this.transport = transport;
        this.format = format;
    }

    /** @param timeLeft the most this attempt may take: what is left of the request's overall timeout */
    AttemptOutcome run(ModelRequest request, StreamObserver observer, Duration timeLeft) {
        AttemptReader reader = new AttemptReader(format, request.stream(), observer);
        transport.execute(format.toHttpRequest(request), reader, timeLeft);
        return reader.outcome();
    }
}
