package dev.aigate.provider.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.sse.SseEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okhttp3.Request;

/**
 * What OpenAI's Chat Completions and Completions APIs share: the request's common fields, the {@code [DONE]}
 * sentinel, {@code usage}, {@code finish_reason} and error objects. The two subclasses add how a prompt is sent
 * and what a choice carries.
 *
 * <p>Answers are read field by field with a streaming parser rather than as a tree: a benchmark decodes tens of
 * thousands of events a second and needs only a handful of fields from each.
 */
abstract class OpenAiFormat implements WireFormat {

    private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);

    private final OpenAiRoute route;
    private final String defaultModel;

    OpenAiFormat(OpenAiRoute route, String defaultModel) {
        this.route = route;
        this.defaultModel = defaultModel;
    }

    /** Adds {@code messages} or {@code prompt}. */
    abstract void putPrompt(ObjectNode body, ModelRequest request);

    /**
     * Reads one field of an element of {@code choices} (other than {@code finish_reason}): a streamed delta or,
     * when {@code streamed} is false, a whole answer. Must consume the field's value, skipping what it does not use.
     */
    abstract void readChoiceField(String field, JsonParser parser, boolean streamed, WireEvent.Builder event)
            throws IOException;

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

    private Decoded decode(byte[] json, boolean streamed) throws BadPayloadException {
        WireEvent.Builder event = WireEvent.builder();
        int[] choices = {-1};
        StreamError[] error = {null};
        Json.readObject(json, (name, parser) -> {
            switch (name) {
                case "choices" -> choices[0] = Json.readElements(parser, choice -> readChoice(parser, streamed, event));
                case "usage" -> Json.readFields(parser, (field, value) -> readUsage(field, value, event));
                case "error" -> error[0] = parser.currentToken() == JsonToken.VALUE_NULL ? null
                        : streamError(Json.tree(parser));
                default -> parser.skipChildren();
            }
        });
        return new Decoded(error[0] != null ? WireEvent.failed(error[0]) : event.build(), choices[0]);
    }

    private void readChoice(JsonParser parser, boolean streamed, WireEvent.Builder event) throws IOException {
        Json.readFields(parser, (field, value) -> {
            if (field.equals("finish_reason")) {
                event.finishReason(Json.text(value));
            } else {
                readChoiceField(field, value, streamed, event);
            }
        });
    }

    private static void readUsage(String field, JsonParser parser, WireEvent.Builder event) throws IOException {
        switch (field) {
            case "prompt_tokens" -> event.inputTokens(Json.integer(parser));
            case "completion_tokens" -> event.outputTokens(Json.integer(parser));
            default -> parser.skipChildren();
        }
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
