package dev.aigate.provider.http;

import dev.aigate.provider.ProviderConfig;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/** Builds the one okhttp client a target's requests share. */
public final class TargetHttpClient {

    private static final long IDLE_KEEP_ALIVE_MINUTES = 5;

    private TargetHttpClient() {
    }

    /**
     * A client sized to {@code maxConcurrency}: okhttp's defaults (5 requests per host, 5 idle connections) would
     * queue requests inside the client and reconnect between them, which a benchmark would time as server latency.
     * okhttp's own silent retries are off, so every retry is ours and is counted; redirects are not followed, so
     * no key is sent to a host nobody configured.
     */
    public static OkHttpClient build(ProviderConfig config, HttpUrl baseUrl) {
        int concurrency = config.maxConcurrency();
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(concurrency);
        dispatcher.setMaxRequestsPerHost(concurrency);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(concurrency, IDLE_KEEP_ALIVE_MINUTES, TimeUnit.MINUTES))
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.requestTimeout())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .eventListenerFactory(AttemptTimeline.FACTORY);
        if (!baseUrl.isHttps()) {
            builder.protocols(List.of(Protocol.HTTP_1_1));
        }
        return builder.build();
    }
}
