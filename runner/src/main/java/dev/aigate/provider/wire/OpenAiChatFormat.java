package dev.aigate.provider.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.provider.ChatMessage;
import dev.aigate.provider.ModelRequest;

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

    @Override
    void readChoice(JsonNode choice, boolean streamed, WireEvent.Builder event) {
        JsonNode message = choice.path(streamed ? "delta" : "message");
        event.text(Json.text(message, "content"));
        // vLLM and DeepSeek stream a reasoning model's thinking here: generated tokens, not the answer.
        event.hiddenContent(Json.text(message, "reasoning_content"));
        event.hiddenContent(Json.text(message, "reasoning"));
        int position = 0;
        for (JsonNode call : message.path("tool_calls")) {
            Integer index = Json.integer(call, "index");
            JsonNode function = call.path("function");
            String arguments = Json.text(function, "arguments");
            event.toolCall(new ToolCallDelta(index != null ? index : position, Json.text(call, "id"),
                    Json.text(function, "name"), arguments == null ? "" : arguments), true);
            position++;
        }
    }
}
