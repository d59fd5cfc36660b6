package dev.aigate.provider;

import static dev.aigate.provider.MockTargets.VLLM_CHAT_STREAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every target fault of SPEC §4: each ends as one {@link Completion} with its documented {@link ErrorKind}, is
 * retried only where that is safe, and never throws.
 */
class FaultHandlingTest {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(300);

    private final MockWebServer server = new MockWebServer();
    private final MockTargets.RecordingSleeper sleeper = new MockTargets.RecordingSleeper();
    private ModelClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = ModelClients.create(config(), Map.of(), sleeper);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.shutdown();
    }

    private ProviderConfig config() {
        return MockTargets.openAi(server).withTimeouts(Duration.ofSeconds(5), READ_TIMEOUT, Duration.ofSeconds(30));
    }

    @Test
    void honoursRetryAfterOn429ThenSucceeds() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2")
                .setBody("{\"error\":{\"message\":\"rate limited\"}}"));
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM));
        ModelClient patient = ModelClients.create(config().withRetry(
                new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(10))), Map.of(), sleeper);

        Completion completion = patient.send(ModelRequest.chat("hi", 2));
        patient.close();

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.retries()).isEqualTo(1);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void honoursALongRetryAfterInFullWhenItFitsTheRequestTimeout() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "20"));
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.succeeded()).isTrue();
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void honoursARetryAfterDateInFull() {
        String inTwentySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20));
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", inTwentySeconds));
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.succeeded()).isTrue();
        // The date has whole seconds: the wait is the rest of the 20th second from now.
        assertThat(sleeper.waits).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(20)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3600", "in an hour"})
    void aRetryAfterBeyondTheRequestTimeoutFailsAs429WithoutRetrying(String retryAfter) {
        String value = retryAfter.equals("in an hour") ? DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusHours(1)) : retryAfter;
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", value)
                .setBody("{\"error\":{\"message\":\"rate limited\"}}"));
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.HTTP_429);
        assertThat(completion.retries()).isZero();
        assertThat(sleeper.waits).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(completion.failure().message())
                .contains("rate limited")
                .contains("not retried: the server asked to wait")
                .contains("longer than the request timeout of 30s allows");
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void retriesGatewayAndUnavailableErrors(int status) {
        server.enqueue(new MockResponse().setResponseCode(status).setBody("upstream down"));
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.retries()).isEqualTo(1);
        assertThat(completion.text()).isEqualTo("Hello world");
    }

    @Test
    void givesUpAfterMaxRetriesWithTheLastFailure() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(503).setBody("busy " + i));
        }

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.HTTP_5XX);
        assertThat(completion.failure().httpStatus()).isEqualTo(503);
        assertThat(completion.failure().message()).contains("busy 3");
        assertThat(completion.retries()).isEqualTo(3);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aPersistent429FailsAsRateLimited() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(429));
        }

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.HTTP_429);
        assertThat(completion.retries()).isEqualTo(3);
    }

    @Test
    void neverRetriesA500() {
        server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\":\"CUDA out of memory\"}"));
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.HTTP_5XX);
        assertThat(completion.failure().message()).startsWith("HTTP 500").contains("CUDA out of memory");
        assertThat(completion.retries()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void neverRetriesA400() {
        server.enqueue(new MockResponse().setResponseCode(400)
                .setBody("{\"object\":\"error\",\"message\":\"max_tokens is too large\",\"code\":400}"));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.HTTP_4XX);
        assertThat(completion.failure().httpStatus()).isEqualTo(400);
        assertThat(completion.failure().message()).contains("max_tokens is too large");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retriesAConnectionResetBeforeAnyResponse() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.retries()).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionFailsAsConnectionAfterItsRetries() throws Exception {
        MockWebServer gone = new MockWebServer();
        gone.start();
        ProviderConfig config = MockTargets.openAi(gone);
        gone.shutdown();

        try (ModelClient refused = ModelClients.create(config, Map.of(), sleeper)) {
            Completion completion = refused.send(ModelRequest.chat("hi", 2));

            assertThat(completion.failure().kind()).isEqualTo(ErrorKind.CONNECTION);
            assertThat(completion.failure().httpStatus()).isZero();
            assertThat(completion.retries()).isEqualTo(3);
            assertThat(completion.contentEvents()).isZero();
        }
    }

    @Test
    void aStreamEndingBeforeDoneIsTruncated() {
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM.subList(0, 3)));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.STREAM_TRUNCATED);
        assertThat(completion.contentEvents()).as("what arrived is kept").isEqualTo(2);
        assertThat(completion.retries()).isZero();
    }

    @Test
    void aConnectionCutAfterTheFirstTokenIsTruncatedAndNotRetried() {
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM)
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.STREAM_TRUNCATED);
        assertThat(completion.contentEvents()).isPositive();
        assertThat(completion.retries()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anInvalidJsonChunkIsABadPayload() {
        server.enqueue(MockTargets.sse(List.of(VLLM_CHAT_STREAM.get(0), VLLM_CHAT_STREAM.get(1),
                "{\"choices\":[{\"delta\":{\"content\":\"trunc", "[DONE]")));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.BAD_PAYLOAD);
        assertThat(completion.failure().message()).contains("not valid JSON");
        assertThat(completion.text()).isEqualTo("Hello");
    }

    @Test
    void aNonJsonBodyIsABadPayload() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>proxy</html>"));

        Completion completion = client.send(ModelRequest.chat("hi", 2).withStream(false));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.BAD_PAYLOAD);
    }

    @Test
    void anErrorObjectInTheStreamFailsByItsCode() {
        server.enqueue(MockTargets.sse(List.of(VLLM_CHAT_STREAM.get(0), VLLM_CHAT_STREAM.get(1),
                "{\"error\":{\"object\":\"error\",\"message\":\"engine dead\",\"type\":\"InternalServerError\","
                        + "\"code\":500}}", "[DONE]")));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.HTTP_5XX);
        assertThat(completion.failure().message()).contains("engine dead");
        assertThat(completion.failure().httpStatus()).isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aServerThatNeverAnswersTimesOutAndIsNotRetried() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(completion.retries()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRequestTimeoutIsReportedAsConfiguredNotAsTheTimeLeftForTheLastAttempt() {
        ModelClient impatient = ModelClients.create(config().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(2)), Map.of(), sleeper);
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM));
        assertThat(impatient.send(ModelRequest.chat("warm-up", 2)).succeeded()).isTrue();
        // The first attempt takes 300 ms of the request's 2 s; the second has at most 1.7 s left, and runs out.
        server.enqueue(new MockResponse().setResponseCode(503).setHeadersDelay(300, TimeUnit.MILLISECONDS));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        Completion completion = impatient.send(ModelRequest.chat("hi", 2));
        impatient.close();

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(completion.retries()).isEqualTo(1);
        assertThat(completion.failure().message()).contains("the request timeout of 2s ran out");
    }

    @Test
    void aStreamThatStallsAfterItsFirstTokenTimesOut() {
        String firstTwoEvents = MockTargets.events(VLLM_CHAT_STREAM.subList(0, 2));
        server.enqueue(MockTargets.sseBody(firstTwoEvents + MockTargets.events(VLLM_CHAT_STREAM.subList(2, 6)))
                .throttleBody(firstTwoEvents.length(), 5 * READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(completion.contentEvents()).isEqualTo(1);
        assertThat(completion.retries()).isZero();
    }

    @Test
    void aRedirectIsNotFollowed() {
        server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", "http://127.0.0.1:1/v1"));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.failure().httpStatus()).isEqualTo(307);
        assertThat(completion.failure().message()).contains("redirects are not followed");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void turningRetriesOffMeasuresTheServerAlone() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(MockTargets.sse(VLLM_CHAT_STREAM));

        try (ModelClient pure = ModelClients.create(config().withRetry(RetryPolicy.NONE), Map.of(), sleeper)) {
            Completion completion = pure.send(ModelRequest.chat("hi", 2));

            assertThat(completion.failure().kind()).isEqualTo(ErrorKind.HTTP_5XX);
            assertThat(completion.retries()).isZero();
        }
    }
}
