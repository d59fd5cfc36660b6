package dev.aigate.prompts.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.prompts.assertion.Output;
import dev.aigate.provider.ToolCall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Successful answers on disk, one small JSON file per request, named by the SHA-256 of everything that decides
 * the answer: target, model, parameters, rendered prompt, tools and repeat index. A second run skips what the
 * first already asked (this is also how an interrupted run resumes); entries older than the TTL are ignored.
 * Failures are never cached. Files are written atomically, so an interrupted write leaves no half entry. Holds
 * no secret: keys are never part of a request's identity.
 */
public final class ResponseCache {

    /** Caches nothing: {@code --no-cache}, and targets whose answers are not worth keeping. */
    public static final ResponseCache DISABLED = new ResponseCache(null, Duration.ZERO, Clock.systemUTC());

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Duration ttl;
    private final Clock clock;

    public ResponseCache(Path directory, Duration ttl, Clock clock) {
        this.directory = directory;
        this.ttl = ttl;
        this.clock = clock;
    }

    public boolean enabled() {
        return directory != null;
    }

    /** The cache key of a request: a hex SHA-256 of its identity parts, joined unambiguously. */
    public static String key(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Output> get(String key) {
        if (!enabled()) {
            return Optional.empty();
        }
        Path file = file(key);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            JsonNode entry = JSON.readTree(file.toFile());
            long age = clock.millis() - entry.path("created_ms").asLong(0);
            if (age > ttl.toMillis()) {
                return Optional.empty();
            }
            List<ToolCall> calls = new ArrayList<>();
            for (JsonNode call : entry.path("tool_calls")) {
                calls.add(new ToolCall(call.path("id").asText(null), call.path("name").asText(),
                        call.path("arguments").asText()));
            }
            return Optional.of(new Output(entry.path("text").asText(), calls, entry.path("finish_reason").asText(null),
                    entry.path("latency_ms").asDouble(), entry.path("input_tokens").asInt(),
                    entry.path("output_tokens").asInt(), entry.path("cost_usd").asDouble()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged entry is a miss, never a failure of the run
        }
    }

    public void put(String key, Output output) {
        if (!enabled()) {
            return;
        }
        ObjectNode entry = JSON.createObjectNode();
        entry.put("created_ms", clock.millis());
        entry.put("text", output.text());
        ArrayNode calls = entry.putArray("tool_calls");
        output.toolCalls().forEach(c -> calls.addObject().put("id", c.id()).put("name", c.name())
                .put("arguments", c.arguments()));
        entry.put("finish_reason", output.finishReason());
        entry.put("latency_ms", output.latencyMs());
        entry.put("input_tokens", output.inputTokens());
        entry.put("output_tokens", output.outputTokens());
        entry.put("cost_usd", output.costUsd());
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".entry", ".tmp");
            Files.write(temporary, JSON.writeValueAsBytes(entry));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache that cannot be written costs a repeat call next time, nothing more.
        }
    }

    private Path file(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
