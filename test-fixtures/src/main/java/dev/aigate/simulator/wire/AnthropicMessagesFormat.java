package dev.aigate.simulator.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.simulator.ToolCall;

/**
 * Anthropic Messages ({@code POST /v1/messages}). Streams {@code message_start} (with input tokens),
 * {@code content_block_start}, {@code ping}, {@code content_block_delta} per token ({@code text_delta}, or
 * {@code input_json_delta} inside a {@code tool_use} block), {@code content_block_stop}, {@code message_delta}
 * (stop reason and output tokens) and {@code message_stop}, each as an {@code event:} + {@code data:} pair.
 */
public final class AnthropicMessagesFormat implements WireFormat {

    @Override
    public String idPrefix() {
        return "msg_";
    }

    @Override
    public String body(Generation generation) {
        Reply reply = generation.reply();
        ObjectNode root = JsonText.object();
        root.put("id", generation.id());
        root.put("type", "message");
        root.put("role", "assistant");
        root.put("model", generation.model());
        ArrayNode content = root.putArray("content");
        String text = reply.text();
        if (!text.isEmpty() || reply.toolCalls().isEmpty()) {
            content.addObject().put("type", "text").put("text", text);
        }
        for (ToolCall call : reply.toolCalls()) {
            ObjectNode block = content.addObject();
            block.put("type", "tool_use");
            block.put("id", call.id());
            block.put("name", call.name());
            block.set("input", JsonText.readOrText(call.argumentsJson()));
        }
        root.put("stop_reason", reply.anthropicStopReason());
        root.putNull("stop_sequence");
        root.putObject("usage").put("input_tokens", generation.promptTokens())
                .put("output_tokens", reply.completionTokens());
        return JsonText.write(root);
    }

    @Override
    public StreamEncoder stream(Generation generation) {
        return new MessagesStream(generation);
    }

    @Override
    public String errorBody(ApiError error, String message) {
        ObjectNode root = JsonText.object();
        root.put("type", "error");
        root.putObject("error").put("type", error.anthropicType()).put("message", message);
        return JsonText.write(root);
    }

    private static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    private static final class MessagesStream implements StreamEncoder {
        private final Generation generation;
        /** The content block being streamed, -1 before the first. */
        private int blockIndex = -1;

        MessagesStream(Generation generation) {
            this.generation = generation;
        }

        @Override
        public String head() {
            ObjectNode start = JsonText.object();
            start.put("type", "message_start");
            ObjectNode message = start.putObject("message");
            message.put("id", generation.id());
            message.put("type", "message");
            message.put("role", "assistant");
            message.put("model", generation.model());
            message.putArray("content");
            message.putNull("stop_reason");
            message.putNull("stop_sequence");
            message.putObject("usage").put("input_tokens", generation.promptTokens()).put("output_tokens", 1);
            String head = event("message_start", JsonText.write(start));
            if (generation.reply().tokens().get(0).isContent()) {
                head += openBlock("{\"type\":\"text\",\"text\":\"\"}");
            }
            return head + event("ping", "{\"type\": \"ping\"}");
        }

        @Override
        public String token(OutputToken token) {
            String events = "";
            if (!token.isContent() && token.opensTool()) {
                ToolCall call = generation.reply().toolCalls().get(token.toolIndex());
                events = closeBlock() + openBlock("{\"type\":\"tool_use\",\"id\":" + JsonText.quote(call.id())
                        + ",\"name\":" + JsonText.quote(call.name()) + ",\"input\":{}}");
            }
            String delta = token.isContent()
                    ? "{\"type\":\"text_delta\",\"text\":" + JsonText.quote(token.text()) + "}"
                    : "{\"type\":\"input_json_delta\",\"partial_json\":" + JsonText.quote(token.text()) + "}";
            return events + event("content_block_delta",
                    "{\"type\":\"content_block_delta\",\"index\":" + blockIndex + ",\"delta\":" + delta + "}");
        }

        @Override
        public String tail() {
            return closeBlock()
                    + event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
                    + JsonText.quote(generation.reply().anthropicStopReason()) + ",\"stop_sequence\":null},"
                    + "\"usage\":{\"output_tokens\":" + generation.reply().completionTokens() + "}}")
                    + event("message_stop", "{\"type\":\"message_stop\"}");
        }

        @Override
        public String corruptEvent() {
            return "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":" + blockIndex
                    + ",\"delta\":{\"type\":\"text_delta\",\"text\":\"\n\n";
        }

        private String openBlock(String contentBlock) {
            blockIndex++;
            return event("content_block_start", "{\"type\":\"content_block_start\",\"index\":" + blockIndex
                    + ",\"content_block\":" + contentBlock + "}");
        }

        private String closeBlock() {
            return blockIndex < 0 ? ""
                    : event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + blockIndex + "}");
        }
    }
}
