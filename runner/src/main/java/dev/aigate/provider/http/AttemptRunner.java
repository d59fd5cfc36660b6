package dev.aigate.provider.http;

import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.StreamObserver;
import dev.aigate.provider.wire.WireFormat;

/** Makes one HTTP attempt and reads its answer, stream or body, until it settles; the caller's thread waits. */
final class AttemptRunner {

    private final HttpTransport transport;
    private final WireFormat format;

    AttemptRunner(HttpTransport transport, WireFormat format) {
        this.transport = transport;
        this.format = format;
    }

    /** @param timeout the request's overall timeout: this attempt may take what is left of it */
    AttemptOutcome run(ModelRequest request, StreamObserver observer, RequestTimeout timeout) {
        AttemptReader reader = new AttemptReader(format, request.stream(), observer);
        transport.execute(format.toHttpRequest(request), reader, timeout);
        return reader.outcome();
    }

    /** Encodes {@code request} as an attempt would, without sending it (the JVM's first encoding is slow). */
    void encode(ModelRequest request) {
        RequestEncoder.encode(format.toHttpRequest(request)).release();
    }
}
