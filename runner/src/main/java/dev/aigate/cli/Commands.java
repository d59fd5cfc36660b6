package dev.aigate.cli;

import java.util.List;
import picocli.CommandLine;

/** The subcommands of SPEC §2, in the order {@code --help} lists them. */
final class Commands {

    private Commands() {
    }

    static List<CommandLine> all(CliContext context) {
        return List.of(
                new CommandLine(new RunCommand(context)),
                PendingCommand.create("prompts", "Run a prompt regression suite.", context.err()),
                new CommandLine(new BenchCommand(context)),
                PendingCommand.create("canary", "Statistical comparison of baseline and candidate.", context.err()),
                PendingCommand.create("cost", "Cost estimate and budget gate.", context.err()),
                PendingCommand.create("merge", "Merge shard results into one result, exactly.", context.err()),
                new CommandLine(new SimulateCommand(context)),
                PendingCommand.create("gpu", "GPU runner probe and telemetry.", context.err()),
                new CommandLine(new ActionCommand(context)));
    }
}
