package dev.aigate.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.simulator.TestClient.SseEvent;
import dev.aigate.simulator.TestClient.SseStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Anthropic Messages API, streaming and not. */
class AnthropicMessagesTest {

    private static LlmSimulator simulator;
    private static TestClient client;

    @BeforeAll
    static void start() {
        simulator = LlmSimulator.start(SimulatorConfig.builder().profile("fast").scripts(ScriptSet.of(
                new ScriptRule(RuleMatch.any().prompt("weather"), ScriptResponse.toolCalls(List.of(
                        new ToolCall("toolu_1", "get_weather", "{\"city\":\"Paris\"}"))))))
                .build());
        client = new TestClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static final String REQUEST = """
            {"model": "claude-sonnet-4-5", "max_tokens": 6, "ignore_eos": true, "stream": %s,
             "system": "Be brief.", "messages": [{"role": "user", "content": [{"type": "text", "text": "%s"}]}]}""";

    @Test
    void streamsTheMessageEventSequence() throws Exception {
        SseStream stream = client.stream("/v1/messages", REQUEST.formatted(true, "Hello there"));

        assertThat(stream.status()).isEqualTo(200);
        List<String> names = stream.events().stream().map(SseEvent::event).toList();
        assertThat(names).containsExactly("message_start", "content_block_start", "ping",
                "content_block_delta", "content_block_delta", "content_block_delta", "content_block_delta",
                "content_block_delta", "content_block_delta", "content_block_stop", "message_delta", "message_stop");
        assertThat(stream.events()).allSatisfy(event -> assertThat(event.json().path("type").asText())
                .isEqualTo(event.event()));

        JsonNode start = stream.events().get(0).json().path("message");
        assertThat(start.path("id").asText()).startsWith("msg_");
        assertThat(start.path("role").asText()).isEqualTo("assistant");
        assertThat(start.path("model").asText()).isEqualTo("claude-sonnet-4-5");
        assertThat(start.at("/usage/input_tokens").asInt()).isEqualTo(6); // "Be brief.\nHello there": 21 chars
        assertThat(stream.events().get(1).json().at("/content_block/type").asText()).isEqualTo("text");
        JsonNode delta = stream.events().get(3).json();
        assertThat(delta.path("index").asInt()).isZero();
        assertThat(delta.at("/delta/type").asText()).isEqualTo("text_delta");
        assertThat(delta.at("/delta/text").asText()).isNotEmpty();
        JsonNode messageDelta = stream.events().get(10).json();
        assertThat(messageDelta.at("/delta/stop_reason").asText()).isEqualTo("max_tokens");
        assertThat(messageDelta.at("/usage/output_tokens").asInt()).isEqualTo(6);
    }

    @Test
    void answersWithOneMessageWhenNotStreaming() throws Exception {
        HttpResponse<String> response = client.post("/v1/messages", REQUEST.formatted(false, "Hello"));

        JsonNode body = TestClient.json(response.body());
        assertThat(body.path("type").asText()).isEqualTo("message");
        assertThat(body.at("/content/0/type").asText()).isEqualTo("text");
        assertThat(body.at("/content/0/text").asText()).isNotBlank();
        assertThat(body.path("stop_reason").asText()).isEqualTo("max_tokens");
        assertThat(body.at("/usage/output_tokens").asInt()).isEqualTo(6);
        assertThat(body.path("stop_sequence").isNull()).isTrue();
    }

    @Test
    void scriptedToolCallsBecomeToolUseBlocks() throws Exception {
        JsonNode body = TestClient.json(client.post("/v1/messages",
                REQUEST.formatted(false, "What is the weather?")).body());
        assertThat(body.at("/content/0/type").asText()).isEqualTo("tool_use");
        assertThat(body.at("/content/0/name").asText()).isEqualTo("get_weather");
        assertThat(body.at("/content/0/input/city").asText()).isEqualTo("Paris");
        assertThat(body.path("stop_reason").asText()).isEqualTo("tool_use");

        SseStream stream = client.stream("/v1/messages", REQUEST.formatted(true, "What is the weather?"));
        JsonNode blockStart = stream.events().stream().filter(e -> "content_block_start".equals(e.event()))
                .findFirst().orElseThrow().json();
        assertThat(blockStart.at("/content_block/type").asText()).isEqualTo("tool_use");
        String json = stream.events().stream().filter(e -> "content_block_delta".equals(e.event()))
                .map(e -> e.json().at("/delta/partial_json").asText()).reduce("", String::concat);
        assertThat(TestClient.json(json).path("city").asText()).isEqualTo("Paris");
    }

    @Test
    void requiresMaxTokensAsAnthropicDoes() throws Exception {
        HttpResponse<String> response = client.post("/v1/messages",
                "{\"model\": \"c\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = TestClient.json(response.body());
        assertThat(body.path("type").asText()).isEqualTo("error");
        assertThat(body.at("/error/type").asText()).isEqualTo("invalid_request_error");
        assertThat(body.at("/error/message").asText()).contains("max_tokens");
    }
}
