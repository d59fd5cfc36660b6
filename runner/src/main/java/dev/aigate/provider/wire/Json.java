package dev.aigate.provider.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** The JSON plumbing the wire formats share: one mapper, parsing that fails as bad payload, POST requests. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int SNIPPET_CHARS = 120;

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Parses one JSON object from its UTF-8 bytes, or fails naming the start of what arrived instead. */
    static JsonNode parseObject(byte[] utf8) throws BadPayloadException {
        JsonNode node;
        try {
            node = MAPPER.readTree(utf8);
        } catch (IOException e) {
            throw notJson(utf8);
        }
        if (node == null || !node.isObject()) {
            throw notAnObject(utf8);
        }
        return node;
    }

    /** Parses any JSON value (a part of an event handed over by {@link JsonCursor#rawValue()}). */
    static JsonNode parseTree(byte[] utf8) throws BadPayloadException {
        try {
            return MAPPER.readTree(utf8);
        } catch (IOException e) {
            throw notJson(utf8);
        }
    }

    /** Parses one JSON object, or fails naming the start of what arrived instead. */
    static JsonNode parseObject(String text) throws BadPayloadException {
        return parseObject(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The body's UTF-8 bytes, written straight from the tree (no intermediate string). */
    private static byte[] bytes(ObjectNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    static String toJson(JsonNode node) {
        return node.toString();
    }

    /** Adds the caller's extra body fields last, so they can override anything we set. */
    static void putAll(ObjectNode body, Map<String, Object> extra) {
        extra.forEach((name, value) -> body.set(name, MAPPER.valueToTree(value)));
    }

    /** A text field, or null when absent or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** An integer field, or null when absent or not a number. */
    static Integer integer(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isNumber() ? value.intValue() : null;
    }

    /**
     * A POST of {@code body}. Streams ask for {@code identity} encoding: with gzip a proxy or server may buffer
     * events until a compression block fills, which would be timed as server latency.
     */
    static Request post(HttpUrl url, Headers headers, ObjectNode body, boolean stream) {
        Request.Builder request = new Request.Builder()
                .url(url)
                .headers(headers)
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .post(RequestBody.create(bytes(body), JSON));
        if (stream) {
            request.header("Accept-Encoding", "identity");
        }
        return request.build();
    }

    static BadPayloadException notJson(byte[] utf8) {
        return new BadPayloadException("not valid JSON: " + snippet(utf8));
    }

    static BadPayloadException notAnObject(byte[] utf8) {
        return new BadPayloadException("not a JSON object: " + snippet(utf8));
    }

    private static String snippet(byte[] utf8) {
        return snippet(new String(utf8, StandardCharsets.UTF_8));
    }

    private static String snippet(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS) + "…";
    }
}
