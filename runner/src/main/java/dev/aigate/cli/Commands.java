package dev.aigate.cli;

import java.util.List;
import picocli.CommandLine;

/** The subcommands of SPEC §2, in the order {@code --help} lists them. */
final class Commands {

    private Commands() {
    }

    static List<CommandLine> all(CliContext context) {
        return List.of(
                PendingCommand.create("run", "The whole gate from a gate file: one verdict.", context.err()),
                PendingCommand.create("prompts", "Run a prompt regression suite.", context.err()),
                PendingCommand.create("bench", "Load and latency benchmark of an OpenAI-compatible or Anthropic endpoint.",
                        context.err()),
                PendingCommand.create("canary", "Statistical comparison of baseline and candidate.", context.err()),
                PendingCommand.create("cost", "Cost estimate and budget gate.", context.err()),
                PendingCommand.create("merge", "Merge shard results into one result, exactly.", context.err()),
                PendingCommand.create("simulate", "Run the LLM server simulator.", context.err()),
                PendingCommand.create("gpu", "GPU runner probe and telemetry.", context.err()));
    }
}
