package dev.aigate.provider.wire;

import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.sse.SseEvent;
import okhttp3.Request;

/**
 * One provider API's wire format: how a {@link ModelRequest} is written and how the server's answer is read.
 * Implementations are stateless and thread-safe; everything they decode comes back as a {@link WireEvent}.
 */
public interface WireFormat {

    /** The HTTP request for one generation, with its URL, auth headers and JSON body. */
    Request toHttpRequest(ModelRequest request);

    /** Decodes one event of a streamed answer. */
    WireEvent decodeEvent(SseEvent event) throws BadPayloadException;

    /** Decodes a whole non-streamed answer (or a JSON body sent where a stream was asked for). */
    WireEvent decodeBody(String body) throws BadPayloadException;
}
