package dev.aigate.provider.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.provider.ChatMessage;
import dev.aigate.provider.ModelRequest;
import java.io.IOException;

/**
 * OpenAI's Chat Completions API ({@code /chat/completions}), as vLLM, SGLang, TGI, llama.cpp and Azure serve it.
 * A streamed chunk carries content when a choice's delta has text, reasoning text or tool-call pieces; the first
 * chunk (role only), the finish chunk (empty delta) and the usage chunk (no choices) do not.
 */
public final class OpenAiChatFormat extends OpenAiFormat {

    public OpenAiChatFormat(OpenAiRoute route, String defaultModel) {
        super(route, defaultModel);
    }

    @Override
    void putPrompt(ObjectNode body, ModelRequest request) {
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            messages.addObject().put("role", message.role()).put("content", message.content());
        }
    }

    /** The message is {@code delta} in a streamed chunk and {@code message} in a whole answer. */
    @Override
    void readChoiceField(String field, JsonParser parser, boolean streamed, WireEvent.Builder event)
            throws IOException {
        if (field.equals(streamed ? "delta" : "message")) {
            Json.readFields(parser, (name, value) -> readMessageField(name, value, event));
        } else {
            parser.skipChildren();
        }
    }

    private static void readMessageField(String name, JsonParser parser, WireEvent.Builder event)
            throws IOException {
        switch (name) {
            case "content" -> event.text(Json.text(parser));
            // vLLM and DeepSeek stream a reasoning model's thinking here: generated tokens, not the answer.
            case "reasoning_content", "reasoning" -> event.hiddenContent(Json.text(parser));
            case "tool_calls" -> readToolCalls(Json.tree(parser), event);
            default -> parser.skipChildren();
        }
    }

    private static void readToolCalls(JsonNode calls, WireEvent.Builder event) {
        int position = 0;
        for (JsonNode call : calls) {
            Integer index = Json.integer(call, "index");
            JsonNode function = call.path("function");
            String arguments = Json.text(function, "arguments");
            event.toolCall(new ToolCallDelta(index != null ? index : position, Json.text(call, "id"),
                    Json.text(function, "name"), arguments == null ? "" : arguments), true);
            position++;
        }
    }
}
