package dev.aigate.provider.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.sse.SseEvent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okhttp3.Request;

/**
 * What OpenAI's Chat Completions and Completions APIs share: the request's common fields, the {@code [DONE]}
 * sentinel, {@code usage}, {@code finish_reason} and error objects. The two subclasses add how a prompt is sent
 * and what a choice carries.
 *
 * <p>Answers are read field by field with a {@link JsonCursor} rather than as a tree: a benchmark decodes hundreds
 * of thousands of events a second and needs only a handful of fields from each.
 */
abstract class OpenAiFormat implements WireFormat {

    private static final byte[] DONE = ascii("[DONE]");

    private final OpenAiRoute route;
    private final String defaultModel;

    OpenAiFormat(OpenAiRoute route, String defaultModel) {
        this.route = route;
        this.defaultModel = defaultModel;
    }

    /** Adds {@code messages} or {@code prompt}. */
    abstract void putPrompt(ObjectNode body, ModelRequest request);

    /**
     * Reads the field of an element of {@code choices} the cursor is at (other than {@code finish_reason}): part
     * of a streamed delta or, when {@code streamed} is false, of a whole answer. Must consume the field's value,
     * skipping what it does not use.
     */
    abstract void readChoiceField(JsonCursor cursor, boolean streamed, WireEvent.Builder event)
            throws BadPayloadException;

    @Override
    public Request toHttpRequest(ModelRequest request) {
        ObjectNode body = Json.object();
        String model = request.model() != null ? request.model() : defaultModel;
        if (route.sendsModel() && model != null) {
            body.put("model", model);
        }
        putPrompt(body, request);
        body.put("max_tokens", request.maxTokens());
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        body.put("stream", request.stream());
        if (request.stream()) {
            // Without it a stream carries no token counts; TPOT would rest on our tokenizer's guess.
            body.putObject("stream_options").put("include_usage", true);
        }
        if (request.ignoreEos() && route.acceptsVllmOptions()) {
            body.put("ignore_eos", true);
        }
        Json.putAll(body, request.extraBody());
        return Json.post(route.url(), route.headers(), body, request.stream());
    }

    @Override
    public WireEvent decodeEvent(SseEvent event) throws BadPayloadException {
        if (isDone(event.data())) {
            return WireEvent.END;
        }
        return decode(event.data(), true).event();
    }

    @Override
    public WireEvent decodeBody(String body) throws BadPayloadException {
        Decoded decoded = decode(body.getBytes(StandardCharsets.UTF_8), false);
        if (decoded.event().error() == null && decoded.choices() <= 0) {
            throw new BadPayloadException("response has no choices");
        }
        return decoded.event();
    }

    /** @param choices how many choices the answer had, -1 when it had no {@code choices} array */
    private record Decoded(WireEvent event, int choices) {
    }

    private static final byte[] CHOICES = ascii("choices");
    private static final byte[] USAGE = ascii("usage");
    private static final byte[] ERROR = ascii("error");
    private static final byte[] FINISH_REASON = ascii("finish_reason");
    private static final byte[] PROMPT_TOKENS = ascii("prompt_tokens");
    private static final byte[] COMPLETION_TOKENS = ascii("completion_tokens");

    private Decoded decode(byte[] json, boolean streamed) throws BadPayloadException {
        WireEvent.Builder event = WireEvent.builder();
        int choices = -1;
        StreamError error = null;
        JsonCursor cursor = new JsonCursor(json);
        try {
            if (!cursor.isObject()) {
                cursor.skipValue();
                cursor.end();
                throw Json.notAnObject(json);
            }
            cursor.beginObject();
            while (cursor.nextField()) {
                if (cursor.fieldIs(CHOICES) && cursor.isArray()) {
                    choices = readChoices(cursor, streamed, event);
                } else if (cursor.fieldIs(USAGE) && cursor.isObject()) {
                    readUsage(cursor, event);
                } else if (cursor.fieldIs(ERROR) && !cursor.isNull()) {
                    error = streamError(Json.parseTree(cursor.rawValue()));
                } else {
                    cursor.skipValue();
                }
            }
            cursor.end();
        } catch (JsonCursor.MalformedJson e) {
            throw Json.notJson(json);
        }
        return new Decoded(error != null ? WireEvent.failed(error) : event.build(), choices);
    }

    private int readChoices(JsonCursor cursor, boolean streamed, WireEvent.Builder event) throws BadPayloadException {
        int count = 0;
        cursor.beginArray();
        while (cursor.nextElement()) {
            count++;
            if (!cursor.isObject()) {
                cursor.skipValue();
                continue;
            }
            cursor.beginObject();
            while (cursor.nextField()) {
                if (cursor.fieldIs(FINISH_REASON)) {
                    event.finishReason(cursor.text());
                } else {
                    readChoiceField(cursor, streamed, event);
                }
            }
        }
        return count;
    }

    private static void readUsage(JsonCursor cursor, WireEvent.Builder event) {
        cursor.beginObject();
        while (cursor.nextField()) {
            if (cursor.fieldIs(PROMPT_TOKENS)) {
                event.inputTokens(cursor.integer());
            } else if (cursor.fieldIs(COMPLETION_TOKENS)) {
                event.outputTokens(cursor.integer());
            } else {
                cursor.skipValue();
            }
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code [DONE]}, with any whitespace around it. */
    private static boolean isDone(byte[] data) {
        int start = 0;
        int end = data.length;
        while (start < end && Character.isWhitespace(data[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(data[end - 1])) {
            end--;
        }
        return end - start == DONE.length
                && Arrays.equals(data, start, end, DONE, 0, DONE.length);
    }

    /** vLLM puts the HTTP status it would have sent in {@code code}; without one the server is blamed. */
    private static StreamError streamError(JsonNode error) {
        Integer code = Json.integer(error, "code");
        ErrorKind kind = code != null ? ErrorKind.forHttpStatus(code) : ErrorKind.HTTP_5XX;
        String message = error.isObject() ? Json.text(error, "message") : error.asText();
        return new StreamError(kind, message == null ? error.toString() : message);
    }
}
