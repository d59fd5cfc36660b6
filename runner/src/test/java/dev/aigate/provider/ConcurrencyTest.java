package dev.aigate.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The client adds no queue of its own: N callers mean N requests at the server at once. */
class ConcurrencyTest {

    /** Above okhttp's default of 5 requests per host, which would have queued the rest inside the client. */
    private static final int CONCURRENCY = 12;

    @Test
    void everyConcurrentSendReachesTheServerAtOnce() throws Exception {
        CountDownLatch allArrived = new CountDownLatch(CONCURRENCY);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                    allArrived.countDown();
                    // Answer only once every request is in: any client-side queue would deadlock here.
                    boolean together = allArrived.await(20, TimeUnit.SECONDS);
                    return together ? MockTargets.sse(MockTargets.VLLM_CHAT_STREAM)
                            : new MockResponse().setResponseCode(500).setBody("requests were queued");
                }
            });
            server.start();
            ExecutorService callers = Executors.newFixedThreadPool(CONCURRENCY);
            try (ModelClient client = MockTargets.client(MockTargets.openAi(server).withConcurrency(CONCURRENCY))) {
                List<Future<Completion>> sends = new ArrayList<>();
                for (int i = 0; i < CONCURRENCY; i++) {
                    sends.add(callers.submit(() -> client.send(ModelRequest.chat("hi", 2))));
                }
                for (Future<Completion> send : sends) {
                    Completion completion = send.get(30, TimeUnit.SECONDS);
                    assertThat(completion.succeeded()).as(String.valueOf(completion.failure())).isTrue();
                }
            } finally {
                callers.shutdownNow();
            }
            assertThat(server.getRequestCount()).isEqualTo(CONCURRENCY);
        }
    }
}
