package dev.aigate.provider.wire;

import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Where an OpenAI-shaped request goes and how it authenticates. OpenAI-compatible servers and Azure OpenAI speak
 * the same bodies; they differ only here.
 *
 * @param url                the endpoint's full URL
 * @param headers            auth and extra headers sent with every request
 * @param sendsModel         whether the body names the model (Azure: the deployment is the model)
 * @param acceptsVllmOptions whether vLLM's extensions ({@code ignore_eos}) may be sent; Azure rejects them
 */
public record OpenAiRoute(HttpUrl url, Headers headers, boolean sendsModel, boolean acceptsVllmOptions) {

    /** An OpenAI-compatible server: {@code {base}/chat/completions}, {@code Authorization: Bearer KEY}. */
    public static OpenAiRoute openAi(HttpUrl baseUrl, String path, String apiKey, Map<String, String> extraHeaders) {
        Headers.Builder headers = Headers.of(extraHeaders).newBuilder();
        if (apiKey != null) {
            headers.set("Authorization", "Bearer " + apiKey);
        }
        return new OpenAiRoute(baseUrl.newBuilder().addPathSegments(path).build(), headers.build(), true, true);
    }

    /**
     * An Azure OpenAI deployment: {@code {base}/openai/deployments/{deployment}/{path}?api-version=V},
     * {@code api-key: KEY}.
     */
    public static OpenAiRoute azure(HttpUrl resourceUrl, String deployment, String apiVersion, String path,
                                    String apiKey, Map<String, String> extraHeaders) {
        HttpUrl url = resourceUrl.newBuilder()
                .addPathSegment("openai")
                .addPathSegment("deployments")
                .addPathSegment(deployment)
                .addPathSegments(path)
                .setQueryParameter("api-version", apiVersion)
                .build();
        Headers.Builder headers = Headers.of(extraHeaders).newBuilder();
        if (apiKey != null) {
            headers.set("api-key", apiKey);
        }
        return new OpenAiRoute(url, headers.build(), false, false);
    }

    /** Names the headers but never prints their values: one of them is a key. */
    @Override
    public String toString() {
        return "OpenAiRoute[url=" + url + ", headers=" + headers.names() + ", sendsModel=" + sendsModel
                + ", acceptsVllmOptions=" + acceptsVllmOptions + "]";
    }
}
