package dev.aigate.provider;

import dev.aigate.provider.http.HttpModelClient;
import dev.aigate.provider.http.Sleeper;
import dev.aigate.provider.http.HttpTransport;
import dev.aigate.provider.wire.AnthropicMessagesFormat;
import dev.aigate.provider.wire.OpenAiChatFormat;
import dev.aigate.provider.wire.OpenAiCompletionsFormat;
import dev.aigate.provider.wire.OpenAiRoute;
import dev.aigate.provider.wire.WireFormat;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;

/** Makes the {@link ModelClient} for a {@link ProviderConfig}: the one entry point to the provider adapters. */
public final class ModelClients {

    private ModelClients() {
    }

    /**
     * A client for the configured target, with its own HTTP client sized to {@code maxConcurrency}. Close it when
     * done.
     *
     * @param environment where the API key is looked up ({@link System#getenv()} in production)
     * @throws IllegalArgumentException when the config is unusable or a needed key is missing (the message names
     *                                  the field or variable, never a key)
     */
    public static ModelClient create(ProviderConfig config, Map<String, String> environment) {
        return create(config, environment, Sleeper.THREAD);
    }

    static ModelClient create(ProviderConfig config, Map<String, String> environment, Sleeper sleeper) {
        HttpUrl baseUrl = validate(config);
        String key = ApiKeys.resolve(config, baseUrl, environment);
        return new HttpModelClient(HttpTransport.create(config, baseUrl), wireFormat(config, baseUrl, key),
                config.retry(), config.requestTimeout(), sleeper);
    }

    private static WireFormat wireFormat(ProviderConfig config, HttpUrl baseUrl, String key) {
        String path = config.endpoint() == ProviderConfig.Endpoint.COMPLETIONS ? "completions" : "chat/completions";
        return switch (config.api()) {
            case ANTHROPIC -> new AnthropicMessagesFormat(baseUrl, config.model(), key, config.headers());
            case OPENAI -> openAiFormat(config, OpenAiRoute.openAi(baseUrl, path, key, config.headers()));
            case AZURE -> openAiFormat(config, OpenAiRoute.azure(baseUrl, config.azureDeployment(),
                    config.azureApiVersion(), path, key, config.headers()));
        };
    }

    private static WireFormat openAiFormat(ProviderConfig config, OpenAiRoute route) {
        return config.endpoint() == ProviderConfig.Endpoint.COMPLETIONS
                ? new OpenAiCompletionsFormat(route, config.model())
                : new OpenAiChatFormat(route, config.model());
    }

    private static HttpUrl validate(ProviderConfig config) {
        require(config.api() != null, "api is required (openai, anthropic or azure)");
        HttpUrl baseUrl = config.baseUrl() == null ? null : HttpUrl.parse(config.baseUrl());
        require(baseUrl != null, "baseUrl must be an http:// or https:// URL, got: " + config.baseUrl());
        require(config.maxConcurrency() >= 1, "maxConcurrency must be at least 1, got " + config.maxConcurrency());
        requirePositive(config.connectTimeout(), "connectTimeout");
        requirePositive(config.readTimeout(), "readTimeout");
        requirePositive(config.requestTimeout(), "requestTimeout");
        if (config.api() == Api.AZURE) {
            require(isSet(config.azureDeployment()), "azureDeployment is required for the azure api");
            require(isSet(config.azureApiVersion()), "azureApiVersion is required for the azure api");
        }
        return baseUrl;
    }

    private static void requirePositive(Duration duration, String name) {
        require(duration != null && !duration.isNegative() && !duration.isZero(),
                name + " must be a positive duration, got " + duration);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
