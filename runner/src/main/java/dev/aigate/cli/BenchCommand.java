package dev.aigate.cli;

import dev.aigate.bench.Arrivals;
import dev.aigate.bench.BenchSpec;
import dev.aigate.bench.DatasetFormat;
import dev.aigate.bench.DatasetSpec;
import dev.aigate.bench.JsonlRequestLog;
import dev.aigate.bench.RequestLog;
import dev.aigate.bench.RunOptions;
import dev.aigate.bench.Shard;
import dev.aigate.bench.SweepSpec;
import dev.aigate.config.BenchStageSpec;
import dev.aigate.config.ConfigException;
import dev.aigate.config.Shares;
import dev.aigate.config.SloParser;
import dev.aigate.config.TargetSpec;
import dev.aigate.gate.Threshold;
import dev.aigate.provider.Api;
import dev.aigate.provider.ProviderConfig;
import dev.aigate.run.BenchStage;
import dev.aigate.run.GateRun;
import dev.aigate.run.GoodputSlos;
import dev.aigate.run.ThresholdBinder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aigate bench}: load and latency benchmark of one endpoint, flags in, verdict out. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Load and latency benchmark of an OpenAI-compatible, Anthropic or Azure OpenAI endpoint "
                + "(TTFT, ITL, TPOT, E2EL, throughput, goodput, errors by kind).")
