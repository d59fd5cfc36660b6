package dev.aigate.provider.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.provider.ChatMessage;
import dev.aigate.provider.ModelRequest;
import java.util.stream.Collectors;

/**
 * OpenAI's legacy Completions API ({@code /completions}): a raw prompt in, {@code choices[].text} out. The finish
 * chunk carries empty text and the usage chunk no choices: neither is content.
 */
public final class OpenAiCompletionsFormat extends OpenAiFormat {

    public OpenAiCompletionsFormat(OpenAiRoute route, String defaultModel) {
        super(route, defaultModel);
    }

    /** A chat request sent here has its messages' text joined into one prompt. */
    @Override
    void putPrompt(ObjectNode body, ModelRequest request) {
        String prompt = request.prompt() != null ? request.prompt()
                : request.messages().stream().map(ChatMessage::content).collect(Collectors.joining("\n"));
        body.put("prompt", prompt);
    }

    private static final byte[] TEXT = ascii("text");

    @Override
    void readChoiceField(JsonCursor cursor, boolean streamed, WireEvent.Builder event) {
        if (cursor.fieldIs(TEXT)) {
            event.text(cursor.text());
        } else {
            cursor.skipValue();
        }
    }
}
