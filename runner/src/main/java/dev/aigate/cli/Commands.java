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
                new CommandLine(new PromptsCommand(context)),
                new CommandLine(new BenchCommand(context)),
                new CommandLine(new CanaryCommand(context)),
                new CommandLine(new CostCommand(context)),
                new CommandLine(new MergeCommand(context)),
                new CommandLine(new SimulateCommand(context)),
                GpuCommand.create(context),
                new CommandLine(new ActionCommand(context)));
    }
}
