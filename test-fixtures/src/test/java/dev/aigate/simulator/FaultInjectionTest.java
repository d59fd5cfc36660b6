package dev.aigate.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.simulator.TestClient.SseEvent;
import dev.aigate.simulator.TestClient.SseStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every fault kind, injected at rate 1, as a client observes it. */
class FaultInjectionTest {

    private static final String STREAM = """
            {"model": "m", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 10, "ignore_eos": true,
             "stream": true}""";
    private static final String BODY = STREAM.replace("\"stream\": true", "\"stream\": false");

    private static LlmSimulator start(FaultKind kind) {
        return LlmSimulator.start(SimulatorConfig.builder().profile("fast")
                .faults(FaultPlan.NONE.withRate(kind, 1.0).withRetryAfterSeconds(7).withStall(Duration.ofMillis(300)))
                .build());
    }

    @Test
    void http429CarriesRetryAfterAndAnOpenAiRateLimitError() throws Exception {
        try (LlmSimulator simulator = start(FaultKind.HTTP_429)) {
            HttpResponse<String> response = new TestClient(simulator).post("/v1/chat/completions", STREAM);

            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("retry-after")).hasValue("7");
            assertThat(TestClient.json(response.body()).at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
            assertThat(simulator.stats().faults(FaultKind.HTTP_429)).isEqualTo(1);
        }
    }

    @Test
    void http500And503AreErrorBodiesInTheApisOwnFormat() throws Exception {
        try (LlmSimulator simulator = start(FaultKind.HTTP_500)) {
            HttpResponse<String> response = new TestClient(simulator).post("/v1/chat/completions", STREAM);
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(TestClient.json(response.body()).at("/error/type").asText()).isEqualTo("server_error");
        }
        try (LlmSimulator simulator = start(FaultKind.HTTP_503)) {
            HttpResponse<String> response = new TestClient(simulator).post("/v1/messages",
                    "{\"model\": \"c\", \"max_tokens\": 3, \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(TestClient.json(response.body()).at("/error/type").asText()).isEqualTo("overloaded_error");
        }
    }

    @Test
    void resetClosesTheConnectionBeforeAnyResponseByte() throws Exception {
        try (LlmSimulator simulator = start(FaultKind.RESET);
             Socket socket = new Socket("127.0.0.1", simulator.port())) {
            byte[] body = STREAM.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            socket.setSoTimeout(5000);

            assertThat(bytesUntilClosed(socket.getInputStream())).isZero();
            assertThat(simulator.stats().faults(FaultKind.RESET)).isEqualTo(1);
        }
    }

    private static int bytesUntilClosed(InputStream in) throws IOException {
        int count = 0;
        try {
            while (in.read() >= 0) {
                count++;
            }
        } catch (SocketException reset) {
            // "Connection reset": what the fault is for.
        }
        return count;
    }

    @Test
    void cutEndsTheStreamMidwayWithoutFinishOrDone() throws Exception {
        try (LlmSimulator simulator = start(FaultKind.CUT)) {
            SseStream stream = new TestClient(simulator).stream("/v1/chat/completions", STREAM);

            assertThat(stream.truncated()).isTrue();
            // The JDK client may report the broken connection before handing over the lines it had buffered, so
            // only an upper bound is certain here; runner's SimulatorRoundTripTest reads the cut with okhttp.
            assertThat(stream.contentChunks().size()).isLessThanOrEqualTo(5);
            assertThat(stream.events()).noneMatch(SseEvent::isDone);
        }
    }

    @Test
    void cutNonStreamingBodyIsShorterThanItsContentLength() throws Exception {
        try (LlmSimulator simulator = start(FaultKind.CUT)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> new TestClient(simulator).post("/v1/chat/completions", BODY))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void badJsonSlipsOneInvalidEventIntoAnOtherwiseCompleteStream() throws Exception {
        try (LlmSimulator simulator = start(FaultKind.BAD_JSON)) {
            SseStream stream = new TestClient(simulator).stream("/v1/chat/completions", STREAM);

            List<SseEvent> invalid = stream.events().stream().filter(e -> !e.isDone() && !isJson(e.data())).toList();
            assertThat(invalid).hasSize(1);
            assertThat(stream.events().get(stream.events().size() - 1).isDone()).isTrue();
            assertThat(stream.truncated()).isFalse();
        }
    }

    @Test
    void badJsonNonStreamingBodyDoesNotParse() throws Exception {
        try (LlmSimulator simulator = start(FaultKind.BAD_JSON)) {
            HttpResponse<String> response = new TestClient(simulator).post("/v1/chat/completions", BODY);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(isJson(response.body())).isFalse();
        }
    }

    @Test
    void stallPausesTheStreamMidwayThenFinishesIt() throws Exception {
        try (LlmSimulator simulator = start(FaultKind.STALL)) {
            SseStream stream = new TestClient(simulator).stream("/v1/chat/completions", STREAM);

            List<SseEvent> tokens = stream.contentChunks();
            assertThat(tokens).hasSize(10);
            // The second half is held back 300 ms at the server, so it cannot reach the client sooner; an unstalled
            // stream of the fast profile takes about 12 ms.
            assertThat(tokens.get(9).millis()).isGreaterThanOrEqualTo(300);
            // ... and the first half came before the pause.
            assertThat(tokens.get(0).millis()).isLessThan(tokens.get(9).millis() - 150);
            assertThat(stream.events().get(stream.events().size() - 1).isDone()).isTrue();
        }
    }

    @Test
    void faultsSpareHealthAndModels() throws Exception {
        try (LlmSimulator simulator = start(FaultKind.HTTP_500)) {
            TestClient client = new TestClient(simulator);
            assertThat(client.get("/health").statusCode()).isEqualTo(200);
            assertThat(client.get("/v1/models").statusCode()).isEqualTo(200);
        }
    }

    private static boolean isJson(String text) {
        try {
            JsonNode ignored = TestClient.JSON.readTree(text);
            return ignored != null;
        } catch (IOException e) {
            return false;
        }
    }
}
