package dev.aigate.cli;

import java.util.List;
import java.util.Map;

/** The in-process CLI for tests outside this package: runs one command line, returns exit code and output. */
public final class InProcessCli {

    /** What one command line produced. */
    public record Run(int exitCode, String output) {
    }

    private InProcessCli() {
    }

    public static Run run(List<String> args) {
        CliRunner.Run run = CliRunner.run(Map.of(), args.toArray(String[]::new));
        return new Run(run.exitCode(), run.all());
    }
}
