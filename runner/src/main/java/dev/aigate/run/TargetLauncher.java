package dev.aigate.run;

import dev.aigate.config.ConfigException;
import dev.aigate.config.TargetSpec;
import dev.aigate.container.ContainerException;
import dev.aigate.container.ModelServerContainer;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelClients;
import dev.aigate.provider.ProviderConfig;
import dev.aigate.provider.RetryPolicy;
import dev.aigate.simulator.LlmSimulator;
import dev.aigate.simulator.ScriptSet;
import dev.aigate.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.Map;

/**
 * Turns a {@link TargetSpec} into an {@link OpenTarget}: starts the embedded simulator or a model-server container
 * when asked, then a client.
 */
public final class TargetLauncher {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private TargetLauncher() {
    }

    /**
     * @param concurrency the most requests the caller will have in flight; the client's pool is sized to it
     * @param environment where API keys are read from
     */
    public static OpenTarget open(TargetSpec target, int concurrency, Map<String, String> environment) {
        return open(target, concurrency, environment, ScriptSet.EMPTY);
    }

    /**
     * @param scripts scripted answers for an embedded simulator (prompt suites); ignored for a real server
     */
    public static OpenTarget open(TargetSpec target, int concurrency, Map<String, String> environment,
                                  ScriptSet scripts) {
        if (target.isEmbedded()) {
            return openEmbedded(target, concurrency, environment, scripts);
        }
        if (target.isContainer()) {
            return openContainer(target, concurrency, environment);
        }
        ModelClient client = createClient(providerConfig(target, target.url(), concurrency), environment);
        return new OpenTarget(client, null, target.url() + " (" + target.model() + ")");
    }

    private static OpenTarget openEmbedded(TargetSpec target, int concurrency, Map<String, String> environment,
                                           ScriptSet scripts) {
        TargetSpec.checkProfile(target.profile(), ConfigException::new);
        LlmSimulator simulator = LlmSimulator.start(SimulatorConfig.builder()
                .profile(target.profile())
                .seed(target.seed())
                .scripts(scripts)
                .build());
        try {
            ModelClient client = createClient(providerConfig(target, simulator.baseUrl(), concurrency), environment);
            return new OpenTarget(client, simulator,
                    "embedded simulator, profile " + target.profile() + " (" + target.model() + ")");
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
    }

    private static OpenTarget openContainer(TargetSpec target, int concurrency, Map<String, String> environment) {
        ModelServerContainer container;
        try {
            container = ModelServerContainer.start(target.container(), environment);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContainerException("stopped before " + target.container().image() + " was ready");
        }
        try {
            ModelClient client = createClient(providerConfig(target, container.baseUrl(), concurrency), environment);
            return new OpenTarget(client, container, "container " + container + " (" + target.model() + ")");
        } catch (RuntimeException e) {
            container.close();
            throw e;
        }
    }

    private static ProviderConfig providerConfig(TargetSpec target, String url, int concurrency) {
        ProviderConfig base;
        switch (target.api()) {
            case ANTHROPIC:
                base = ProviderConfig.anthropic(url, target.model());
                break;
            case AZURE:
                base = ProviderConfig.azure(url, target.azureDeployment(), target.azureApiVersion());
                break;
            default:
                base = ProviderConfig.openAi(url, target.model()).withEndpoint(target.endpoint());
                break;
        }
        RetryPolicy retry = target.retries() == 0 ? RetryPolicy.NONE
                : new RetryPolicy(target.retries(), RetryPolicy.DEFAULT.initialBackoff(),
                        RetryPolicy.DEFAULT.maxBackoff());
        return base.withApiKeyEnv(target.isEmbedded() ? null : target.apiKeyEnv())
                .withConcurrency(concurrency)
                .withRetry(retry)
                .withTimeouts(CONNECT_TIMEOUT, target.timeout(), target.timeout());
    }

    private static ModelClient createClient(ProviderConfig config, Map<String, String> environment) {
        try {
            return ModelClients.create(config, environment);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }
}
