package dev.aigate.cli;

import dev.aigate.config.ThresholdSpec;
import dev.aigate.history.HistoryStore;
import dev.aigate.secrets.Redactor;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The flags every command takes (SPEC §2, fixed names). */
public final class CommonOptions {

    /** How the result is printed on stdout. */
    public enum Format {
        text,
        json
    }

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory for result.json, summary.md, junit.xml and report.html (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("aigate-out");

    @Option(names = "--format", paramLabel = "text|json",
            description = "Print the human summary (text) or the result JSON (json) on stdout (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--threshold", paramLabel = "EXPR",
            description = "A gate such as 'p99(ttft) < 500ms'; repeatable.")
    List<String> thresholds = new ArrayList<>();

    @Option(names = "--history", paramLabel = "FILE_OR_DIR",
            description = "Append this result to a JSON Lines history (a file, or a directory holding "
                    + "aigate-history.jsonl) and chart key metrics across builds in the reports.")
    String history;

    @Option(names = "--debug", description = "Print stack traces and diagnostic detail on stderr.")
    boolean debug;

    public Path out() {
        return out;
    }

    public Format format() {
        return format;
    }

    public List<String> thresholds() {
        return List.copyOf(thresholds);
    }

    /** The {@code --threshold} flags, as specs whose errors name the flag. */
    public List<ThresholdSpec> thresholdSpecs() {
        return thresholds.stream().map(ThresholdSpec::fromFlag).toList();
    }

    /** The {@code --history} store, or null when not given. */
    public HistoryStore history() {
        return history == null ? null
                : HistoryStore.at(Path.of(history), history.endsWith("/") || history.endsWith(File.separator),
                        Redactor.global());
    }

    public boolean debug() {
        return debug;
    }
}
