package dev.aigate.cli;

import dev.aigate.bench.Shard;
import dev.aigate.config.ConfigException;
import dev.aigate.config.PromptfooConfigReader;
import dev.aigate.config.PromptsStageParser;
import dev.aigate.config.PromptsStageSpec;
import dev.aigate.config.TargetSpec;
import dev.aigate.config.ThresholdSpec;
import dev.aigate.gate.Threshold;
import dev.aigate.run.GateRun;
import dev.aigate.run.PromptsStage;
import dev.aigate.run.ThresholdBinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aigate prompts SUITE.yaml}: a prompt regression suite, optionally against a baseline; flags override the
 * file. A promptfoo config is read as a suite.
 */
@Command(name = "prompts", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a prompt regression suite against a target, compare it with a baseline (exact McNemar "
                + "on paired cases), and gate on the result (docs/prompts.md).")
final class PromptsCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "SUITE.yaml",
            description = "The suite (see docs/prompts.md), or a promptfoo config (promptfooconfig.yaml).")
    Path suiteFile;

    @Option(names = "--target", paramLabel = "URL_OR_NAME",
            description = "The candidate: a URL or 'embedded' (overrides the suite's target).")
    String target;

    @Option(names = "--model", description = "Model name for --target (and --baseline when it is a URL).")
    String model;

    @Option(names = "--baseline", paramLabel = "FILE_OR_TARGET",
            description = "Compare with a stored prompts result.json, or run a baseline target (URL or 'embedded').")
    String baseline;

    @Option(names = "--baseline-model", description = "Model name for a --baseline target.")
    String baselineModel;

    @Option(names = "--repeat", paramLabel = "N", description = "Ask every case N times (per-case flakiness).")
    Integer repeat;

    @Option(names = "--concurrency", paramLabel = "N", description = "Requests in flight at once (default 8).")
    Integer concurrency;

    @Option(names = "--max-cost", paramLabel = "$X",
            description = "Stop before the suite's calls would cost more than this (exit 3, partial results written).")
    String maxCost;

    @Option(names = "--shard", paramLabel = "i/N",
            description = "Run only the cases at positions i (mod N), counted from 0 as bench --shard counts; "
                    + "join the results with merge.")
    String shard;

    @Option(names = "--no-cache", description = "Ask the target again instead of reusing cached answers.")
    boolean noCache;

    @Mixin
    CommonOptions common;

    PromptsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PromptsStageSpec spec = overridden(PromptfooConfigReader.isPromptfoo(suiteFile)
                ? PromptfooConfigReader.read(suiteFile) : PromptsStageParser.suiteFile(suiteFile));
        List<ThresholdSpec> specs = new java.util.ArrayList<>(spec.thresholds());
        specs.addAll(common.thresholdSpecs());
        List<Threshold> thresholds = ThresholdBinder.bind(specs, PromptsStage.catalog(spec));
        return Interruptible.runAndPublish("prompts",
                () -> GateRun.single("prompts", spec.suite().name(),
                        PromptsStage.run(spec, thresholds, context.environment())),
                new ReportPublisher(context.out()), common);
    }

    private PromptsStageSpec overridden(PromptsStageSpec spec) {
        PromptsStageSpec result = spec;
        if (target != null) {
            result = result.withCandidate(new PromptsStageSpec.Side(targetFlag("--target", target, model),
                    spec.candidate().promptsDir()));
        } else if (model != null) {
            throw new ConfigException("--model goes with --target");
        }
        if (baseline != null) {
            result = result.withBaseline(Optional.of(baseline.endsWith(".json")
                    ? PromptsStageSpec.Baseline.stored(existing(baseline))
                    : PromptsStageSpec.Baseline.of(new PromptsStageSpec.Side(
                            targetFlag("--baseline", baseline, baselineModel != null ? baselineModel : model),
                            Optional.empty()))));
        }
        int repeats = repeat == null ? spec.repeat() : FlagValues.atLeast("--repeat", repeat, 1);
        int inFlight = concurrency == null ? spec.concurrency() : FlagValues.atLeast("--concurrency", concurrency, 1);
        Double cost = spec.maxCostUsd();
        if (maxCost != null) {
            cost = PromptsStageParser.parseMoney(maxCost, m -> new ConfigException("--max-cost: " + m));
        }
        Shard part = spec.shard();
        if (shard != null) {
            try {
                part = Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("--shard: " + e.getMessage());
            }
        }
        PromptsStageSpec.Cache cache = noCache ? new PromptsStageSpec.Cache(spec.cache().directory(),
                spec.cache().ttl(), false) : spec.cache();
        return result.withRun(repeats, inFlight, cost, part, cache);
    }

    /** A target flag: 'embedded', a URL, or (not supported here) a name; the model defaults as in a gate file. */
    private static TargetSpec targetFlag(String flag, String value, String modelName) {
        TargetSpec base = TargetSpec.embedded();
        boolean embedded = TargetSpec.EMBEDDED.equals(value);
        TargetSpec.checkUrl(value, "'embedded', an http(s) URL, or a stored result .json",
                problem -> new ConfigException(flag + " " + problem));
        if (!embedded && modelName == null) {
            throw new ConfigException(flag + " " + value + " needs a model name (--model / --baseline-model)");
        }
        return new TargetSpec("default", value, base.api(), modelName == null ? base.model() : modelName,
                base.endpoint(), null, null, null, embedded ? base.profile() : null, base.seed(), base.retries(),
                base.timeout());
    }

    private static Path existing(String file) {
        Path path = Path.of(file);
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new ConfigException("--baseline " + file + ": file not found");
        }
        return path;
    }
}
