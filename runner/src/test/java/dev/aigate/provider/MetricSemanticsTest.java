package dev.aigate.provider;

import static dev.aigate.provider.MockTargets.VLLM_CHAT_STREAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timing truths SPEC §4 fixes: when a request starts, which events count for TTFT and E2EL. The server runs in
 * this JVM, so its {@link System#nanoTime()} readings are comparable with the client's. Only lower bounds on gaps
 * are asserted: a loaded machine can make things later, never earlier.
 */
class MetricSemanticsTest {

    private static final long PERIOD_MILLIS = 60;

    private final MockWebServer server = new MockWebServer();
    private final List<Long> serverReceivedNanos = new ArrayList<>();
    private final List<MockResponse> answers = new ArrayList<>();
    private ModelClient client;

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                synchronized (serverReceivedNanos) {
                    serverReceivedNanos.add(System.nanoTime());
                    return answers.remove(0);
                }
            }

            /** MockWebServer asks before reading a request, for policies such as disconnecting at once. */
            @Override
            public MockResponse peek() {
                synchronized (serverReceivedNanos) {
                    return answers.isEmpty() ? new MockResponse() : answers.get(0);
                }
            }
        });
        server.start();
        client = MockTargets.client(MockTargets.openAi(server));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.shutdown();
    }

    /**
     * Every event padded to one length and the body paced one event per period: the role chunk arrives at once, the
     * first content chunk a period later. Had the role chunk counted, TTFT would be near zero.
     */
    @Test
    void aRoleOnlyFirstChunkDoesNotStartTtft() {
        List<String> padded = padToOneLength(VLLM_CHAT_STREAM);
        int eventBytes = MockTargets.events(padded.subList(0, 1)).length();
        answers.add(MockTargets.sse(padded).throttleBody(eventBytes, PERIOD_MILLIS, TimeUnit.MILLISECONDS));
        long beforeSend = System.nanoTime();

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.succeeded()).isTrue();
        long[] content = completion.contentEventNanos();
        assertThat(content).hasSize(2);
        assertThat(completion.startNanos()).isBetween(beforeSend, serverReceivedNanos.get(0));
        assertThat(content[0] - completion.startNanos()).isGreaterThanOrEqualTo(millis(PERIOD_MILLIS));
        assertThat(content[1] - completion.startNanos()).isGreaterThanOrEqualTo(millis(2 * PERIOD_MILLIS));
    }

    /** The finish and usage chunks come after the last token; E2EL ends at the last content event, not at them. */
    @Test
    void usageAndFinishChunksAreNotContent() {
        List<Long> observed = new ArrayList<>();
        answers.add(MockTargets.sse(VLLM_CHAT_STREAM));

        Completion completion = client.send(ModelRequest.chat("hi", 2), (nanos, text) -> observed.add(nanos));

        assertThat(completion.contentEvents()).isEqualTo(2);
        assertThat(observed).containsExactly(completion.contentEventNanos()[0], completion.contentEventNanos()[1]);
    }

    @Test
    void ttftIncludesTheTimeTheServerTakesToAnswer() {
        answers.add(MockTargets.sse(VLLM_CHAT_STREAM).setHeadersDelay(PERIOD_MILLIS, TimeUnit.MILLISECONDS));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.contentEventNanos()[0] - completion.startNanos())
                .isGreaterThanOrEqualTo(millis(PERIOD_MILLIS));
    }

    /** What a user waits: a retried request's latencies run from its first attempt. */
    @Test
    void aRetriedRequestStartsAtItsFirstAttempt() {
        answers.add(new MockResponse().setResponseCode(503));
        answers.add(MockTargets.sse(VLLM_CHAT_STREAM));

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.retries()).isEqualTo(1);
        assertThat(completion.startNanos()).isLessThanOrEqualTo(serverReceivedNanos.get(0));
    }

    @Test
    void anAttemptResetBeforeAnyResponseStillStartsTheClock() {
        answers.add(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        answers.add(MockTargets.sse(VLLM_CHAT_STREAM));
        long beforeSend = System.nanoTime();

        Completion completion = client.send(ModelRequest.chat("hi", 2));

        assertThat(completion.retries()).isEqualTo(1);
        long retryReceived = serverReceivedNanos.get(serverReceivedNanos.size() - 1);
        assertThat(completion.startNanos()).isBetween(beforeSend, retryReceived);
    }

    private static long millis(long value) {
        return TimeUnit.MILLISECONDS.toNanos(value);
    }

    /** Pads each JSON payload with spaces before its closing brace so every event has the same length. */
    private static List<String> padToOneLength(List<String> payloads) {
        int longest = payloads.stream().mapToInt(String::length).max().orElseThrow();
        return payloads.stream().map(payload -> {
            String padding = " ".repeat(longest - payload.length());
            return payload.startsWith("{") ? payload.substring(0, payload.length() - 1) + padding + "}"
                    : payload + padding;
        }).toList();
    }
}
