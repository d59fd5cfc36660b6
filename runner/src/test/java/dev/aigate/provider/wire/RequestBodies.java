package dev.aigate.provider.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Request;
import okio.Buffer;

/** Reads back the JSON a wire format wrote, for assertions. */
final class RequestBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RequestBodies() {
    }

    static JsonNode json(Request request) {
        try {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            return MAPPER.readTree(buffer.readUtf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
