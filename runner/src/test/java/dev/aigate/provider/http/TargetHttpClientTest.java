package dev.aigate.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.provider.ProviderConfig;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.junit.jupiter.api.Test;

class TargetHttpClientTest {

    private static final ProviderConfig CONFIG = ProviderConfig.openAi("http://127.0.0.1:8000/v1", "m")
            .withConcurrency(256)
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofMinutes(2));

    @Test
    void sizesTheDispatcherToTheConcurrency() {
        OkHttpClient client = build(CONFIG);

        assertThat(client.dispatcher().getMaxRequests()).isEqualTo(256);
        assertThat(client.dispatcher().getMaxRequestsPerHost()).isEqualTo(256);
    }

    @Test
    void takesItsTimeoutsFromTheConfig() {
        OkHttpClient client = build(CONFIG);

        assertThat(client.connectTimeoutMillis()).isEqualTo(3_000);
        assertThat(client.readTimeoutMillis()).isEqualTo(30_000);
        assertThat(client.callTimeoutMillis()).isEqualTo(120_000);
    }

    /** okhttp's silent retry of a failed pooled connection would be a retry nobody counts. */
    @Test
    void leavesEveryRetryAndRedirectToUs() {
        OkHttpClient client = build(CONFIG);

        assertThat(client.retryOnConnectionFailure()).isFalse();
        assertThat(client.followRedirects()).isFalse();
        assertThat(client.followSslRedirects()).isFalse();
    }

    @Test
    void speaksHttp11ToPlainHttpAndNegotiatesOverTls() {
        assertThat(build(CONFIG).protocols()).containsExactly(Protocol.HTTP_1_1);
        assertThat(build(ProviderConfig.openAi("https://api.openai.com/v1", "m")).protocols())
                .isEqualTo(List.of(Protocol.HTTP_2, Protocol.HTTP_1_1));
    }

    private static OkHttpClient build(ProviderConfig config) {
        return TargetHttpClient.build(config, HttpUrl.get(config.baseUrl()));
    }
}
