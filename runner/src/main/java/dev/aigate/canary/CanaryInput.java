package dev.aigate.canary;

import dev.aigate.config.TargetSpec;
import java.nio.file.Path;

/** Where the canary's data comes from (SPEC §2 and issue 5: files, plain samples, or live traffic). */
public sealed interface CanaryInput {

    /** A plain samples file (SPEC §5). */
    record Samples(Path file) implements CanaryInput {
    }

    /** Two result files: a bench result.json or a per-request .jsonl log per side. */
    record ResultFiles(Path baseline, Path candidate) implements CanaryInput {
    }

    /** Two targets, the same interleaved traffic, then the judge. */
    record Live(TargetSpec baseline, TargetSpec candidate, LiveSpec spec) implements CanaryInput {
    }
}
