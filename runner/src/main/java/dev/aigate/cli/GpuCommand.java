package dev.aigate.cli;

import dev.aigate.config.ConfigException;
import dev.aigate.config.Durations;
import dev.aigate.gate.MetricSource;
import dev.aigate.gate.Threshold;
import dev.aigate.run.GateRun;
import dev.aigate.run.GpuProbeStage;
import dev.aigate.run.GpuTelemetryStage;
import dev.aigate.run.ThresholdBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aigate gpu}: the CUDA runner probe and GPU telemetry; both write a report of kind {@code gpu}. */
@Command(name = "gpu", mixinStandardHelpOptions = true,
        description = "GPU runner probe and telemetry.")
final class GpuCommand implements Callable<Integer> {

    private final CliContext context;

    private GpuCommand(CliContext context) {
        this.context = context;
    }

    static CommandLine create(CliContext context) {
        return new CommandLine(new GpuCommand(context))
                .addSubcommand(new CommandLine(new Probe(context)))
                .addSubcommand(new CommandLine(new Telemetry(context)));
    }

    @Override
    public Integer call() {
        context.err().println("aigate gpu: name what to do: 'aigate gpu probe' or 'aigate gpu telemetry' "
                + "(see 'aigate gpu --help')");
        context.err().flush();
        return ExitCodes.USAGE;
    }

    private static List<Threshold> bind(CommonOptions common, MetricSource catalog) {
        return ThresholdBinder.bind(common.thresholdSpecs(), catalog);
    }

    /** {@code aigate gpu probe}: is this runner's GPU as fast as a healthy card of its model? */
    @Command(name = "probe", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Detects the GPUs, runs CUDA kernels (device memory bandwidth, FP32 FMA rate, pinned "
                    + "host<->device copies) and compares each figure with what a healthy card of the detected "
                    + "model reaches. Fails (exit 1) when a runner is degraded; no GPU or an unknown model is "
                    + "inconclusive (exit 3)."})
    static final class Probe implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--min-fraction", paramLabel = "F",
                description = "Degraded below this share of a healthy card's figure (default 0.8).")
        double minFraction = GpuProbeStage.DEFAULT_MIN_FRACTION;

        @Mixin
        CommonOptions common;

        Probe(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!(minFraction > 0 && minFraction <= 1)) {
                throw new ConfigException("--min-fraction must be in (0, 1], got " + minFraction);
            }
            List<Threshold> thresholds = new ArrayList<>(GpuProbeStage.defaultThresholds(minFraction));
            thresholds.addAll(bind(common, GpuProbeStage.catalog()));
            return Interruptible.runAndPublish("gpu",
                    () -> GateRun.single("gpu", "GPU runner probe",
                            GpuProbeStage.run(thresholds, context.environment())),
                    new ReportPublisher(context.out()), common);
        }
    }

    /** {@code aigate gpu telemetry}: samples utilization, memory, power, SM clock and temperature. */
    @Command(name = "telemetry", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Samples every GPU with nvidia-smi (utilization, memory used, power, SM clock, "
                    + "temperature) and reports mean, p50, p99 and max per GPU and the energy used.")
    static final class Telemetry implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--duration", paramLabel = "D", description = "How long to sample (default 10s).")
        String duration = "10s";

        @Option(names = "--interval", paramLabel = "D", description = "Sampling interval (default 100ms).")
        String interval = "100ms";

        @Mixin
        CommonOptions common;

        Telemetry(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Duration runFor = Durations.parseFlag("--duration", duration);
            Duration every = Durations.parseFlag("--interval", interval);
            if (runFor.isZero() || runFor.isNegative()) {
                throw new ConfigException("--duration must be longer than 0, got " + duration);
            }
            if (every.toMillis() < 10) {
                throw new ConfigException("--interval must be at least 10ms, got " + interval);
            }
            List<Threshold> thresholds = bind(common, GpuTelemetryStage.catalog());
            return Interruptible.runAndPublish("gpu",
                    () -> GateRun.single("gpu", "GPU telemetry",
                            GpuTelemetryStage.run(runFor, every, thresholds, context.environment())),
                    new ReportPublisher(context.out()), common);
        }
    }
}
