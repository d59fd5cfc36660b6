package dev.aigate.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.secrets.Redactor;
import java.time.Duration;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** When a key is needed, where it comes from, and which configs are refused. No request leaves this machine. */
class ModelClientsTest {

    private static final String FAKE_KEY = "fake-openai-key-for-tests-123";

    @Test
    void aCloudApiWithoutItsKeyIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> ModelClients.create(ProviderConfig.openAi("https://api.openai.com/v1", "gpt-4o"),
                Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OPENAI_API_KEY");
        assertThatThrownBy(() -> ModelClients.create(
                ProviderConfig.anthropic("https://api.anthropic.com/v1", "claude"), Map.of("ANTHROPIC_API_KEY", " ")))
                .hasMessageContaining("ANTHROPIC_API_KEY");
        assertThatThrownBy(() -> ModelClients.create(
                ProviderConfig.azure("https://res.openai.azure.com", "dep", "2024-10-21"), Map.of()))
                .hasMessageContaining("AZURE_OPENAI_API_KEY");
    }

    @Test
    void anExplicitKeyVariableIsRequiredForARemoteServer() {
        ProviderConfig config = ProviderConfig.openAi("http://gpu-box.internal:8000/v1", "m").withApiKeyEnv("VLLM_KEY");

        assertThatThrownBy(() -> ModelClients.create(config, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VLLM_KEY");
    }

    @Test
    void aLocalServerNeedsNoKeyEvenWhenAVariableIsNamed() {
        assertThatCode(() -> ModelClients.create(
                ProviderConfig.openAi("http://127.0.0.1:8000/v1", "m").withApiKeyEnv("VLLM_KEY"), Map.of()).close())
                .doesNotThrowAnyException();
        assertThatCode(() -> ModelClients.create(
                ProviderConfig.openAi("http://gpu-box:8000/v1", "m"), Map.of()).close())
                .as("no variable named and not a cloud host: no key needed")
                .doesNotThrowAnyException();
    }

    @Test
    void aCloudKeyIsNeverSentToAServerNobodyNamedItFor() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(MockTargets.sse(MockTargets.VLLM_CHAT_STREAM));
            try (ModelClient client = ModelClients.create(MockTargets.openAi(server),
                    Map.of("OPENAI_API_KEY", FAKE_KEY))) {
                client.send(ModelRequest.chat("hi", 2));
            }
            assertThat(server.takeRequest().getHeader("Authorization")).isNull();
        }
    }

    @Test
    void everyKeyLoadedIsRegisteredWithTheRedactor() {
        String key = "loaded-key-" + System.nanoTime();

        ModelClients.create(ProviderConfig.openAi("https://api.openai.com/v1", "gpt-4o"),
                Map.of("OPENAI_API_KEY", key)).close();

        assertThat(Redactor.global().redact("echo " + key)).isEqualTo("echo " + Redactor.MASK);
    }

    @Test
    void aMissingKeysMessageNeverCarriesAnyValue() {
        assertThatThrownBy(() -> ModelClients.create(ProviderConfig.openAi("https://api.openai.com/v1", "gpt-4o"),
                Map.of("OPENAI_KEY_TYPO", FAKE_KEY)))
                .message().doesNotContain(FAKE_KEY);
    }

    @Test
    void refusesUnusableConfigsNamingTheField() {
        assertThatThrownBy(() -> ModelClients.create(ProviderConfig.openAi("localhost:8000", "m"), Map.of()))
                .hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> ModelClients.create(
                ProviderConfig.openAi("http://127.0.0.1:8000/v1", "m").withConcurrency(0), Map.of()))
                .hasMessageContaining("maxConcurrency");
        assertThatThrownBy(() -> ModelClients.create(ProviderConfig.openAi("http://127.0.0.1:8000/v1", "m")
                .withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)), Map.of()))
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> ModelClients.create(
                ProviderConfig.azure("http://127.0.0.1:8000", null, "2024-10-21"), Map.of()))
                .hasMessageContaining("azureDeployment");
        assertThatThrownBy(() -> ModelClients.create(
                ProviderConfig.azure("http://127.0.0.1:8000", "dep", " "), Map.of()))
                .hasMessageContaining("azureApiVersion");
    }
}
