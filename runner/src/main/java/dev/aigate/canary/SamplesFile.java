package dev.aigate.canary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the plain samples format of SPEC §5 (fixed), for metrics exported from anywhere:
 * {@code {"metrics": {"<name>": {"baseline": [numbers], "candidate": [numbers], "direction": "increase"}}}}.
 * Every problem is one line naming the file and the key.
 */
public final class SamplesFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SamplesFile() {
    }

    public static CanaryData read(Path file) {
        JsonNode root = readJson(file);
        JsonNode metrics = root.get("metrics");
        if (metrics == null || !metrics.isObject()) {
            throw new ConfigException(file + ": expected {\"metrics\": {\"<name>\": {\"baseline\": [...], "
                    + "\"candidate\": [...]}}}");
        }
        if (metrics.isEmpty()) {
            throw new ConfigException(file + ": 'metrics' is empty; nothing to judge");
        }
        Map<String, MetricData> data = new LinkedHashMap<>();
        var fields = metrics.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String name = field.getKey();
            JsonNode metric = field.getValue();
            String where = file + ": metrics." + name;
            if (!metric.isObject()) {
                throw new ConfigException(where + " must be an object with 'baseline' and 'candidate' arrays");
            }
            metric.fieldNames().forEachRemaining(key -> {
                if (!key.equals("baseline") && !key.equals("candidate") && !key.equals("direction")) {
                    throw new ConfigException(where + ": unknown key '" + key
                            + "'; allowed: baseline, candidate, direction");
                }
            });
            Direction direction = null;
            if (metric.has("direction")) {
                try {
                    direction = Direction.parse(metric.get("direction").asText());
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(where + ".direction: " + e.getMessage());
                }
            }
            data.put(name, new MetricData.Samples(numbers(metric, "baseline", where),
                    numbers(metric, "candidate", where), direction));
        }
        return new CanaryData(data, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    private static double[] numbers(JsonNode metric, String side, String where) {
        JsonNode array = metric.get(side);
        if (array == null || !array.isArray()) {
            throw new ConfigException(where + "." + side + " must be an array of numbers");
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = array.get(i);
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw new ConfigException(where + "." + side + "[" + i + "] must be a finite number, got " + v);
            }
            values[i] = v.asDouble();
        }
        return values;
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": file not found");
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
    }
}
