package dev.aigate.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.provider.Completion;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelClients;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.ProviderConfig;
import dev.aigate.provider.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the transport uses its connections: kept alive between requests, released at a stream's final event. */
class HttpTransportTest {

    private static final String STREAM = "data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\n"
            + "data: [DONE]\n\n";

    private final MockWebServer server = new MockWebServer();
    private ModelClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = ModelClients.create(ProviderConfig.openAi(server.url("/v1").toString(), "m")
                .withRetry(RetryPolicy.NONE).withConcurrency(1)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(60)), Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.shutdown();
    }

    @Test
    void keepsOneConnectionAliveAcrossRequests() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(sse(STREAM));
            assertThat(client.send(ModelRequest.chat("hi", 1)).succeeded()).isTrue();
        }

        for (int i = 0; i < 3; i++) {
            assertThat(server.takeRequest().getSequenceNumber()).as("request %d on the first connection", i)
                    .isEqualTo(i);
        }
    }

    @Test
    void opensANewConnectionWhenTheServerClosesItsOwn() throws Exception {
        server.enqueue(sse(STREAM).setHeader("Connection", "close"));
        server.enqueue(sse(STREAM));

        assertThat(client.send(ModelRequest.chat("hi", 1)).succeeded()).isTrue();
        assertThat(client.send(ModelRequest.chat("hi", 1)).succeeded()).isTrue();

        assertThat(server.takeRequest().getSequenceNumber()).isZero();
        assertThat(server.takeRequest().getSequenceNumber()).as("first request of a new connection").isZero();
    }

    /**
     * The answer is complete at its final event: the caller is not held until the body ends, however long the
     * server takes to send the rest (here a comment it sends four seconds later).
     */
    @Test
    void releasesTheCallerAtTheFinalEventNotAtTheEndOfTheBody() {
        // MockWebServer throttles the request body too: the first period must hold all of it.
        String head = ": " + "x".repeat(2000) + "\n\n" + STREAM;
        String tail = ": " + "x".repeat(98) + "\n\n";
        server.enqueue(sse(head + tail).throttleBody(head.length(), 4, TimeUnit.SECONDS));

        long before = System.nanoTime();
        Completion completion = client.send(ModelRequest.chat("hi", 1));
        long waited = System.nanoTime() - before;

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.text()).isEqualTo("Hi");
        assertThat(Duration.ofNanos(waited)).isLessThan(Duration.ofSeconds(3));
    }

    private static MockResponse sse(String body) {
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body);
    }
}
