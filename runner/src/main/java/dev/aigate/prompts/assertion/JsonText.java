package dev.aigate.prompts.assertion;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/** Finds JSON in model output: the whole text, or the first object or array embedded in prose or a code fence. */
final class JsonText {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonText() {
    }

    /** The text as one JSON value, allowing surrounding whitespace and a Markdown code fence. */
    static Optional<JsonNode> whole(String text) {
        String body = unfenced(text.strip());
        try {
            JsonNode node = MAPPER.readTree(body);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The first JSON object or array that starts somewhere in the text and parses. */
    static Optional<JsonNode> embedded(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                Optional<JsonNode> value = firstValue(text.substring(i));
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> firstValue(String text) {
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            JsonNode node = parser.readValueAsTree();
            return Optional.ofNullable(node);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String unfenced(String text) {
        if (text.startsWith("```") && text.endsWith("```") && text.length() >= 6) {
            String inner = text.substring(3, text.length() - 3);
            int newline = inner.indexOf('\n');
            return newline < 0 ? inner : inner.substring(newline + 1);
        }
        return text;
    }
}
