package dev.aigate.provider.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.provider.Completion;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelClients;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.ProviderConfig;
import dev.aigate.provider.RetryPolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void warmingUpOpensAConnectionPerSlotAndSendsNothing() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ModelClient threeSlots = client("http://127.0.0.1:" + listener.getLocalPort() + "/v1", 3)) {
            threeSlots.warmUp(ModelRequest.chat("hi", 1), 5);

            listener.setSoTimeout(2000);
            List<Socket> accepted = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                accepted.add(listener.accept());
            }
            listener.setSoTimeout(300);
            assertThatThrownBy(listener::accept).as("no fourth connection: three slots")
                    .isInstanceOf(SocketTimeoutException.class);
            for (Socket connection : accepted) {
                connection.setSoTimeout(200);
                assertThatThrownBy(() -> connection.getInputStream().read()).as("nothing sent")
                        .isInstanceOf(SocketTimeoutException.class);
                connection.close();
            }
        }
    }

    @Test
    void warmingUpLeavesAnUnreachableTargetToTheRequests() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        try (ModelClient unreachable = client("http://127.0.0.1:" + closedPort + "/v1", 3)) {
            unreachable.warmUp(ModelRequest.chat("hi", 1), 3);

            Completion completion = unreachable.send(ModelRequest.chat("hi", 1));
            assertThat(completion.failure().kind()).isEqualTo(ErrorKind.CONNECTION);
        }
    }

    private static ModelClient client(String baseUrl, int concurrency) {
        return ModelClients.create(ProviderConfig.openAi(baseUrl, "m").withRetry(RetryPolicy.NONE)
                .withConcurrency(concurrency)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(60)), Map.of());
    }

    private static MockResponse sse(String body) {
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body);
    }
}
