package dev.aigate.provider.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.provider.ChatMessage;
import dev.aigate.provider.ModelRequest;
import java.io.IOException;
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

    @Override
    void readChoiceField(String field, JsonParser parser, boolean streamed, WireEvent.Builder event)
            throws IOException {
        if (field.equals("text")) {
            event.text(Json.text(parser));
        } else {
            parser.skipChildren();
        }
    }
}
