package dev.aigate.config;

import dev.aigate.container.ContainerSpec;
import dev.aigate.provider.Api;
import dev.aigate.provider.ProviderConfig;
import dev.aigate.simulator.LatencyProfiles;
import java.time.Duration;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Where a stage sends its requests: a model server's base URL, {@code embedded} for the built-in simulator, or a
 * model-server container aigate launches for the run ({@link #container()}).
 *
 * @param name       the target's name in the gate file ({@code default} for an unnamed one)
 * @param url        base URL such as {@code http://host:8000/v1}, or {@link #EMBEDDED}
 * @param endpoint   chat completions or plain completions
 * @param apiKeyEnv  the environment variable holding the key (never the key itself); null means the API's usual
 *                   variable for its own cloud hosts and no key for any other server
 * @param profile    the simulator's latency profile (embedded only)
 * @param seed       the simulator's seed (embedded only)
 * @param retries    retries per request on 429/502/503/504/resets; 0 for a pure server measurement
 * @param timeout    the longest one request may take, stream included
 * @param container  a model-server container to launch and send to (its URL is known once it runs), or null
 */
public record TargetSpec(
        String name,
        String url,
        Api api,
        String model,
        ProviderConfig.Endpoint endpoint,
        String apiKeyEnv,
        String azureDeployment,
        String azureApiVersion,
        String profile,
        long seed,
        int retries,
        Duration timeout,
        ContainerSpec container) {

    /** The {@code url} of a target whose server is a container aigate launches. */
    public static final String CONTAINER = "container";

    public static final String EMBEDDED = "embedded";
    public static final String DEFAULT_MODEL = "llama-3.1-8b";
    public static final String DEFAULT_PROFILE = "default";

    /** A target with no container: a URL or the embedded simulator. */
    public TargetSpec(String name, String url, Api api, String model, ProviderConfig.Endpoint endpoint,
            String apiKeyEnv, String azureDeployment, String azureApiVersion, String profile, long seed, int retries,
            Duration timeout) {
        this(name, url, api, model, endpoint, apiKeyEnv, azureDeployment, azureApiVersion, profile, seed, retries,
                timeout, null);
    }

    /** The built-in simulator with its default profile. */
    public static TargetSpec embedded() {
        return new TargetSpec("default", EMBEDDED, Api.OPENAI, DEFAULT_MODEL, ProviderConfig.Endpoint.CHAT,
                null, null, null, DEFAULT_PROFILE, 42, 3, Duration.ofMinutes(5));
    }

    public boolean isEmbedded() {
        return EMBEDDED.equals(url);
    }

    public boolean isContainer() {
        return container != null;
    }

    /** What a target URL may be, as the messages of {@link #checkUrl} say. */
    public static final String URL_FORMS = "'embedded' or an http(s) URL such as http://localhost:8000/v1";

    /**
     * Checks a target URL up front: {@code embedded}, or an http(s) URL the client can use. {@code error} is given
     * what is wrong, to put after the flag or key it names: "must be {@code accepted}, got 'x'", or for a URL that
     * looks right but cannot be used (a port out of range, say) "'http://h:99999/v1' is not a usable URL: ...".
     */
    public static void checkUrl(String url, String accepted, Function<String, ConfigException> error) {
        if (EMBEDDED.equals(url)) {
            return;
        }
        if (!url.matches("https?://[^\\s/]+.*")) {
            throw error.apply("must be " + accepted + ", got '" + url + "'");
        }
        try {
            HttpUrl.get(url);
        } catch (IllegalArgumentException e) {
            throw error.apply("'" + url + "' is not a usable URL: " + e.getMessage());
        }
    }

    /** Checks a simulator profile name up front, so a typo fails before anything starts. */
    public static void checkProfile(String profile, Function<String, ConfigException> error) {
        if (!DEFAULT_PROFILE.equals(profile) && !LatencyProfiles.names().contains(profile)) {
            throw error.apply("unknown simulator profile '" + profile + "'; known profiles: " + DEFAULT_PROFILE
                    + ", " + String.join(", ", LatencyProfiles.names()));
        }
    }
}
