package dev.aigate.cli;

import dev.aigate.bench.Shard;
import dev.aigate.config.ConfigException;
import dev.aigate.config.GateFile;
import dev.aigate.config.GateFileParser;
import dev.aigate.run.GateRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aigate run GATE.yaml}: every stage of a gate file, one verdict. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the whole gate of a gate file (targets, stages, thresholds) and give one verdict.")
final class RunCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "GATE.yaml", description = "The gate file (see docs/gate-file.md).")
    Path gateFile;

    @Option(names = "--shard", paramLabel = "i/N",
            description = "Run shard i of N (0-based) of the bench stage's load and of the prompts stage's cases, "
                    + "replacing the stages' own 'shard', e.g. --shard $(JOB_COMPLETION_INDEX)/4; merge the "
                    + "results with 'aigate merge'.")
    String shard;

    @Mixin
    CommonOptions common;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        GateFile parsed = GateFileParser.parse(gateFile);
        GateFile gate = shard == null ? parsed : parsed.withShard(shard());
        common.history = common.history != null ? common.history : gate.history().orElse(null);  // the flag wins
        return Interruptible.runAndPublish("run", () -> GateRun.run(gate,
                common.thresholdSpecs(), context.environment()),
                new ReportPublisher(context.out()), common);
    }

    private Shard shard() {
        try {
            return Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--shard: " + e.getMessage());
        }
    }
}
