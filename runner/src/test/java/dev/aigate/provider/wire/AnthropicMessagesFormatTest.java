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

class AnthropicMessagesFormatTest {

    private final AnthropicMessagesFormat format = new AnthropicMessagesFormat(
            HttpUrl.get("https://api.anthropic.com/v1"), "claude-sonnet-4-5", "sk-ant-test-000000000001", Map.of());

    @Test
    void postsToMessagesWithItsKeyAndVersionHeaders() {
        Request request = format.toHttpRequest(ModelRequest.chat("hi", 16));

        assertThat(request.url().toString()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(request.header("x-api-key")).isEqualTo("sk-ant-test-000000000001");
        assertThat(request.header("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(request.header("Authorization")).isNull();
    }

    @Test
    void movesSystemMessagesToTheSystemFieldAndDropsIgnoreEos() {
        ModelRequest request = new ModelRequest(null, List.of(ChatMessage.system("be brief"), ChatMessage.user("q")),
                null, 8, 0.5, true, true, Map.of());

        JsonNode body = RequestBodies.json(format.toHttpRequest(request));

        assertThat(body.path("model").asText()).isEqualTo("claude-sonnet-4-5");
        assertThat(body.path("system").asText()).isEqualTo("be brief");
        assertThat(body.path("messages")).hasSize(1);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(8);
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.5);
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.has("ignore_eos")).isFalse();
        assertThat(body.has("stream_options")).isFalse();
    }

    @Test
    void takesInputTokensFromMessageStartIncludingCachedOnes() throws BadPayloadException {
        WireEvent start = decode("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\","
                + "\"usage\":{\"input_tokens\":20,\"cache_read_input_tokens\":5,\"output_tokens\":1}}}");

        assertThat(start.carriesContent()).isFalse();
        assertThat(start.inputTokens()).isEqualTo(25);
    }

    @Test
    void countsEveryContentBlockDeltaAsContent() throws BadPayloadException {
        WireEvent text = decode("content_block_delta",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi\"}}");
        WireEvent thinking = decode("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
                + "\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"so\"}}");

        assertThat(text.carriesContent()).isTrue();
        assertThat(text.text()).isEqualTo("Hi");
        assertThat(thinking.carriesContent()).isTrue();
        assertThat(thinking.text()).isEmpty();
    }

    @Test
    void assemblesToolUseFromItsBlockStartAndJsonDeltas() throws BadPayloadException {
        WireEvent start = decode("content_block_start", "{\"type\":\"content_block_start\",\"index\":1,"
                + "\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"get_weather\","
                + "\"input\":{}}}");
        WireEvent piece = decode("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,"
                + "\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"city\\\":\"}}");

        assertThat(start.carriesContent()).as("content is deltas only").isFalse();
        assertThat(start.toolCalls()).containsExactly(new ToolCallDelta(1, "toolu_1", "get_weather", ""));
        assertThat(piece.carriesContent()).isTrue();
        assertThat(piece.toolCalls()).containsExactly(new ToolCallDelta(1, null, null, "{\"city\":"));
    }

    @Test
    void takesOutputTokensAndStopReasonFromMessageDeltaAndEndsAtMessageStop() throws BadPayloadException {
        WireEvent delta = decode("message_delta", "{\"type\":\"message_delta\","
                + "\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":15}}");

        assertThat(delta.carriesContent()).isFalse();
        assertThat(delta.outputTokens()).isEqualTo(15);
        assertThat(delta.finishReason()).isEqualTo("end_turn");
        assertThat(decode("message_stop", "{\"type\":\"message_stop\"}").last()).isTrue();
    }

    @Test
    void pingsAndBlockStopsSayNothing() throws BadPayloadException {
        assertThat(decode("ping", "{\"type\": \"ping\"}")).isEqualTo(WireEvent.NOTHING);
        assertThat(decode("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"))
                .isEqualTo(WireEvent.NOTHING);
    }

    @Test
    void errorEventsMapToTheStatusAnthropicWouldHaveSent() throws BadPayloadException {
        WireEvent overloaded = decode("error",
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");
        WireEvent limited = decode("error",
                "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow down\"}}");

        assertThat(overloaded.error().kind()).isEqualTo(ErrorKind.HTTP_5XX);
        assertThat(overloaded.error().message()).isEqualTo("overloaded_error: Overloaded");
        assertThat(limited.error().kind()).isEqualTo(ErrorKind.HTTP_429);
    }

    @Test
    void invalidJsonIsABadPayload() {
        assertThatThrownBy(() -> decode("content_block_delta", "{oops")).isInstanceOf(BadPayloadException.class);
    }

    @Test
    void decodesAWholeBody() throws BadPayloadException {
        WireEvent body = format.decodeBody("""
                {"id":"msg_1","type":"message","role":"assistant","content":[
                  {"type":"text","text":"Let me check."},
                  {"type":"tool_use","id":"toolu_2","name":"lookup","input":{"q":"x"}}],
                 "stop_reason":"tool_use","usage":{"input_tokens":11,"output_tokens":7}}
                """);

        assertThat(body.text()).isEqualTo("Let me check.");
        assertThat(body.toolCalls()).containsExactly(new ToolCallDelta(1, "toolu_2", "lookup", "{\"q\":\"x\"}"));
        assertThat(body.finishReason()).isEqualTo("tool_use");
        assertThat(body.inputTokens()).isEqualTo(11);
        assertThat(body.outputTokens()).isEqualTo(7);
    }

    private WireEvent decode(String type, String data) throws BadPayloadException {
        return format.decodeEvent(SseEvent.of(type, data, 0));
    }
}
