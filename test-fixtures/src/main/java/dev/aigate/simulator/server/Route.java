package dev.aigate.simulator.server;

import dev.aigate.simulator.Endpoint;
import io.netty.handler.codec.http.HttpMethod;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a request goes.
 *
 * @param endpoint      the endpoint, {@link Endpoint#UNKNOWN} for unknown paths
 * @param methodAllowed false when the path is known but the method is not its method (405)
 * @param deployment    Azure's deployment name, or null
 */
record Route(Endpoint endpoint, boolean methodAllowed, String deployment) {

    private static final Pattern AZURE_CHAT =
            Pattern.compile("/openai/deployments/([^/]+)/chat/completions");

    static Route resolve(HttpMethod method, String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Matcher azure = AZURE_CHAT.matcher(trimmed);
        if (azure.matches()) {
            return new Route(Endpoint.AZURE_CHAT_COMPLETIONS, HttpMethod.POST.equals(method), azure.group(1));
        }
        Endpoint endpoint = switch (trimmed) {
            case "/v1/chat/completions" -> Endpoint.CHAT_COMPLETIONS;
            case "/v1/completions" -> Endpoint.COMPLETIONS;
            case "/v1/messages" -> Endpoint.MESSAGES;
            case "/v1/models" -> Endpoint.MODELS;
            case "/health" -> Endpoint.HEALTH;
            default -> Endpoint.UNKNOWN;
        };
        HttpMethod expected = endpoint.generates() ? HttpMethod.POST : HttpMethod.GET;
        return new Route(endpoint, endpoint == Endpoint.UNKNOWN || expected.equals(method), null);
    }
}
