package dev.aigate.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the SciPy / R reference vectors that {@code test-fixtures/reference/canary/generate.py} wrote. The tests
 * read committed files; CI needs neither Python nor R.
 */
final class ReferenceVectors {

    static final Path DIRECTORY = Path.of("..", "test-fixtures", "reference", "canary");

    private ReferenceVectors() {
    }

    static List<JsonNode> cases(String file) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(DIRECTORY.resolve(file)));
            List<JsonNode> cases = new ArrayList<>();
            root.get("cases").forEach(cases::add);
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] values(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
