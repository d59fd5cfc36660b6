package dev.aigate.provider;

import java.time.Duration;
import java.util.Map;

/**
 * Everything needed to reach one model endpoint. Holds the name of the environment variable with the key, never
 * the key itself, so a config can be logged or written to a result file.
 *
 * @param baseUrl         e.g. {@code http://host:8000/v1}; for Azure the resource endpoint
 *                        {@code https://NAME.openai.azure.com}
 * @param endpoint        chat completions or plain completions (OpenAI and Azure only)
 * @param apiKeyEnv       environment variable holding the key; null for none (local servers)
 * @param azureDeployment the deployment name (Azure only)
 * @param azureApiVersion the {@code api-version} query parameter (Azure only)
 * @param maxConcurrency  requests in flight at once; the connection pool and dispatcher are sized to it
 * @param headers         further request headers (never secrets: those come from {@code apiKeyEnv})
 */
public record ProviderConfig(
        Api api,
        String baseUrl,
        String model,
        Endpoint endpoint,
        String apiKeyEnv,
        String azureDeployment,
        String azureApiVersion,
        Duration connectTimeout,
        Duration readTimeout,
        Duration requestTimeout,
        int maxConcurrency,
        RetryPolicy retry,
        Map<String, String> headers) {

    /** Which OpenAI-style endpoint to call. */
    public enum Endpoint {
        CHAT,
        COMPLETIONS
    }

    public ProviderConfig {
        headers = Map.copyOf(headers);
    }

    /** Sensible defaults for an OpenAI-compatible server at {@code baseUrl}. */
    public static ProviderConfig openAi(String baseUrl, String model) {
        return new ProviderConfig(Api.OPENAI, baseUrl, model, Endpoint.CHAT, "OPENAI_API_KEY", null, null,
                Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(10), 64, RetryPolicy.DEFAULT,
                Map.of());
    }

    public ProviderConfig withConcurrency(int concurrency) {
        return new ProviderConfig(api, baseUrl, model, endpoint, apiKeyEnv, azureDeployment, azureApiVersion,
                connectTimeout, readTimeout, requestTimeout, concurrency, retry, headers);
    }

    public ProviderConfig withRetry(RetryPolicy policy) {
        return new ProviderConfig(api, baseUrl, model, endpoint, apiKeyEnv, azureDeployment, azureApiVersion,
                connectTimeout, readTimeout, requestTimeout, maxConcurrency, policy, headers);
    }
}
