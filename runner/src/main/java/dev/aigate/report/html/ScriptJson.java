package dev.aigate.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON made safe to sit inside {@code <script type="application/json">}: whatever the strings hold (a model's
 * output, a suite's prompt), the text can neither close the element ({@code </script>}), open a comment
 * ({@code <!--}), nor break a JavaScript line (U+2028, U+2029); the escapes leave the parsed JSON unchanged.
 */
public final class ScriptJson {

    private static final ObjectMapper COMPACT = new ObjectMapper();

    private ScriptJson() {
    }

    public static String of(JsonNode json) {
        String text;
        try {
            text = COMPACT.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report data", e);
        }
        StringBuilder safe = new StringBuilder(text.length() + 64);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
