package dev.aigate.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replays of Anthropic's Messages API, stream and body, through the public API. */
class AnthropicClientTest {

    private static final String KEY = "sk-ant-api03-fake-test-key-0000";

    /** Anthropic's documented event stream for a short text answer, ping and all. */
    private static final String STREAM = """
            event: message_start
            data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],\
            "model":"claude-sonnet-4-5","stop_reason":null,"usage":{"input_tokens":25,"output_tokens":1}}}

            event: content_block_start
            data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

            event: ping
            data: {"type": "ping"}

            event: content_block_delta
            data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}

            event: content_block_delta
            data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"!"}}

            event: content_block_stop
            data: {"type":"content_block_stop","index":0}

            event: message_delta
            data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},\
            "usage":{"output_tokens":15}}

            event: message_stop
            data: {"type":"message_stop"}

            """;

    private final MockWebServer server = new MockWebServer();
    private ModelClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        ProviderConfig config = ProviderConfig.anthropic(server.url("/v1").toString(), "claude-sonnet-4-5")
                .withApiKeyEnv("ANTHROPIC_API_KEY").withRetry(MockTargets.FAST_RETRIES);
        client = ModelClients.create(config, Map.of("ANTHROPIC_API_KEY", KEY));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.shutdown();
    }

    @Test
    void readsTheEventStreamWithUsageFromStartAndDelta() throws Exception {
        server.enqueue(MockTargets.sseBody(STREAM));

        Completion completion = client.send(ModelRequest.chat("hi", 64));

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.text()).isEqualTo("Hello!");
        assertThat(completion.contentEvents()).as("only content_block_delta events").isEqualTo(2);
        assertThat(completion.usage()).isEqualTo(new TokenUsage(25, 15));
        assertThat(completion.finishReason()).isEqualTo("end_turn");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/v1/messages");
        assertThat(request.getHeader("x-api-key")).isEqualTo(KEY);
        assertThat(request.getHeader("anthropic-version")).isEqualTo("2023-06-01");
    }

    /**
     * message_start's {@code output_tokens} is a placeholder (1) sent before anything was generated: a server whose
     * message_delta carries no usage sent no output count, so the caller counts the tokens itself (SPEC §4).
     */
    @Test
    void takesNoOutputCountFromMessageStartAlone() {
        server.enqueue(MockTargets.sseBody(STREAM.replace(",\"usage\":{\"output_tokens\":15}}", "}")));

        Completion completion = client.send(ModelRequest.chat("hi", 64));

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.usage()).as("no output count was sent").isNull();
    }

    @Test
    void aStreamWithoutMessageStopIsTruncated() {
        server.enqueue(MockTargets.sseBody(STREAM.substring(0, STREAM.indexOf("event: message_stop"))));

        Completion completion = client.send(ModelRequest.chat("hi", 64));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.STREAM_TRUNCATED);
        assertThat(completion.contentEvents()).isEqualTo(2);
    }

    @Test
    void anOverloadedErrorEventFailsAsAServerError() {
        server.enqueue(MockTargets.sseBody(STREAM.substring(0, STREAM.indexOf("event: content_block_stop"))
                + "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                + "\"message\":\"Overloaded\"}}\n\n"));

        Completion completion = client.send(ModelRequest.chat("hi", 64));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.HTTP_5XX);
        assertThat(completion.failure().message()).contains("overloaded_error: Overloaded");
        assertThat(completion.failure().httpStatus()).isEqualTo(200);
        assertThat(server.getRequestCount()).as("tokens had arrived: never retried").isEqualTo(1);
    }

    @Test
    void readsAWholeMessageBody() {
        server.enqueue(MockTargets.json("""
                {"id":"msg_2","type":"message","role":"assistant","model":"claude-sonnet-4-5",
                 "content":[{"type":"text","text":"Hi there."}],"stop_reason":"end_turn",
                 "usage":{"input_tokens":10,"output_tokens":4}}"""));

        Completion completion = client.send(ModelRequest.chat("hi", 64).withStream(false));

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.text()).isEqualTo("Hi there.");
        assertThat(completion.contentEvents()).isEqualTo(1);
        assertThat(completion.usage()).isEqualTo(new TokenUsage(10, 4));
    }
}
