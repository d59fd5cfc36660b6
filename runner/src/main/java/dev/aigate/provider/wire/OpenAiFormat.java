package dev.aigate.provider.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.sse.SseEvent;
import okhttp3.Request;

/**
 * What OpenAI's Chat Completions and Completions APIs share: the request's common fields, the {@code [DONE]}
 * sentinel, {@code usage}, {@code finish_reason} and error objects. The two subclasses add how a prompt is sent
 * and what a choice carries.
 */
abstract class OpenAiFormat implements WireFormat {

    private static final String DONE = "[DONE]";

    private final OpenAiRoute route;
    private final String defaultModel;

    OpenAiFormat(OpenAiRoute route, String defaultModel) {
        this.route = route;
        this.defaultModel = defaultModel;
    }

    /** Adds {@code messages} or {@code prompt}. */
    abstract void putPrompt(ObjectNode body, ModelRequest request);

    /** Reads one element of {@code choices}: a streamed delta or, when {@code streamed} is false, a whole answer. */
    abstract void readChoice(JsonNode choice, boolean streamed, WireEvent.Builder event);

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
        if (event.data().strip().equals(DONE)) {
            return WireEvent.END;
        }
        return decode(Json.parseObject(event.data()), true);
    }

    @Override
    public WireEvent decodeBody(String body) throws BadPayloadException {
        JsonNode json = Json.parseObject(body);
        JsonNode choices = json.path("choices");
        if (!json.has("error") && (!choices.isArray() || choices.isEmpty())) {
            throw new BadPayloadException("response has no choices");
        }
        return decode(json, false);
    }

    private WireEvent decode(JsonNode json, boolean streamed) {
        JsonNode error = json.get("error");
        if (error != null && !error.isNull()) {
            return WireEvent.failed(streamError(error));
        }
        WireEvent.Builder event = WireEvent.builder();
        for (JsonNode choice : json.path("choices")) {
            readChoice(choice, streamed, event);
            event.finishReason(Json.text(choice, "finish_reason"));
        }
        JsonNode usage = json.get("usage");
        if (usage != null && usage.isObject()) {
            event.inputTokens(Json.integer(usage, "prompt_tokens"))
                    .outputTokens(Json.integer(usage, "completion_tokens"));
        }
        return event.build();
    }

    /** vLLM puts the HTTP status it would have sent in {@code code}; without one the server is blamed. */
    private static StreamError streamError(JsonNode error) {
        Integer code = Json.integer(error, "code");
        ErrorKind kind = code != null ? ErrorKind.forHttpStatus(code) : ErrorKind.HTTP_5XX;
        String message = error.isObject() ? Json.text(error, "message") : error.asText();
        return new StreamError(kind, message == null ? error.toString() : message);
    }
}
