package dev.aigate.provider.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
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
    private static final MediaType JSON = MediaType.get("application/json");
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
            throw new BadPayloadException("not a JSON object: " + snippet(utf8));
        }
        return node;
    }

    /**
     * Reads one JSON object field by field without building a tree: the hot path of a streamed answer, where only
     * a few fields of each event matter. The reader must consume each field's value (or skip it).
     */
    static void readObject(byte[] utf8, FieldReader reader) throws BadPayloadException {
        try (JsonParser parser = MAPPER.createParser(utf8)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BadPayloadException("not a JSON object: " + snippet(utf8));
            }
            readFields(parser, reader);
        } catch (IOException e) {
            throw notJson(utf8);
        }
    }

    /** Reads the fields of the object the parser is at; any other value is skipped. */
    static void readFields(JsonParser parser, FieldReader reader) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            reader.read(name, parser);
        }
    }

    /**
     * Reads each element of the array the parser is at.
     *
     * @return how many elements it had, or -1 when the value was not an array (it is skipped)
     */
    static int readElements(JsonParser parser, ElementReader reader) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return -1;
        }
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            reader.read(parser);
            count++;
        }
        return count;
    }

    /** The current value as text, or null for JSON null, objects and arrays (which are skipped). */
    static String text(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token.isScalarValue()) {
            return token == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
        }
        parser.skipChildren();
        return null;
    }

    /** The current value as an integer, or null when it is not a number (anything else is skipped). */
    static Integer integer(JsonParser parser) throws IOException {
        if (parser.currentToken().isNumeric()) {
            return parser.getNumberValue().intValue();
        }
        parser.skipChildren();
        return null;
    }

    /** The current value as a tree, for the rare parts of an event (errors, tool calls) not worth hand-reading. */
    static JsonNode tree(JsonParser parser) throws IOException {
        JsonNode node = parser.readValueAsTree();
        return node == null ? NullNode.getInstance() : node;
    }

    /** Reads one field's value. */
    @FunctionalInterface
    interface FieldReader {
        void read(String name, JsonParser parser) throws IOException;
    }

    /** Reads one array element. */
    @FunctionalInterface
    interface ElementReader {
        void read(JsonParser parser) throws IOException;
    }

    /** Parses one JSON object, or fails naming the start of what arrived instead. */
    static JsonNode parseObject(String text) throws BadPayloadException {
        return parseObject(text.getBytes(StandardCharsets.UTF_8));
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
                .post(RequestBody.create(toJson(body), JSON));
        if (stream) {
            request.header("Accept-Encoding", "identity");
        }
        return request.build();
    }

    private static BadPayloadException notJson(byte[] utf8) {
        return new BadPayloadException("not valid JSON: " + snippet(utf8));
    }

    private static String snippet(byte[] utf8) {
        return snippet(new String(utf8, StandardCharsets.UTF_8));
    }

    private static String snippet(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS) + "…";
    }
}
