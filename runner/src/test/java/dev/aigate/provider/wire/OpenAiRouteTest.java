package dev.aigate.provider.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.provider.ModelRequest;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class OpenAiRouteTest {

    private static final String KEY = "azure-key-0123456789";

    @Test
    void azureAddressesTheDeploymentWithAnApiVersionAndAnApiKeyHeader() {
        OpenAiRoute route = OpenAiRoute.azure(HttpUrl.get("https://res.openai.azure.com"), "gpt4o-prod",
                "2024-10-21", "chat/completions", KEY, Map.of("X-Team", "ml"));

        Request request = new OpenAiChatFormat(route, "ignored")
                .toHttpRequest(ModelRequest.chat("hi", 4).withIgnoreEos(true));
        JsonNode body = RequestBodies.json(request);

        assertThat(request.url().encodedPath()).isEqualTo("/openai/deployments/gpt4o-prod/chat/completions");
        assertThat(request.url().queryParameter("api-version")).isEqualTo("2024-10-21");
        assertThat(request.header("api-key")).isEqualTo(KEY);
        assertThat(request.header("Authorization")).isNull();
        assertThat(request.header("X-Team")).isEqualTo("ml");
        assertThat(body.has("model")).as("the deployment is the model").isFalse();
        assertThat(body.has("ignore_eos")).as("Azure rejects vLLM's extensions").isFalse();
    }

    @Test
    void printsHeaderNamesButNeverTheirValues() {
        OpenAiRoute route = OpenAiRoute.openAi(HttpUrl.get("http://127.0.0.1/v1"), "chat/completions", KEY, Map.of());

        assertThat(route.toString()).contains("Authorization").doesNotContain(KEY);
    }
}
