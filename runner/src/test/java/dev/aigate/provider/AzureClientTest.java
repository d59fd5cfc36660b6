package dev.aigate.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Azure OpenAI: OpenAI's bodies, Azure's address and key header. */
class AzureClientTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void sendsToTheDeploymentWithTheApiVersionAndApiKeyHeader() throws Exception {
        ProviderConfig config = ProviderConfig.azure(server.url("/").toString(), "gpt-4o-prod", "2024-10-21")
                .withApiKeyEnv("AZURE_OPENAI_API_KEY");
        server.enqueue(MockTargets.sse(MockTargets.VLLM_CHAT_STREAM));

        Completion completion;
        try (ModelClient client = ModelClients.create(config, Map.of("AZURE_OPENAI_API_KEY", KEY))) {
            completion = client.send(ModelRequest.chat("hi", 2));
        }

        assertThat(completion.succeeded()).isTrue();
        assertThat(completion.text()).isEqualTo("Hello world");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/openai/deployments/gpt-4o-prod/chat/completions");
        assertThat(request.getRequestUrl().queryParameter("api-version")).isEqualTo("2024-10-21");
        assertThat(request.getHeader("api-key")).isEqualTo(KEY);
        assertThat(request.getHeader("Authorization")).isNull();
    }
}
