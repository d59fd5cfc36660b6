package dev.aigate.canary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.config.ConfigException;
import dev.aigate.config.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a baseline and a candidate result file (any {@link ResultFileFormat}, each side its own) into the data to
 * judge. A metric present on one side only is kept, with no data on the other: the judge reports it as nodata.
 */
public final class ResultFiles {

    private static final List<ResultFileFormat> FORMATS = List.of(new BenchResultFormat(), new RequestLogFormat());

    private ResultFiles() {
    }

    public static CanaryData read(Path baselineFile, Path candidateFile) {
        SideData baseline = side(baselineFile);
        SideData candidate = side(candidateFile);
        Map<String, MetricData> metrics = new LinkedHashMap<>();
        Set<String> sampleNames = new LinkedHashSet<>(baseline.samples().keySet());
        sampleNames.addAll(candidate.samples().keySet());
        for (String name : sampleNames) {
            metrics.put(name, new MetricData.Samples(baseline.samples().getOrDefault(name, new double[0]),
                    candidate.samples().getOrDefault(name, new double[0]), null));
        }
        Set<String> countNames = new LinkedHashSet<>(baseline.counts().keySet());
        countNames.addAll(candidate.counts().keySet());
        for (String name : countNames) {
            long[] b = baseline.counts().getOrDefault(name, new long[] {0, 0});
            long[] c = candidate.counts().getOrDefault(name, new long[] {0, 0});
            metrics.put(name, new MetricData.Counts(b[0], b[1], c[0], c[1]));
        }
        return new CanaryData(metrics, name(baselineFile) + " vs " + name(candidateFile), null,
                CanaryData.requests(baseline.requests(), candidate.requests()));
    }

    private static SideData side(Path file) {
        JsonNode root = isJsonLines(file) ? null : SamplesFile.readJson(file);
        for (ResultFileFormat format : FORMATS) {
            if (format.reads(file, root)) {
                return format.read(file, root);
            }
        }
        String schema = root == null ? "" : root.path("schema").asText("");
        throw new ConfigException(file + ": not a result aigate can compare"
                + (schema.isEmpty() ? "" : " (schema '" + schema + "')")
                + "; give a bench result.json or a per-request .jsonl log (plain samples go to --samples)");
    }

    private static boolean isJsonLines(Path file) {
        if (file.toString().endsWith(".jsonl")) {
            return true;
        }
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            // One complete object on the first line, and more lines after it: JSON Lines.
            List<String> head = reader.lines().filter(l -> !l.isBlank()).limit(2).toList();
            return head.size() == 2 && head.get(0).trim().startsWith("{") && head.get(0).trim().endsWith("}");
        } catch (UncheckedIOException e) {
            throw TextFiles.unreadable(file, e.getCause());
        } catch (IOException e) {
            throw TextFiles.unreadable(file, e);
        }
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