final class BenchCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--url", paramLabel = "BASE_URL",
            description = "Base URL such as http://host:8000/v1, or 'embedded' for the built-in simulator (default).")
    String url = TargetSpec.EMBEDDED;

    @Option(names = "--model", description = "Model name sent with each request (required for a real server).")
    String model;

    @Option(names = "--api", paramLabel = "openai|anthropic|azure", description = "Wire format (default openai).")
    Api api = Api.OPENAI;

    @Option(names = "--endpoint", paramLabel = "chat|completions",
            description = "OpenAI endpoint: chat completions (default) or completions.")
    ProviderConfig.Endpoint endpoint = ProviderConfig.Endpoint.CHAT;

    @Option(names = "--concurrency", paramLabel = "N", description = "Requests in flight at once (default 8).")
    int concurrency = 8;

    @Option(names = "--rate", paramLabel = "R",
            description = "Open loop: arrivals at R requests/s. --concurrency still caps the requests in flight: give "
                    + "about R × mean latency or more (an arrival due while every slot is busy goes out late, "
                    + "counted as waited_for_slot).")
    Double rate;

    @Option(names = "--arrivals", paramLabel = "poisson|gamma|constant",
            description = "How an open loop spaces arrivals (default poisson; gamma when --burstiness is given).")
    String arrivals;

    @Option(names = "--burstiness", paramLabel = "B",
            description = "Gamma arrivals of shape B (vLLM semantics): below 1 burstier, above 1 steadier, "
                    + "1 = Poisson.")
    Double burstiness;

    @Option(names = "--ramp-up", paramLabel = "D",
            description = "Build load up over D: the rate rises linearly from 0, or workers start one by one.")
    String rampUp;

    @Option(names = "--requests", paramLabel = "N", description = "Measured requests (default 100 without --duration).")
    Long requests;

    @Option(names = "--duration", paramLabel = "D", description = "Send for this long, e.g. 60s or 5m.")
    String duration;

    @Option(names = "--warmup-requests", paramLabel = "N", description = "Requests sent first and left out of metrics.")
    long warmupRequests;

    @Option(names = "--warmup", paramLabel = "D", description = "Requests due within D of the start are left out.")
    String warmup;

    @Option(names = "--cooldown", paramLabel = "D",
            description = "With --duration: requests due in its last D are sent but left out of metrics.")
    String cooldown;

    @Option(names = "--dataset", paramLabel = "FILE",
            description = "Send the prompts of FILE instead of synthetic ones (see --dataset-format).")
    Path dataset;

    @Option(names = "--dataset-format", paramLabel = "jsonl|sharegpt",
            description = "jsonl: {\"prompt\": ..., \"output_tokens\": N} per line; sharegpt: ShareGPT JSON "
                    + "(default jsonl).")
    String datasetFormat = "jsonl";

    @Option(names = "--shard", paramLabel = "i/N",
            description = "Send shard i of N of the load (0-based); merge the results with 'aigate merge'.")
    String shard;

    @Option(names = "--sweep", paramLabel = "AXIS=LOADS",
            description = "Run at each load in turn: concurrency=1,8,32,128 or rate=2,4,8 (one result, a point "
                    + "per load).")
    String sweep;

    @Option(names = "--max-goodput",
            description = "With --sweep and --slo: search for the highest load meeting the SLOs "
                    + "(see --slo-attainment); thresholds then judge that point.")
    boolean maxGoodput;

    @Option(names = "--slo-attainment", paramLabel = "SHARE",
            description = "Share of requests that must meet every SLO for a load to count, e.g. 0.9 or 90%% "
                    + "(default 0.9).")
    String sloAttainment = "0.9";

    @Option(names = "--search-steps", paramLabel = "N",
            description = "Bisection steps of the --max-goodput search between listed loads (default 3).")
    int searchSteps = 3;

    @Option(names = "--request-log", paramLabel = "FILE",
            description = "Also write every request's raw measurement to FILE (JSON Lines).")
    Path requestLog;

    @Option(names = "--input-tokens", paramLabel = "N", description = "Prompt length in tokens (default 128).")
    int inputTokens = 128;

    @Option(names = "--output-tokens", paramLabel = "N", description = "max_tokens, with ignore_eos (default 128).")
    int outputTokens = 128;

    @Option(names = "--slo", paramLabel = "METRIC:LIMIT,...",
            description = "Per-request service levels for goodput, e.g. ttft:200ms,tpot:50ms.")
    String slo;

    @Option(names = "--retries", paramLabel = "N",
            description = "Retries on 429/502/503/504/resets (default 3); 0 for a pure server measurement.")
    int retries = 3;

    @Option(names = "--timeout", paramLabel = "D",
            description = "Longest one request may take, and the longest the server may stay silent (default 5m).")
    String timeout = "5m";

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "Environment variable holding the API key. Default: the API's usual variable "
                    + "(OPENAI_API_KEY, ANTHROPIC_API_KEY, AZURE_OPENAI_API_KEY) for its cloud hosts; none for others.")
    String apiKeyEnv;

    @Option(names = "--deployment", description = "Azure OpenAI deployment name.")
    String deployment;

    @Option(names = "--api-version", description = "Azure OpenAI api-version (default 2024-10-21).")
    String apiVersion = "2024-10-21";

    @Option(names = "--profile", description = "Simulator latency profile, with --url embedded (default 'default').")
    String profile = TargetSpec.DEFAULT_PROFILE;

    @Option(names = "--seed", description = "Seeds prompts, arrivals and the embedded simulator (default 42).")
    long seed = 42;

    @Mixin
    CommonOptions common;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BenchSpec spec = spec();
        SweepSpec sweepSpec = sweep(spec);
        boolean sweepsRate = sweepSpec != null && sweepSpec.axis() == SweepSpec.Axis.RATE;
        if ((arrivals != null || burstiness != null) && rate == null && !sweepsRate) {
            throw new ConfigException(
                    "--arrivals and --burstiness shape an open loop: give --rate or --sweep rate=...");
        }
        BenchStageSpec stage = new BenchStageSpec(target(), spec, sweepSpec, List.of());
        List<Threshold> thresholds = ThresholdBinder.bind(common.thresholdSpecs(), BenchStage.catalog());
        GoodputSlos.require(common.thresholdSpecs(), thresholds, spec,
                "give --slo, e.g. --slo ttft:200ms,tpot:50ms");
        try (RequestLog log = openRequestLog()) {
            RunOptions options = RunOptions.DEFAULT.withRequestLog(log);
            return Interruptible.runAndPublish("bench",
                    () -> GateRun.single("bench", stage.target().isEmbedded() ? "embedded simulator" : url,
                            BenchStage.run(stage, thresholds, context.environment(), options)),
                    new ReportPublisher(context.out()), common);
        }
    }

    private RequestLog openRequestLog() {
        if (requestLog == null) {
            return RequestLog.NONE;
        }
        try {
            return JsonlRequestLog.open(requestLog);
        } catch (IOException e) {
            throw new ConfigException("--request-log: cannot write " + requestLog + " (" + e.getMessage() + ")");
        }
    }

    private SweepSpec sweep(BenchSpec spec) {
        if (sweep == null) {
            if (maxGoodput) {
                throw new ConfigException("--max-goodput searches over a sweep: give --sweep too");
            }
            return null;
        }
        if (maxGoodput && spec.slos().isEmpty()) {
            throw new ConfigException("--max-goodput needs SLOs to meet: give --slo too, e.g. ttft:200ms,tpot:50ms");
        }
        FlagValues.atLeast("--search-steps", searchSteps, 0);
        double attainment;
        try {
            attainment = Shares.parse(sloAttainment);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--slo-attainment must be a share such as 0.9 or 90%, got '" + sloAttainment
                    + "'");
        }
        try {
            SweepSpec parsed = SweepSpec.parse(sweep, maxGoodput, attainment, searchSteps);
            if (parsed.axis() == SweepSpec.Axis.CONCURRENCY && rate != null) {
                throw new ConfigException("--sweep concurrency=... runs closed loops: drop --rate, or sweep rate=...");
            }
            for (double load : parsed.loads()) {
                parsed.at(spec, load);
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--sweep: " + e.getMessage());
        }
    }

    private TargetSpec target() {
        boolean embedded = TargetSpec.EMBEDDED.equals(url);
        TargetSpec.checkUrl(url, TargetSpec.URL_FORMS, problem -> new ConfigException("--url " + problem));
        if (embedded) {
            TargetSpec.checkProfile(profile, message -> new ConfigException("--profile: " + message));
        }
        if (!embedded && model == null && api != Api.AZURE) {
            throw new ConfigException("--model is required for a server (the name it serves, e.g. from /v1/models)");
        }
        if (api == Api.AZURE && deployment == null) {
            throw new ConfigException("--deployment is required with --api azure");
        }
        FlagValues.atLeast("--retries", retries, 0);
        return new TargetSpec("default", url, api, model == null ? TargetSpec.DEFAULT_MODEL : model, endpoint,
                embedded ? null : apiKeyEnv,
                deployment, apiVersion, embedded ? profile : null, seed, retries,
                FlagValues.positiveDuration("--timeout", timeout));
    }

    private BenchSpec spec() {
        FlagValues.atLeast("--concurrency", concurrency, 1);
        FlagValues.atLeast("--input-tokens", inputTokens, 1);
        FlagValues.atLeast("--output-tokens", outputTokens, 1);
        FlagValues.atLeast("--warmup-requests", warmupRequests, 0);
        if (requests != null) {
            FlagValues.atLeast("--requests", requests, 1);
        }
        if (rate != null && !(rate > 0 && Double.isFinite(rate))) {
            throw new ConfigException("--rate must be greater than 0 requests/s, got " + rate);
        }
        Duration runFor = optionalDuration("--duration", duration);
        if (burstiness != null && !(burstiness > 0 && Double.isFinite(burstiness))) {
            throw new ConfigException("--burstiness must be greater than 0, got " + burstiness);
        }
        BenchSpec.Builder spec = BenchSpec.builder()
                .model(model == null ? TargetSpec.DEFAULT_MODEL : model)
                .concurrency(concurrency)
                .rate(rate)
                .rampUp(optionalDuration("--ramp-up", rampUp))
                .requests(requests == null && runFor == null ? Long.valueOf(100) : requests)
                .duration(runFor)
                .warmupRequests(warmupRequests)
                .warmupDuration(optionalDuration("--warmup", warmup))
                .cooldown(optionalDuration("--cooldown", cooldown))
                .inputTokens(inputTokens)
                .outputTokens(outputTokens)
                .seed(seed)
                .slos(slos());
        if (arrivals != null || burstiness != null) {
            Arrivals shape = arrivals == null ? Arrivals.GAMMA : parsed("--arrivals", () -> Arrivals.parse(arrivals));
            if (burstiness != null && shape != Arrivals.GAMMA) {
                throw new ConfigException("--burstiness shapes gamma arrivals, not " + shape.label());
            }
            spec.arrivals(shape).burstiness(burstiness == null ? 1.0 : burstiness);
        }
        if (dataset != null) {
            DatasetFormat format = parsed("--dataset-format", () -> DatasetFormat.parse(datasetFormat));
            spec.dataset(new DatasetSpec(dataset, format));
        }
        if (shard != null) {
            spec.shard(parsed("--shard", () -> Shard.parse(shard)));
        }
        try {
            return spec.build();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private Map<String, Double> slos() {
        if (slo == null) {
            return Map.of();
        }
        try {
            Map<String, Double> parsed = SloParser.parse(slo);
            for (String metric : parsed.keySet()) {
                if (!BenchSpec.SLO_METRICS.contains(metric)) {
                    throw new IllegalArgumentException("unknown SLO metric '" + metric + "'; use "
                            + String.join(", ", new java.util.TreeSet<>(BenchSpec.SLO_METRICS)));
                }
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--slo: " + e.getMessage());
        }
    }

    /** The value {@code parse} makes of a flag, its failure named after the flag. */
    private static <T> T parsed(String flag, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(flag + ": " + e.getMessage());
        }
    }

    private static Duration optionalDuration(String flag, String text) {
        return text == null ? null : FlagValues.positiveDuration(flag, text);
    }
}
