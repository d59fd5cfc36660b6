package dev.aigate.cli;

import dev.aigate.canary.CanaryConfig;
import dev.aigate.canary.CanaryConfigParser;
import dev.aigate.canary.CanaryInput;
import dev.aigate.canary.CanaryStageSpec;
import dev.aigate.canary.LiveSpec;
import dev.aigate.config.ConfigException;
import dev.aigate.config.TargetSpec;
import dev.aigate.provider.Api;
import dev.aigate.run.CanaryStage;
import dev.aigate.run.GateRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aigate canary}: judges a candidate against its baseline from files, plain samples or live traffic. */
@Command(name = "canary", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Statistical comparison of baseline and candidate (Mann-Whitney, Hodges-Lehmann, Fisher, "
                + "Holm), scored and judged as Kayenta does. Give --samples, or --baseline and --candidate result "
                + "files, or --baseline-url and --candidate-url for a live canary.")
final class CanaryCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--samples", paramLabel = "FILE", description = "Plain samples JSON (SPEC §5).")
    Path samples;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Baseline bench result.json or .jsonl log.")
    Path baseline;

    @Option(names = "--candidate", paramLabel = "FILE", description = "Candidate bench result.json or .jsonl log.")
    Path candidate;

    @Option(names = "--config", paramLabel = "FILE", description = "Canary YAML: rules, groups, score thresholds.")
    Path config;

    @Option(names = "--confidence", paramLabel = "L", description = "Confidence level (default 0.95, or the config's).")
    Double confidence;

    @Option(names = "--baseline-url", paramLabel = "URL", description = "Live: baseline target, URL or 'embedded'.")
    String baselineUrl;

    @Option(names = "--candidate-url", paramLabel = "URL", description = "Live: candidate target, URL or 'embedded'.")
    String candidateUrl;

    @Option(names = "--baseline-model", description = "Live: model name the baseline serves.")
    String baselineModel;

    @Option(names = "--candidate-model", description = "Live: model name the candidate serves.")
    String candidateModel;

    @Option(names = "--baseline-profile", description = "Live, embedded baseline: simulator profile (default fast).")
    String baselineProfile = "fast";

    @Option(names = "--candidate-profile", description = "Live, embedded candidate: simulator profile (default fast).")
    String candidateProfile = "fast";

    @Option(names = "--api", paramLabel = "openai|anthropic", description = "Live: wire format of both targets.")
    Api api = Api.OPENAI;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "Live: environment variable with the API key.")
    String apiKeyEnv;

    @Option(names = "--duration", paramLabel = "D", description = "Live: how long to send traffic (default 60s).")
    String duration = "60s";

    @Option(names = "--pairs", paramLabel = "N",
            description = "Live: stop after N prompts sent to both, N >= 1 (default: no limit, until --duration).")
    Long pairs;

    @Option(names = "--concurrency", paramLabel = "N", description = "Live: prompt pairs in flight (default 4).")
    int concurrency = 4;

    @Option(names = "--input-tokens", paramLabel = "N", description = "Live: prompt length in tokens (default 128).")
    int inputTokens = 128;

    @Option(names = "--output-tokens", paramLabel = "N", description = "Live: max_tokens with ignore_eos (default 64).")
    int outputTokens = 64;

    @Option(names = "--seed", description = "Seeds live prompts and pair order (default 42).")
    long seed = 42;

    @Option(names = "--sequential",
            description = "Live: stop as soon as an anytime-valid test settles the canary (docs/canary.md).")
    boolean sequential;

    @Option(names = "--min-pairs", paramLabel = "N",
            description = "Live, sequential: pairs before it may stop (default 20).")
    long minPairs = 20;

    @Mixin
    CommonOptions common;

    CanaryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!common.thresholds().isEmpty()) {
            throw new ConfigException("--threshold does not apply to canary: it is judged by its score; set "
                    + "pass_score and marginal_score in --config (see docs/canary.md)");
        }
        CanaryStageSpec stage = new CanaryStageSpec(input(), judging());
        return Interruptible.runAndPublish("canary",
                () -> GateRun.single("canary", "baseline vs candidate", CanaryStage.run(stage, context.environment())),
                new ReportPublisher(context.out()), common);
    }

    private CanaryConfig judging() {
        CanaryConfig judging = config == null ? CanaryConfig.defaults() : CanaryConfigParser.parse(config);
        if (confidence != null) {
            if (!(confidence > 0 && confidence < 1)) {
                throw new ConfigException("--confidence must be between 0 and 1 (e.g. 0.95), got " + confidence);
            }
            judging = judging.withConfidence(confidence);
        }
        return judging;
    }

    private CanaryInput input() {
        boolean files = baseline != null || candidate != null;
        boolean live = baselineUrl != null || candidateUrl != null;
        int given = (samples != null ? 1 : 0) + (files ? 1 : 0) + (live ? 1 : 0);
        if (given != 1) {
            throw new ConfigException("give exactly one input: --samples FILE, or --baseline FILE --candidate FILE, "
                    + "or --baseline-url URL --candidate-url URL");
        }
        if (samples != null) {
            return new CanaryInput.Samples(samples);
        }
        if (files) {
            if (baseline == null || candidate == null) {
                throw new ConfigException("--baseline and --candidate go together: one result file per side");
            }
            return new CanaryInput.ResultFiles(baseline, candidate);
        }
        if (baselineUrl == null || candidateUrl == null) {
            throw new ConfigException("--baseline-url and --candidate-url go together: one target per side");
        }
        LiveSpec spec = new LiveSpec(FlagValues.positiveDuration("--duration", duration),
                pairs == null ? LiveSpec.UNLIMITED_PAIRS : FlagValues.atLeast("--pairs", pairs, 1),
                FlagValues.atLeast("--concurrency", concurrency, 1),
                FlagValues.atLeast("--input-tokens", inputTokens, 1),
                FlagValues.atLeast("--output-tokens", outputTokens, 1), seed, sequential,
                FlagValues.atLeast("--min-pairs", minPairs, LiveSpec.MIN_SEQUENTIAL_PAIRS));
        return new CanaryInput.Live(target("baseline", baselineUrl, baselineModel, baselineProfile),
                target("candidate", candidateUrl, candidateModel, candidateProfile), spec);
    }

    private TargetSpec target(String side, String url, String model, String profile) {
        boolean embedded = TargetSpec.EMBEDDED.equals(url);
        TargetSpec.checkUrl(url, TargetSpec.URL_FORMS,
                problem -> new ConfigException("--" + side + "-url " + problem));
        if (embedded) {
            TargetSpec.checkProfile(profile, m -> new ConfigException("--" + side + "-profile: " + m));
        } else if (model == null) {
            throw new ConfigException("--" + side + "-model is required for a server (the name it serves)");
        }
        TargetSpec defaults = TargetSpec.embedded();
        return new TargetSpec(side, url, api, model == null ? defaults.model() : model, defaults.endpoint(),
                embedded ? null : apiKeyEnv, null, null, embedded ? profile : null, seed, defaults.retries(),
                defaults.timeout());
    }
}
