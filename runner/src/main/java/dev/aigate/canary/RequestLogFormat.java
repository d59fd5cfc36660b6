package dev.aigate.canary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.config.ConfigException;
import dev.aigate.config.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A per-request JSON Lines log as {@code aigate bench} writes it: one object per request with {@code ok},
 * {@code warmup}, {@code cooldown}, {@code waited_for_slot}, {@code ttft_ms}, {@code tpot_ms}, {@code e2el_ms}.
 * Warm-up and cool-down requests are left out, as the bench result leaves them out; failed requests count towards
 * the error rate and give no latency.
 */
final class RequestLogFormat implements ResultFileFormat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LATENCIES = {"ttft", "tpot", "e2el"};

    @Override
    public String name() {
        return "per-request log";
    }

    @Override
    public boolean reads(Path file, JsonNode root) {
        return root == null;
    }

    @Override
    public SideData read(Path file, JsonNode root) {
        Map<String, DoubleList> samples = new LinkedHashMap<>();
        for (String metric : LATENCIES) {
            samples.put(metric, new DoubleList());
        }
        long requests = 0;
        long failed = 0;
        long waitedForSlot = 0;
        Map<String, Long> errors = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode request;
                try {
                    request = JSON.readTree(line);
                } catch (IOException e) {
                    throw new ConfigException(file + ":" + number + ": not a JSON object");
                }
                if (!request.isObject() || !request.has("ok")) {
                    throw new ConfigException(file + ":" + number + ": expected a request record with 'ok'");
                }
                if (request.path("warmup").asBoolean(false) || request.path("cooldown").asBoolean(false)) {
                    continue;
                }
                requests++;
                if (request.path("waited_for_slot").asBoolean(false)) {
                    waitedForSlot++;
                }
                if (!request.get("ok").asBoolean()) {
                    failed++;
                    errors.merge(request.path("error").asText("unknown"), 1L, Long::sum);
                    continue;
                }
                for (String metric : LATENCIES) {
                    JsonNode v = request.get(metric + "_ms");
                    if (v != null && v.isNumber()) {
                        samples.get(metric).add(v.asDouble());
                    }
                }
            }
        } catch (IOException e) {
            throw TextFiles.unreadable(file, e);
        }
        Map<String, double[]> arrays = new LinkedHashMap<>();
        samples.forEach((metric, list) -> arrays.put(metric, list.toArray()));
        return new SideData(arrays, Map.of("error_rate", new long[] {failed, requests}),
                new RequestOutcomes(requests, requests - failed, errors, waitedForSlot));
    }

    /** A growable array of doubles, so a million-line log does not box a million Doubles. */
    private static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
