package dev.aigate.provider;

import java.time.Duration;
import java.util.Map;

/**
 * Everything needed to reach one model endpoint. Holds the name of the environment variable with the key, never
 * the key itself, so a config can be logged or written to a result file.
 *
 * @param baseUrl         e.g. {@code http://host:8000/v1} (OpenAI-compatible), {@code https://api.anthropic.com/v1};
 *                        for Azure the resource endpoint {@code https://NAME.openai.azure.com}
 * @param model           the model name sent when a request names none (not sent to Azure: the deployment is the
 *                        model)
 * @param endpoint        chat completions or plain completions (OpenAI and Azure only)
 * @param apiKeyEnv       environment variable holding the key. Null means: the API's usual variable
 *                        ({@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}, {@code AZURE_OPENAI_API_KEY}) for
 *                        the cloud hosts, and no key for any other server (never send a cloud key elsewhere)
 * @param azureDeployment the deployment name (Azure only)
 * @param azureApiVersion the {@code api-version} query parameter (Azure only)
 * @param connectTimeout  the most one TCP (and TLS) connect may take
 * @param readTimeout     the most the server may stay silent between two bytes: the stall detector
 * @param requestTimeout  the most one request may take, all attempts together
 * @param maxConcurrency  requests in flight at once; the connection pool and dispatcher are sized to it
 * @param retry           when to retry; null means {@link RetryPolicy#DEFAULT}
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

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);
    private static final int CONCURRENCY = 64;

    public ProviderConfig {
        endpoint = endpoint == null ? Endpoint.CHAT : endpoint;
        retry = retry == null ? RetryPolicy.DEFAULT : retry;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** Sensible defaults for an OpenAI-compatible server at {@code baseUrl}. */
    public static ProviderConfig openAi(String baseUrl, String model) {
        return new ProviderConfig(Api.OPENAI, baseUrl, model, Endpoint.CHAT, null, null, null,
                CONNECT_TIMEOUT, READ_TIMEOUT, REQUEST_TIMEOUT, CONCURRENCY, RetryPolicy.DEFAULT, Map.of());
    }

    /** Sensible defaults for Anthropic's Messages API at {@code baseUrl}, e.g. {@code https://api.anthropic.com/v1}. */
    public static ProviderConfig anthropic(String baseUrl, String model) {
        return new ProviderConfig(Api.ANTHROPIC, baseUrl, model, Endpoint.CHAT, null, null, null,
                CONNECT_TIMEOUT, READ_TIMEOUT, REQUEST_TIMEOUT, CONCURRENCY, RetryPolicy.DEFAULT, Map.of());
    }

    /** Sensible defaults for an Azure OpenAI deployment on the resource endpoint {@code baseUrl}. */
    public static ProviderConfig azure(String baseUrl, String deployment, String apiVersion) {
        return new ProviderConfig(Api.AZURE, baseUrl, null, Endpoint.CHAT, null, deployment, apiVersion,
                CONNECT_TIMEOUT, READ_TIMEOUT, REQUEST_TIMEOUT, CONCURRENCY, RetryPolicy.DEFAULT, Map.of());
    }

    public ProviderConfig withConcurrency(int concurrency) {
        return new ProviderConfig(api, baseUrl, model, endpoint, apiKeyEnv, azureDeployment, azureApiVersion,
                connectTimeout, readTimeout, requestTimeout, concurrency, retry, headers);
    }

    public ProviderConfig withRetry(RetryPolicy policy) {
        return new ProviderConfig(api, baseUrl, model, endpoint, apiKeyEnv, azureDeployment, azureApiVersion,
                connectTimeout, readTimeout, requestTimeout, maxConcurrency, policy, headers);
    }

    public ProviderConfig withEndpoint(Endpoint value) {
        return new ProviderConfig(api, baseUrl, model, value, apiKeyEnv, azureDeployment, azureApiVersion,
                connectTimeout, readTimeout, requestTimeout, maxConcurrency, retry, headers);
    }

    public ProviderConfig withApiKeyEnv(String variable) {
        return new ProviderConfig(api, baseUrl, model, endpoint, variable, azureDeployment, azureApiVersion,
                connectTimeout, readTimeout, requestTimeout, maxConcurrency, retry, headers);
    }

    public ProviderConfig withTimeouts(Duration connect, Duration read, Duration request) {
        return new ProviderConfig(api, baseUrl, model, endpoint, apiKeyEnv, azureDeployment, azureApiVersion,
                connect, read, request, maxConcurrency, retry, headers);
    }

    public ProviderConfig withHeaders(Map<String, String> values) {
        return new ProviderConfig(api, baseUrl, model, endpoint, apiKeyEnv, azureDeployment, azureApiVersion,
                connectTimeout, readTimeout, requestTimeout, maxConcurrency, retry, values);
    }
}
