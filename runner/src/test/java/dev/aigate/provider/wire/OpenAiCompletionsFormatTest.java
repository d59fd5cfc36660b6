package dev.aigate.provider.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.sse.SseEvent;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class OpenAiCompletionsFormatTest {

    private final OpenAiCompletionsFormat format = new OpenAiCompletionsFormat(
            OpenAiRoute.openAi(HttpUrl.get("http://127.0.0.1:8000/v1/"), "completions", null, Map.of()), "llama");

    @Test
    void postsARawPromptToCompletionsWithoutAKeyWhenNoneIsConfigured() {
        ModelRequest request = new ModelRequest(null, List.of(), "Once upon", 32, null, true, true, Map.of());

        Request http = format.toHttpRequest(request);
        JsonNode body = RequestBodies.json(http);

        assertThat(http.url().toString()).as("a trailing slash on the base is harmless")
                .isEqualTo("http://127.0.0.1:8000/v1/completions");
        assertThat(http.header("Authorization")).isNull();
        assertThat(body.path("prompt").asText()).isEqualTo("Once upon");
        assertThat(body.has("messages")).isFalse();
        assertThat(body.path("ignore_eos").asBoolean()).isTrue();
        assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
    }

    @Test
    void joinsAChatRequestsMessagesIntoThePrompt() {
        JsonNode body = RequestBodies.json(format.toHttpRequest(ModelRequest.chat("tell me", 4)));

        assertThat(body.path("prompt").asText()).isEqualTo("tell me");
    }

    @Test
    void textChunksCarryContentAndTheFinishAndUsageChunksDoNot() throws BadPayloadException {
        WireEvent text = decode("{\"choices\":[{\"index\":0,\"text\":\" there\",\"finish_reason\":null}]}");
        WireEvent finish = decode("{\"choices\":[{\"index\":0,\"text\":\"\",\"finish_reason\":\"length\"}]}");
        WireEvent usage = decode("{\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2}}");

        assertThat(text.carriesContent()).isTrue();
        assertThat(text.text()).isEqualTo(" there");
        assertThat(finish.carriesContent()).isFalse();
        assertThat(finish.finishReason()).isEqualTo("length");
        assertThat(usage.carriesContent()).isFalse();
        assertThat(usage.outputTokens()).isEqualTo(2);
    }

    @Test
    void decodesAWholeBody() throws BadPayloadException {
        WireEvent body = format.decodeBody("{\"choices\":[{\"text\":\"a tale\",\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":2,\"completion_tokens\":2}}");

        assertThat(body.text()).isEqualTo("a tale");
        assertThat(body.outputTokens()).isEqualTo(2);
    }

    private WireEvent decode(String data) throws BadPayloadException {
        return format.decodeEvent(SseEvent.of("message", data, 0));
    }
}
