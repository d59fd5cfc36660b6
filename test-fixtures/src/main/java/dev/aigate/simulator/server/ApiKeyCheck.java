package dev.aigate.simulator.server;

import io.netty.handler.codec.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Accepts a request when no key is required, or when it carries the key as OpenAI ({@code Authorization: Bearer
 * K}), Azure ({@code api-key: K}) or Anthropic ({@code x-api-key: K}) send it. Compared in constant time; the key
 * never appears in any message.
 */
final class ApiKeyCheck {

    private final Optional<byte[]> requiredKey;

    ApiKeyCheck(Optional<String> requiredKey) {
        this.requiredKey = requiredKey.map(key -> key.getBytes(StandardCharsets.UTF_8));
    }

    boolean allows(HttpHeaders headers) {
        if (requiredKey.isEmpty()) {
            return true;
        }
        String authorization = headers.get("Authorization");
        String bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        return matches(bearer) || matches(headers.get("api-key")) || matches(headers.get("x-api-key"));
    }

    private boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(requiredKey.get(), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
