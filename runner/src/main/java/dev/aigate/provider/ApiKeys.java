package dev.aigate.provider;

import dev.aigate.secrets.Redactor;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Finds the key a target needs in the environment, and decides when its absence is an error. A cloud API always
 * needs its key; a key variable named explicitly is needed unless the server is on this machine; a local server
 * needs none. A key found is registered with the {@link Redactor} before anything else can print it.
 */
final class ApiKeys {

    private static final List<String> CLOUD_DOMAINS = List.of("openai.com", "anthropic.com", "azure.com");

    private ApiKeys() {
    }

    /** The key to send, or null for none. Messages name the variable, never its value. */
    static String resolve(ProviderConfig config, HttpUrl url, Map<String, String> environment) {
        boolean cloud = isCloud(url.host());
        String variable = config.apiKeyEnv() != null ? config.apiKeyEnv() : cloud ? usualVariable(config.api()) : null;
        if (variable == null) {
            return null;
        }
        String value = environment.get(variable);
        String key = value == null || value.isBlank() ? null : value.strip();
        if (key == null) {
            if (cloud || (config.apiKeyEnv() != null && !isLoopback(url.host()))) {
                throw new IllegalArgumentException("environment variable " + variable + " is not set, but "
                        + url.host() + " needs an API key: export " + variable + " or choose another apiKeyEnv");
            }
            return null;
        }
        Redactor.global().register(key);
        return key;
    }

    static boolean isCloud(String host) {
        return CLOUD_DOMAINS.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("::1");
    }

    private static String usualVariable(Api api) {
        return switch (api) {
            case OPENAI -> "OPENAI_API_KEY";
            case ANTHROPIC -> "ANTHROPIC_API_KEY";
            case AZURE -> "AZURE_OPENAI_API_KEY";
        };
    }
}
