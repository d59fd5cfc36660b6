package dev.aigate.canary;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One kind of result file the canary can take a side from. Bench results and per-request logs exist; prompt-suite
 * results plug in here as another format.
 */
interface ResultFileFormat {

    /** A short name for messages, e.g. {@code bench result}. */
    String name();

    /** Whether this format reads a file whose JSON root is {@code root} (null for a JSON Lines file). */
    boolean reads(Path file, JsonNode root);

    SideData read(Path file, JsonNode root);
}
