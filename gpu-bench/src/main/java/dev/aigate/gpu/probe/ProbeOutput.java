package dev.aigate.gpu.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The CUDA probe's JSON document ({@code aigate/gpu-probe-output/v1}), parsed.
 *
 * @param cudaRuntime e.g. 13000 for CUDA 13.0
 * @param cudaDriver  the newest CUDA version the driver supports, same encoding
 */
public record ProbeOutput(int cudaRuntime, int cudaDriver, List<ProbeDevice> devices) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public ProbeOutput {
        devices = List.copyOf(devices);
    }

    /** Parses the probe's stdout; an {@code error} document or malformed output is a {@link ProbeException}. */
    public static ProbeOutput parse(String json) throws ProbeException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new ProbeException("the probe printed no JSON document: " + firstLine(json));
        }
        if (root == null || !root.isObject()) {
            throw new ProbeException("the probe printed no JSON document: " + firstLine(json));
        }
        if (root.hasNonNull("error")) {
            throw new ProbeException("the probe failed: " + root.get("error").asText());
        }
        List<ProbeDevice> devices = new ArrayList<>();
        for (JsonNode device : root.path("devices")) {
            devices.add(device(device));
        }
        if (devices.isEmpty()) {
            throw new ProbeException("the probe found no CUDA device");
        }
        return new ProbeOutput(root.path("cuda_runtime").asInt(), root.path("cuda_driver").asInt(), devices);
    }

    private static ProbeDevice device(JsonNode node) throws ProbeException {
        Map<ProbeCheck, Double> measured = new EnumMap<>(ProbeCheck.class);
        Map<ProbeCheck, Double> best = new EnumMap<>(ProbeCheck.class);
        for (ProbeCheck check : ProbeCheck.values()) {
            JsonNode figure = node.path(check.key());
            if (!figure.path("median").isNumber() || !figure.path("best").isNumber()) {
                throw new ProbeException("the probe's output lacks " + check.key() + " for device "
                        + node.path("index").asText("?"));
            }
            measured.put(check, figure.get("median").asDouble());
            best.put(check, figure.get("best").asDouble());
        }
        return new ProbeDevice(node.path("index").asInt(), node.path("name").asText(), node.path("uuid").asText(),
                node.path("compute_capability").asText(), node.path("sm_count").asInt(),
                node.path("memory_total_bytes").asLong(), measured, best);
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("(nothing)");
    }
}
