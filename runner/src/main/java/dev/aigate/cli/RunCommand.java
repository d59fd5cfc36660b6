package dev.aigate.cli;

import dev.aigate.config.GateFile;
import dev.aigate.config.GateFileParser;
import dev.aigate.run.GateRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code aigate run GATE.yaml}: every stage of a gate file, one verdict. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the whole gate of a gate file (targets, stages, thresholds) and give one verdict.")
final class RunCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "GATE.yaml", description = "The gate file (see docs/gate-file.md).")
    Path gateFile;

    @Mixin
    CommonOptions common;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        GateFile gate = GateFileParser.parse(gateFile);
        common.history = common.history != null ? common.history : gate.history().orElse(null);  // the flag wins
        return Interruptible.runAndPublish("run", () -> GateRun.run(gate,
                common.thresholdSpecs(), context.environment()),
                new ReportPublisher(context.out()), common);
    }
}
