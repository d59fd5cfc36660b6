package dev.aigate.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.config.ConfigException;
import dev.aigate.config.TextFiles;
import dev.aigate.json.JsonErrors;
import dev.aigate.secrets.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The history of results: a JSON Lines file, one {@link BuildRecord} a line, oldest first, that CI keeps between
 * builds (a cache, an artifact, a branch). Given a directory, the file is {@value #FILE_NAME} inside it. A record
 * is appended with one write of one line, so concurrent builds and interrupted ones leave whole lines.
 */
public final class HistoryStore {

    public static final String FILE_NAME = "aigate-history.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Redactor redactor;

    private HistoryStore(Path file, Redactor redactor) {
        this.file = file;
        this.redactor = redactor;
    }

    /**
     * The store at {@code path}: a file, or a directory (existing, or named with a trailing slash). Every line
     * written passes through the redactor, as every report does.
     */
    public static HistoryStore at(Path path, boolean namedAsDirectory, Redactor redactor) {
        return new HistoryStore(namedAsDirectory || Files.isDirectory(path) ? path.resolve(FILE_NAME) : path,
                redactor);
    }

    public Path file() {
        return file;
    }

    /** Every record, oldest first; none when the file does not exist yet. A malformed line is bad input. */
    public List<BuildRecord> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = TextFiles.read(file).lines().toList();
        List<BuildRecord> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                records.add(BuildRecord.fromJson(JSON.readTree(lines.get(i))));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                String why = e instanceof JsonProcessingException json ? JsonErrors.describe(json) : e.getMessage();
                throw new ConfigException(file + ":" + (i + 1) + ": not an aigate history record (" + why + ")");
            }
        }
        return records;
    }

    /**
     * Appends the current build's record and returns its trend: the earlier builds of the same gate, then it. The
     * history is read once.
     *
     * @param current the record, given the sequence number of this build (how many records the history holds, plus
     *                one): its build number when CI gives none
     */
    public Trend record(LongFunction<BuildRecord> current) {
        List<BuildRecord> past = read();
        BuildRecord record = current.apply(past.size() + 1L);
        append(record);
        return Trend.of(past, record);
    }

    public void append(BuildRecord record) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, redactor.redact(JSON.writeValueAsString(record.toJson())) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ConfigException("--history " + file + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
