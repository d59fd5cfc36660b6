package dev.aigate.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A prompt file a benchmark sends instead of synthetic prompts: what the user named, not its content (which
 * {@link DatasetReader} loads when the run starts).
 *
 * @param file   the file
 * @param format how it is written
 */
public record DatasetSpec(Path file, DatasetFormat format) {

    public DatasetSpec {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
    }
}
