package dev.aigate.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A key sent to a server never comes back out in a failure, even when the server quotes it. */
class SecretRedactionTest {

    /** Shaped like no known key format, so only registration with the redactor can mask it. */
    private static final String KEY = "plainfakekey7F3k9Qz2Lm8Xw4";

    private final MockWebServer server = new MockWebServer();
    private ModelClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = ModelClients.create(MockTargets.openAi(server).withApiKeyEnv("AIGATE_TEST_TOKEN"),
                Map.of("AIGATE_TEST_TOKEN", KEY));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.shutdown();
    }

    @Test
    void anErrorBodyEchoingTheKeyIsRedacted() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(401).setBody(
                "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ". Check your key.\"}}"));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.HTTP_4XX);
        assertThat(completion.failure().message()).contains("Incorrect API key provided").doesNotContain(KEY);
        assertThat(completion.toString()).doesNotContain(KEY);
    }

    @Test
    void aKeyCutByTheSnippetLimitDoesNotLeakHalfOfIt() {
        String filler = "x".repeat(190);
        server.enqueue(new MockResponse().setResponseCode(403).setBody(filler + " " + KEY + " " + filler));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().message()).doesNotContain(KEY.substring(0, 8));
    }

    @Test
    void anInStreamErrorQuotingTheKeyIsRedacted() {
        server.enqueue(MockTargets.sse(List.of(
                "{\"error\":{\"message\":\"bad auth header Bearer " + KEY + "\",\"code\":401}}")));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.HTTP_4XX);
        assertThat(completion.failure().message()).doesNotContain(KEY);
    }

    @Test
    void anInvalidChunkQuotingTheKeyIsRedacted() {
        server.enqueue(MockTargets.sse(List.of("not json " + KEY)));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.BAD_PAYLOAD);
        assertThat(completion.failure().message()).doesNotContain(KEY);
    }
}
