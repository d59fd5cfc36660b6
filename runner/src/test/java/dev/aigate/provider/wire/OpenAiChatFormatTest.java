package dev.aigate.provider.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.provider.ChatMessage;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.sse.SseEvent;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class OpenAiChatFormatTest {

    private static final HttpUrl BASE = HttpUrl.get("http://127.0.0.1:8000/v1");
    private final OpenAiChatFormat format =
            new OpenAiChatFormat(OpenAiRoute.openAi(BASE, "chat/completions", "sk-test-key-0001", Map.of()), "llama");

    @Test
    void postsToChatCompletionsWithABearerKey() {
        Request request = format.toHttpRequest(ModelRequest.chat("hi", 16));

        assertThat(request.url().toString()).isEqualTo("http://127.0.0.1:8000/v1/chat/completions");
        assertThat(request.header("Authorization")).isEqualTo("Bearer sk-test-key-0001");
        assertThat(request.header("Accept")).isEqualTo("text/event-stream");
        assertThat(request.header("Accept-Encoding")).isEqualTo("identity");
    }

    @Test
    void asksAStreamForItsUsage() {
        JsonNode body = RequestBodies.json(format.toHttpRequest(ModelRequest.chat("hi", 16)));

        assertThat(body.path("model").asText()).isEqualTo("llama");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("hi");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(16);
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
        assertThat(body.has("ignore_eos")).isFalse();
        assertThat(body.has("temperature")).isFalse();
    }

    @Test
    void sendsIgnoreEosTemperatureModelOverrideAndExtraFields() {
        ModelRequest request = new ModelRequest("other", List.of(ChatMessage.system("be brief"), ChatMessage.user("q")),
                null, 8, 0.0, false, true, Map.of("min_tokens", 8, "max_tokens", 9));

        JsonNode body = RequestBodies.json(format.toHttpRequest(request));

        assertThat(body.path("model").asText()).isEqualTo("other");
        assertThat(body.path("ignore_eos").asBoolean()).isTrue();
        assertThat(body.path("temperature").asDouble()).isZero();
        assertThat(body.path("min_tokens").asInt()).isEqualTo(8);
        assertThat(body.path("max_tokens").asInt()).as("extra fields override ours").isEqualTo(9);
        assertThat(body.path("stream").asBoolean()).isFalse();
        assertThat(body.has("stream_options")).isFalse();
        assertThat(body.path("messages")).hasSize(2);
    }

    @Test
    void roleOnlyChunkCarriesNoContent() throws BadPayloadException {
        WireEvent event = decode("{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}");

        assertThat(event.carriesContent()).isFalse();
        assertThat(event.text()).isEmpty();
    }

    @Test
    void textChunkCarriesContent() throws BadPayloadException {
        WireEvent event =
                decode("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"},\"finish_reason\":null}]}");

        assertThat(event.carriesContent()).isTrue();
        assertThat(event.text()).isEqualTo("Hel");
        assertThat(event.finishReason()).isNull();
    }

    @Test
    void finishChunkWithEmptyDeltaCarriesNoContent() throws BadPayloadException {
        WireEvent event = decode("{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}]}");

        assertThat(event.carriesContent()).isFalse();
        assertThat(event.finishReason()).isEqualTo("length");
    }

    @Test
    void usageChunkCarriesCountsButNoContent() throws BadPayloadException {
        WireEvent event = decode("{\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":5}}");

        assertThat(event.carriesContent()).isFalse();
        assertThat(event.inputTokens()).isEqualTo(12);
        assertThat(event.outputTokens()).isEqualTo(5);
    }

    @Test
    void reasoningChunkCarriesContentButNoAnswerText() throws BadPayloadException {
        WireEvent event = decode("{\"choices\":[{\"delta\":{\"reasoning_content\":\"hmm\"}}]}");

        assertThat(event.carriesContent()).isTrue();
        assertThat(event.text()).isEmpty();
    }

    @Test
    void toolCallChunksCarryContentAndPieces() throws BadPayloadException {
        WireEvent first = decode("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\","
                + "\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]}}]}");
        WireEvent next = decode("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,"
                + "\"function\":{\"arguments\":\"{\\\"city\\\"\"}}]}}]}");

        assertThat(first.carriesContent()).isTrue();
        assertThat(first.toolCalls()).containsExactly(new ToolCallDelta(0, "call_1", "get_weather", ""));
        assertThat(next.toolCalls()).containsExactly(new ToolCallDelta(0, null, null, "{\"city\""));
    }

    @Test
    void doneEndsTheStream() throws BadPayloadException {
        assertThat(decode("[DONE]").last()).isTrue();
    }

    @Test
    void errorObjectInTheStreamFailsWithTheKindItsCodeNames() throws BadPayloadException {
        WireEvent withCode = decode("{\"error\":{\"object\":\"error\",\"message\":\"too long\",\"code\":400}}");
        WireEvent withoutCode = decode("{\"error\":{\"message\":\"engine died\"}}");

        assertThat(withCode.error()).isEqualTo(new StreamError(ErrorKind.HTTP_4XX, "too long"));
        assertThat(withoutCode.error().kind()).isEqualTo(ErrorKind.HTTP_5XX);
    }

    @Test
    void invalidJsonIsABadPayload() {
        assertThatThrownBy(() -> decode("{\"choices\":[{\"delta\":")).isInstanceOf(BadPayloadException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> decode("42")).isInstanceOf(BadPayloadException.class);
    }

    @Test
    void decodesAWholeBody() throws BadPayloadException {
        WireEvent body = format.decodeBody("""
                {"id":"x","object":"chat.completion","choices":[{"index":0,
                 "message":{"role":"assistant","content":"Hello there","tool_calls":[
                   {"id":"call_9","type":"function","function":{"name":"lookup","arguments":"{\\"q\\":1}"}}]},
                 "finish_reason":"stop"}],
                 "usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12}}
                """);

        assertThat(body.carriesContent()).isTrue();
        assertThat(body.text()).isEqualTo("Hello there");
        assertThat(body.toolCalls()).containsExactly(new ToolCallDelta(0, "call_9", "lookup", "{\"q\":1}"));
        assertThat(body.finishReason()).isEqualTo("stop");
        assertThat(body.inputTokens()).isEqualTo(9);
        assertThat(body.outputTokens()).isEqualTo(3);
    }

    @Test
    void aBodyWithoutChoicesIsABadPayload() {
        assertThatThrownBy(() -> format.decodeBody("{\"object\":\"chat.completion\"}"))
                .isInstanceOf(BadPayloadException.class);
    }

    private WireEvent decode(String data) throws BadPayloadException {
        return format.decodeEvent(SseEvent.of("message", data, 0));
    }
}
