package dev.aigate.provider.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.provider.ChatMessage;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.sse.SseEvent;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Anthropic's Messages API ({@code /messages}). Content is every {@code content_block_delta}; usage comes in two
 * halves, input tokens in {@code message_start} and the output count in {@code message_delta}; the stream ends
 * with {@code message_stop}. System messages travel in the top-level {@code system} field.
 */
public final class AnthropicMessagesFormat implements WireFormat {

    static final String API_VERSION = "2023-06-01";

    private final HttpUrl url;
    private final Headers headers;
    private final String defaultModel;

    public AnthropicMessagesFormat(HttpUrl baseUrl, String defaultModel, String apiKey,
                                   Map<String, String> extraHeaders) {
        this.url = baseUrl.newBuilder().addPathSegment("messages").build();
        Headers.Builder builder = Headers.of(extraHeaders).newBuilder().set("anthropic-version", API_VERSION);
        if (apiKey != null) {
            builder.set("x-api-key", apiKey);
        }
        this.headers = builder.build();
        this.defaultModel = defaultModel;
    }

    @Override
    public Request toHttpRequest(ModelRequest request) {
        ObjectNode body = Json.object();
        String model = request.model() != null ? request.model() : defaultModel;
        if (model != null) {
            body.put("model", model);
        }
        body.put("max_tokens", request.maxTokens());
        String system = request.messages().stream()
                .filter(message -> message.role().equals("system"))
                .map(ChatMessage::content)
                .collect(Collectors.joining("\n\n"));
        if (!system.isEmpty()) {
            body.put("system", system);
        }
        ArrayNode messages = body.putArray("messages");
        request.messages().stream()
                .filter(message -> !message.role().equals("system"))
                .forEach(message -> messages.addObject().put("role", message.role()).put("content", message.content()));
        if (request.prompt() != null && request.messages().isEmpty()) {
            messages.addObject().put("role", "user").put("content", request.prompt());
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        body.put("stream", request.stream());
        Json.putAll(body, request.extraBody());
        return Json.post(url, headers, body, request.stream());
    }

    @Override
    public WireEvent decodeEvent(SseEvent event) throws BadPayloadException {
        JsonNode json = Json.parseObject(event.data());
        String type = json.has("type") ? json.get("type").asText() : event.type();
        return switch (type) {
            // Its output_tokens is a placeholder sent before anything was generated; the count is message_delta's.
            case "message_start" -> inputTokens(json.path("message").path("usage")).build();
            case "content_block_start" -> blockStart(json.path("index").asInt(), json.path("content_block"));
            case "content_block_delta" -> blockDelta(json.path("index").asInt(), json.path("delta"));
            case "message_delta" -> usage(json.path("usage"))
                    .finishReason(Json.text(json.path("delta"), "stop_reason"))
                    .build();
            case "message_stop" -> WireEvent.END;
            case "error" -> WireEvent.failed(streamError(json.path("error")));
            default -> WireEvent.NOTHING; // ping, content_block_stop, and event types added later
        };
    }

    @Override
    public WireEvent decodeBody(String body) throws BadPayloadException {
        JsonNode json = Json.parseObject(body);
        if ("error".equals(Json.text(json, "type"))) {
            return WireEvent.failed(streamError(json.path("error")));
        }
        JsonNode content = json.get("content");
        if (content == null || !content.isArray()) {
            throw new BadPayloadException("response has no content");
        }
        WireEvent.Builder event = usage(json.path("usage")).finishReason(Json.text(json, "stop_reason"));
        for (int index = 0; index < content.size(); index++) {
            JsonNode block = content.get(index);
            switch (block.path("type").asText()) {
                case "text" -> event.text(Json.text(block, "text"));
                case "tool_use" -> event.toolCall(new ToolCallDelta(index, Json.text(block, "id"),
                        Json.text(block, "name"), Json.toJson(block.path("input"))), true);
                case "thinking" -> event.hiddenContent(Json.text(block, "thinking"));
                default -> { }
            }
        }
        return event.build();
    }

    /** A tool call's id and name arrive when its block opens; its arguments follow as deltas. */
    private static WireEvent blockStart(int index, JsonNode block) {
        if (!"tool_use".equals(Json.text(block, "type"))) {
            return WireEvent.NOTHING;
        }
        return WireEvent.builder()
                .toolCall(new ToolCallDelta(index, Json.text(block, "id"), Json.text(block, "name"), ""), false)
                .build();
    }

    private static WireEvent blockDelta(int index, JsonNode delta) {
        WireEvent.Builder event = WireEvent.builder().content();
        switch (delta.path("type").asText()) {
            case "text_delta" -> event.text(Json.text(delta, "text"));
            case "input_json_delta" -> event.toolCall(new ToolCallDelta(index, null, null,
                    String.valueOf(Json.text(delta, "partial_json"))), true);
            default -> { } // thinking and signature deltas: generated, but not answer text
        }
        return event.build();
    }

    private static WireEvent.Builder usage(JsonNode usage) {
        return inputTokens(usage).outputTokens(Json.integer(usage, "output_tokens"));
    }

    /** Cached prompt tokens are still prompt tokens: input is the sum of all three counts. */
    private static WireEvent.Builder inputTokens(JsonNode usage) {
        WireEvent.Builder event = WireEvent.builder();
        Integer input = Json.integer(usage, "input_tokens");
        if (input != null) {
            event.inputTokens(input + count(usage, "cache_creation_input_tokens")
                    + count(usage, "cache_read_input_tokens"));
        }
        return event;
    }

    private static int count(JsonNode usage, String field) {
        Integer value = Json.integer(usage, field);
        return value == null ? 0 : value;
    }

    /** Anthropic's error types map to the statuses it would have answered with (529 for overloaded). */
    private static StreamError streamError(JsonNode error) {
        String type = String.valueOf(Json.text(error, "type"));
        ErrorKind kind = switch (type) {
            case "rate_limit_error" -> ErrorKind.HTTP_429;
            case "invalid_request_error", "authentication_error", "permission_error", "not_found_error",
                    "request_too_large" -> ErrorKind.HTTP_4XX;
            default -> ErrorKind.HTTP_5XX;
        };
        String message = Json.text(error, "message");
        return new StreamError(kind, type + (message == null ? "" : ": " + message));
    }
}
