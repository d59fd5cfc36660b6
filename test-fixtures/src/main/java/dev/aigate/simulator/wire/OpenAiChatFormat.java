package dev.aigate.simulator.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.simulator.ToolCall;

/**
 * OpenAI Chat Completions ({@code POST /v1/chat/completions}, also Azure's deployment path). Streams as vLLM and
 * OpenAI do: a role-only chunk, one {@code delta.content} chunk per token, a chunk with {@code finish_reason}
 * and an empty delta, then (with {@code stream_options.include_usage}) a usage chunk with {@code choices: []},
 * then {@code data: [DONE]}.
 */
public final class OpenAiChatFormat implements WireFormat {

    @Override
    public String idPrefix() {
        return "chatcmpl-";
    }

    @Override
    public String body(Generation generation) {
        Reply reply = generation.reply();
        ObjectNode root = OpenAiEnvelope.start(generation, "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        if (reply.toolCalls().isEmpty()) {
            message.put("content", reply.text());
        } else {
            message.putNull("content");
            ArrayNode calls = message.putArray("tool_calls");
            for (ToolCall call : reply.toolCalls()) {
                ObjectNode node = calls.addObject();
                node.put("id", call.id());
                node.put("type", "function");
                node.putObject("function").put("name", call.name()).put("arguments", call.argumentsJson());
            }
        }
        choice.putNull("logprobs");
        choice.put("finish_reason", reply.finishReason());
        root.set("usage", OpenAiErrors.usage(generation));
        return JsonText.write(root);
    }

    @Override
    public StreamEncoder stream(Generation generation) {
        return new ChatStream(generation);
    }

    @Override
    public String errorBody(ApiError error, String message) {
        return OpenAiErrors.body(error, message);
    }

    private static final class ChatStream implements StreamEncoder {
        private final Generation generation;
        private final String chunkPrefix;
        private final String chunkSuffix;

        ChatStream(Generation generation) {
            this.generation = generation;
            this.chunkPrefix = "{\"id\":" + JsonText.quote(generation.id())
                    + ",\"object\":\"chat.completion.chunk\",\"created\":" + generation.created()
                    + ",\"model\":" + JsonText.quote(generation.model()) + ",\"choices\":[{\"index\":0,\"delta\":";
            // OpenAI: with include_usage, every chunk but the last carries "usage": null.
            this.chunkSuffix = generation.includeUsage() ? ",\"usage\":null}" : "}";
        }

        @Override
        public String head() {
            return chunk("{\"role\":\"assistant\",\"content\":\"\"}", "null");
        }

        @Override
        public String token(OutputToken token) {
            if (token.isContent()) {
                return chunk("{\"content\":" + JsonText.quote(token.text()) + "}", "null");
            }
            String function;
            if (token.opensTool()) {
                ToolCall call = generation.reply().toolCalls().get(token.toolIndex());
                function = "\"id\":" + JsonText.quote(call.id()) + ",\"type\":\"function\",\"function\":{\"name\":"
                        + JsonText.quote(call.name()) + ",\"arguments\":" + JsonText.quote(token.text()) + "}";
            } else {
                function = "\"function\":{\"arguments\":" + JsonText.quote(token.text()) + "}";
            }
            return chunk("{\"tool_calls\":[{\"index\":" + token.toolIndex() + "," + function + "}]}", "null");
        }

        @Override
        public String tail() {
            StringBuilder tail = new StringBuilder(
                    chunk("{}", JsonText.quote(generation.reply().finishReason())));
            if (generation.includeUsage()) {
                tail.append(OpenAiEnvelope.usageChunk(generation, "chat.completion.chunk"));
            }
            return tail.append("data: [DONE]\n\n").toString();
        }

        private String chunk(String delta, String finishReason) {
            return "data: " + chunkPrefix + delta + ",\"logprobs\":null,\"finish_reason\":" + finishReason + "}]"
                    + chunkSuffix + "\n\n";
        }
    }
}
