package dev.aigate.provider;

import dev.aigate.provider.http.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** Configs and canned answers for tests that run the adapters against an okhttp MockWebServer on loopback. */
final class MockTargets {

    /** Retries with waits short enough not to slow the suite. */
    static final RetryPolicy FAST_RETRIES = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(20));

    /** The stream vLLM sends for a two-token chat answer: role chunk, content, finish chunk, usage chunk, DONE. */
    static final List<String> VLLM_CHAT_STREAM = List.of(
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                    + "\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}",
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                    + "\"delta\":{\"content\":\"Hello\"},\"logprobs\":null,\"finish_reason\":null}]}",
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                    + "\"delta\":{\"content\":\" world\"},\"logprobs\":null,\"finish_reason\":null}]}",
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                    + "\"delta\":{},\"logprobs\":null,\"finish_reason\":\"length\",\"stop_reason\":null}]}",
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[],"
                    + "\"usage\":{\"prompt_tokens\":7,\"total_tokens\":9,\"completion_tokens\":2}}",
            "[DONE]");

    private MockTargets() {
    }

    static ProviderConfig openAi(MockWebServer server) {
        return ProviderConfig.openAi(server.url("/v1").toString(), "m").withRetry(FAST_RETRIES)
                .withConcurrency(8);
    }

    static ModelClient client(ProviderConfig config) {
        return ModelClients.create(config, Map.of());
    }

    /** An SSE answer whose events carry the given {@code data:} payloads. */
    static MockResponse sse(List<String> payloads) {
        return sseBody(events(payloads));
    }

    static MockResponse sseBody(String body) {
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body);
    }

    static String events(List<String> payloads) {
        StringBuilder body = new StringBuilder();
        payloads.forEach(payload -> body.append("data: ").append(payload).append("\n\n"));
        return body.toString();
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    /** Remembers every wait it is asked for, and waits not at all. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }
}
