package dev.aigate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.aigate.simulator.LatencyProfile.OutputLength;
import dev.aigate.simulator.LatencyProfile.Timing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The latency profiles shipped as YAML resources. {@code default} is {@code llama-3.1-8b-h100}.
 */
public final class LatencyProfiles {

    public static final String DEFAULT = "llama-3.1-8b-h100";

    private static final List<String> NAMES =
            List.of("llama-3.1-8b-h100", "llama-3.1-70b-4xh100", "degraded", "fast", "fixed");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private LatencyProfiles() {
    }

    /** The names {@link #named(String)} accepts, besides {@code default}. */
    public static List<String> names() {
        return NAMES;
    }

    /** The shipped profile of that name; an unknown name lists the known ones. */
    public static LatencyProfile named(String name) {
        String resolved = "default".equals(name) ? DEFAULT : name;
        if (!NAMES.contains(resolved)) {
            throw new IllegalArgumentException(
                    "unknown latency profile '" + name + "'; known profiles: default, " + String.join(", ", NAMES));
        }
        String resource = "profiles/" + resolved + ".yaml";
        try (InputStream in = LatencyProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("profile resource missing: " + resource);
            }
            return parse(YAML.readTree(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile " + resource, e);
        }
    }

    /** Reads one profile document (the format of the shipped YAML files). */
    public static LatencyProfile parse(JsonNode root, String source) {
        String name = text(root, "name", source);
        String model = text(root, "model", source);
        String mode = text(root, "mode", source);
        Timing timing = switch (mode) {
            case "batching" -> {
                JsonNode batching = object(root, "batching", source);
                yield new Timing.ContinuousBatching(
                        (int) number(batching, "max_batch", source),
                        number(batching, "decode_base_ms", source),
                        number(batching, "decode_per_seq_ms", source),
                        number(batching, "prefill_per_token_ms", source));
            }
            case "fixed" -> {
                JsonNode fixed = object(root, "fixed", source);
                yield new Timing.FixedLatency(number(fixed, "ttft_ms", source), number(fixed, "itl_ms", source));
            }
            default -> throw new IllegalArgumentException(source + ": mode must be 'batching' or 'fixed', got '"
                    + mode + "'");
        };
        JsonNode output = object(root, "output_tokens", source);
        OutputLength outputLength = new OutputLength((int) number(output, "mean", source),
                (int) number(output, "stddev", source), (int) number(output, "max", source));
        double jitter = root.path("jitter").asDouble(0);
        return new LatencyProfile(name, model, timing, outputLength, jitter);
    }

    private static String text(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be a string");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be a number");
        }
        return value.asDouble();
    }

    private static JsonNode object(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be a mapping");
        }
        return value;
    }
}
