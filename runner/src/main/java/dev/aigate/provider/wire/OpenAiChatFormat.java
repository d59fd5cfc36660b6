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

    private static final byte[] DELTA = ascii("delta");
    private static final byte[] MESSAGE = ascii("message");
    private static final byte[] CONTENT = ascii("content");
    private static final byte[] REASONING_CONTENT = ascii("reasoning_content");
    private static final byte[] REASONING = ascii("reasoning");
    private static final byte[] TOOL_CALLS = ascii("tool_calls");

    /** The message is {@code delta} in a streamed chunk and {@code message} in a whole answer. */
    @Override
    void readChoiceField(JsonCursor cursor, boolean streamed, WireEvent.Builder event) throws BadPayloadException {
        if (!cursor.fieldIs(streamed ? DELTA : MESSAGE) || !cursor.isObject()) {
            cursor.skipValue();
            return;
        }
        cursor.beginObject();
        while (cursor.nextField()) {
            if (cursor.fieldIs(CONTENT)) {
                event.text(cursor.text());
            } else if (cursor.fieldIs(REASONING_CONTENT) || cursor.fieldIs(REASONING)) {
                // vLLM and DeepSeek stream a reasoning model's thinking here: generated tokens, not the answer.
                event.hiddenContent(cursor.text());
            } else if (cursor.fieldIs(TOOL_CALLS)) {
                readToolCalls(Json.parseTree(cursor.rawValue()), event);
            } else {
                cursor.skipValue();
            }
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
