package dev.aigate.provider;

import static dev.aigate.provider.MockTargets.VLLM_CHAT_STREAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replays of what OpenAI-compatible servers (vLLM's shapes) really send, through the public API. */
class OpenAiClientTest {

    private final MockWebServer server = new MockWebServer();
    private ModelClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = MockTargets.client(MockTargets.openAi(server));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.shutdown();
    }

    @Test
    void readsAChatStreamCountingOnlyChunksThatCarryText() throws Exception {
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM));
        List<String> observed = new ArrayList<>();

        Completion completion = client.send(ModelRequest.chat("hi", 2), (nanos, text) -> observed.add(text));

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.text()).isEqualTo("Hello world");
        assertThat(completion.contentEvents()).as("role, finish and usage chunks are not content").isEqualTo(2);
        assertThat(observed).containsExactly("Hello", " world");
        assertThat(completion.usage()).isEqualTo(new TokenUsage(7, 2));
        assertThat(completion.finishReason()).isEqualTo("length");
        assertThat(completion.retries()).isZero();
        assertThat(completion.contentEventNanos()).isSorted();
        assertThat(completion.contentEventNanos()[0]).isGreaterThanOrEqualTo(completion.startNanos());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/v1/chat/completions");
        JsonNode body = new ObjectMapper().readTree(request.getBody().readUtf8());
        assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
        assertThat(request.getHeader("Authorization")).as("no key configured, none sent").isNull();
    }

    @Test
    void ignoresKeepAliveComments() {
        server.enqueue(MockTargets.sseBody(": keep-alive\n\n" + MockTargets.events(VLLM_CHAT_STREAM.subList(0, 2))
                + ": ping\n\n" + MockTargets.events(VLLM_CHAT_STREAM.subList(2, VLLM_CHAT_STREAM.size()))));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.contentEvents()).isEqualTo(2);
    }

    @Test
    void readsANonStreamingAnswerAsOneContentEvent() {
        server.enqueue(MockTargets.json("""
                {"id":"cmpl-2","object":"chat.completion","model":"m","choices":[{"index":0,
                 "message":{"role":"assistant","content":"Paris."},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}}"""));

        Completion completion = client.send(ModelRequest.chat("capital of France?", 8).withStream(false));

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.text()).isEqualTo("Paris.");
        assertThat(completion.contentEvents()).isEqualTo(1);
        assertThat(completion.usage()).isEqualTo(new TokenUsage(12, 3));
    }

    @Test
    void readsAJsonAnswerToAStreamRequestWhole() {
        server.enqueue(MockTargets.json(
                "{\"choices\":[{\"message\":{\"content\":\"ok\"},\"finish_reason\":\"stop\"}]}"));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.text()).isEqualTo("ok");
    }

    @Test
    void assemblesStreamedToolCalls() {
        server.enqueue(MockTargets.sse(List.of(
                "{\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}",
                "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]}}]}",
                "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,"
                        + "\"function\":{\"arguments\":\"{\\\"city\\\":\"}}]}}]}",
                "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,"
                        + "\"function\":{\"arguments\":\"\\\"Oslo\\\"}\"}}]}}]}",
                "{\"choices\":[{\"delta\":{},\"finish_reason\":\"tool_calls\"}]}",
                "[DONE]")));

        Completion completion = client.send(ModelRequest.chat("weather in Oslo?", 32));

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.toolCalls())
                .containsExactly(new ToolCall("call_1", "get_weather", "{\"city\":\"Oslo\"}"));
        assertThat(completion.contentEvents()).isEqualTo(3);
        assertThat(completion.text()).isEmpty();
        assertThat(completion.usage()).as("the server sent none").isNull();
    }

    @Test
    void streamsFromTheCompletionsEndpoint() throws Exception {
        try (ModelClient completions = MockTargets.client(
                MockTargets.openAi(server).withEndpoint(ProviderConfig.Endpoint.COMPLETIONS))) {
            server.enqueue(MockTargets.sse(List.of(
                    "{\"id\":\"cmpl-3\",\"object\":\"text_completion\",\"choices\":[{\"index\":0,\"text\":\" upon\","
                            + "\"finish_reason\":null}]}",
                    "{\"id\":\"cmpl-3\",\"object\":\"text_completion\",\"choices\":[{\"index\":0,\"text\":\" a\","
                            + "\"finish_reason\":null}]}",
                    "{\"id\":\"cmpl-3\",\"object\":\"text_completion\",\"choices\":[{\"index\":0,\"text\":\"\","
                            + "\"finish_reason\":\"length\"}]}",
                    "{\"id\":\"cmpl-3\",\"object\":\"text_completion\",\"choices\":[],"
                            + "\"usage\":{\"prompt_tokens\":2,\"completion_tokens\":2,\"total_tokens\":4}}",
                    "[DONE]")));

            Completion completion = completions.send(
                    new ModelRequest(null, List.of(), "Once", 2, null, true, true, Map.of()));

            assertThat(completion.succeeded()).isTrue();
            assertThat(completion.text()).isEqualTo(" upon a");
            assertThat(completion.contentEvents()).isEqualTo(2);
            assertThat(completion.usage()).isEqualTo(new TokenUsage(2, 2));
            RecordedRequest request = server.takeRequest();
            assertThat(request.getPath()).isEqualTo("/v1/completions");
            assertThat(request.getBody().readUtf8()).contains("\"ignore_eos\":true");
        }
    }
}
