package dev.aigate.provider.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonCursorTest {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Whatever the cursor accepts or rejects, a full parser does the same. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{}", "[]", "0", "-0.5e+3", "\"x\"", "true", "null", " { \"a\" : [1, 2.0, {\"b\": null}] } ",
        "{\"s\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude42\"}", "{\"a\":1,\"b\":[true,false]}",
        "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]", "[1 2]", "{\"a\":1 \"b\":2}", "01", "1.", "-",
        ".5", "1e", "tru", "nul", "{\"a\":\"unterminated}", "{\"a\":\"bad \\x escape\"}", "{\"a\":\"\\u12G4\"}",
        "{\"a\":\"raw\ttab\"}", "{} {}", "{\"a\":1}x", "", "   ", "{'a':1}", "{a:1}", "[[[[]]]]", "+1", "NaN"
    })
    void acceptsExactlyWhatAFullParserAccepts(String json) {
        boolean jackson = parses(json);

        assertThat(cursorAccepts(json)).as(json).isEqualTo(jackson);
    }

    @Test
    void readsOnlyTheFieldsAskedForAndDecodesTheirText() {
        JsonCursor cursor = cursor("{\"id\":\"x\",\"n\":{\"deep\":[1,{\"x\":\"}\"}]},\"content\":\"a\\nb \\u00e9 🙂\","
                + "\"count\":42,\"frac\":7.9,\"none\":null,\"flag\":true}");
        List<String> seen = new ArrayList<>();
        cursor.beginObject();
        while (cursor.nextField()) {
            if (cursor.fieldIs(OpenAiFormat.ascii("content"))) {
                seen.add("content=" + cursor.text());
            } else if (cursor.fieldIs(OpenAiFormat.ascii("count")) || cursor.fieldIs(OpenAiFormat.ascii("frac"))) {
                seen.add("number=" + cursor.integer());
            } else if (cursor.fieldIs(OpenAiFormat.ascii("none")) || cursor.fieldIs(OpenAiFormat.ascii("flag"))) {
                seen.add("text=" + cursor.text());
            } else {
                cursor.skipValue();
            }
        }
        cursor.end();

        assertThat(seen).containsExactly("content=a\nb é 🙂", "number=42", "number=7", "text=null", "text=true");
    }

    @Test
    void handsOverARawValueForAFullParser() throws Exception {
        JsonCursor cursor = cursor("{\"error\": {\"code\": 500, \"message\": \"dead\"}}");
        cursor.beginObject();
        cursor.nextField();

        assertThat(Json.parseTree(cursor.rawValue()).path("code").asInt()).isEqualTo(500);
    }

    @Test
    void refusesDocumentsNestedTooDeeply() {
        String deep = "[".repeat(300) + "]".repeat(300);

        assertThatThrownBy(() -> cursor(deep).skipValue()).isInstanceOf(JsonCursor.MalformedJson.class);
    }

    @Test
    void readsDocumentsNestedUpToTheLimit() {
        String nested = "[{\"a\":".repeat(128) + "1" + "}]".repeat(128);
        JsonCursor cursor = cursor(nested);

        cursor.skipValue();
        cursor.end();
        assertThat(cursorAccepts("[" + "[]," .repeat(20) + "[[[[[[[[[[1,2]]]]]]]]]]]")).isTrue();
        assertThat(cursorAccepts("[[[[[[[[[[1 2]]]]]]]]]]")).isFalse();
    }

    private static boolean cursorAccepts(String json) {
        try {
            JsonCursor cursor = cursor(json);
            cursor.skipValue();
            cursor.end();
            return true;
        } catch (JsonCursor.MalformedJson e) {
            return false;
        }
    }

    private static boolean parses(String json) {
        try {
            return STRICT.readTree(json) != null && !json.isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    private static JsonCursor cursor(String json) {
        return new JsonCursor(json.getBytes(StandardCharsets.UTF_8));
    }
}
