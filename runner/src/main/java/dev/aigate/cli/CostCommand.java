package dev.aigate.cli;

import dev.aigate.config.ConfigException;
import dev.aigate.config.CostStageParser;
import dev.aigate.config.CostStageSpec;
import dev.aigate.config.PricingFiles;
import dev.aigate.config.UsageFiles;
import dev.aigate.cost.ApiPricing;
import dev.aigate.cost.GpuPricing;
import dev.aigate.cost.MeasuredUsage;
import dev.aigate.cost.Pricing;
import dev.aigate.cost.PricingCatalog;
import dev.aigate.cost.RequestShape;
import dev.aigate.cost.RequestTokens;
import dev.aigate.cost.TokenSource;
import dev.aigate.cost.TrafficProfile;
import dev.aigate.gate.Threshold;
import dev.aigate.run.CostStage;
import dev.aigate.run.GateRun;
import dev.aigate.run.ThresholdBinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aigate cost}: what a workload costs on an API model or a self-hosted server, and budget gates on it. */
@Command(name = "cost", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Cost estimate and budget gate: per request, per 1k requests, per day, per month (730 h) and "
                + "per 1M tokens, for an API model's list prices or a self-hosted server's GPU-hours (docs/cost.md).")
final class CostCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--result", paramLabel = "FILE",
            description = "A bench or run result.json: measured tokens per request and, for --gpu-hourly, throughput. "
                    + "Repeatable: of several runs at different loads, the one with the highest goodput is priced.")
    List<Path> results = new ArrayList<>();

    @Option(names = "--model", description = "The API model to price (default: the result's model).")
    String model;

    @Option(names = "--input-tokens", paramLabel = "N", description = "Prompt tokens per request (instead of --result).")
    Integer inputTokens;

    @Option(names = "--cached-input-tokens", paramLabel = "N",
            description = "Of the prompt tokens, how many are read from the provider's prompt cache (default 0).")
    Integer cachedInputTokens;

    @Option(names = "--output-tokens", paramLabel = "N", description = "Generated tokens per request (with --input-tokens).")
    Integer outputTokens;

    @Option(names = "--traffic", paramLabel = "FILE",
            description = "Traffic profile (YAML): requests_per_day and a mix of request shapes.")
    Path traffic;

    @Option(names = "--requests-per-day", paramLabel = "N",
            description = "Requests per day, for per-day and per-month figures (overrides the traffic file's).")
    Double requestsPerDay;

    @Option(names = "--gpu-hourly", paramLabel = "$X",
            description = "Self-hosted: price of one GPU-hour, e.g. 2.50 or $2.50; needs --result (measured throughput).")
    String gpuHourly;

    @Option(names = "--gpus", paramLabel = "N", description = "Self-hosted: GPUs per server replica (default 1).")
    Integer gpus;

    @Option(names = "--prices", paramLabel = "FILE",
            description = "Prices overriding the shipped catalog: aigate's YAML/JSON format or LiteLLM's JSON.")
    Path prices;

    @Option(names = "--baseline", paramLabel = "FILE", description = "A baseline bench or run result.json to compare with.")
    Path baseline;

    @Option(names = "--baseline-model", paramLabel = "NAME",
            description = "Compare with the same traffic priced as this API model, e.g. the model being replaced.")
    String baselineModel;

    @Mixin
    CommonOptions common;

    CostCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PricingCatalog catalog = PricingFiles.catalog(prices);
        Path best = bestCapacity(results);
        MeasuredUsage measured = best == null ? null : UsageFiles.read(best);
        String priced = model != null ? model : measured == null ? null : measured.model();
        Pricing pricing = gpuHourly != null ? gpu() : api(catalog, priced,
                model != null ? "--model" : "the model of " + best + " (set --model to the API model to price)");
        TrafficProfile profile = traffic(priced == null ? "" : priced);
        checkInputs(profile, measured);
        CostStageSpec spec = new CostStageSpec(pricing, profile,
                baselineModel == null ? null : api(catalog, baselineModel, "--baseline-model"),
                baseline == null ? null : UsageFiles.read(baseline), List.of());
        List<Threshold> thresholds = ThresholdBinder.bind(
                common.thresholdSpecs(), CostStage.catalog());
        String title = pricing instanceof ApiPricing api ? api.price().model() : "self-hosted";
        return Interruptible.runAndPublish("cost", () -> GateRun.single("cost", title,
                        CostStage.run(spec, thresholds, measured, describe(best))),
                new ReportPublisher(context.out()), common);
    }

    /**
     * The result whose server sustained the most requests per second within its SLOs: of runs at several loads,
     * the load that meets the SLOs with the most throughput. Null when there is none.
     */
    private static Path bestCapacity(List<Path> files) {
        Path best = null;
        double bestCapacity = Double.NEGATIVE_INFINITY;
        for (Path file : files) {
            Double capacity = UsageFiles.read(file).capacity();
            double value = capacity == null ? -1 : capacity;
            if (best == null || value > bestCapacity) {
                best = file;
                bestCapacity = value;
            }
        }
        return best;
    }

    private String describe(Path best) {
        if (best == null) {
            return "";
        }
        return best + (results.size() > 1 ? ", the highest capacity of " + results.size() + " results" : "");
    }

    private static Pricing api(PricingCatalog catalog, String name, String flag) {
        if (name == null) {
            throw new ConfigException("--model is required: the API model to price (or --gpu-hourly for a "
                    + "self-hosted server)");
        }
        return new ApiPricing(catalog.find(name)
                .orElseThrow(() -> new ConfigException(flag + ": " + PricingFiles.unknownModel(catalog, name))));
    }

    private Pricing gpu() {
        if (model != null || baselineModel != null) {
            throw new ConfigException("--gpu-hourly prices a self-hosted server by the GPU-hour; it does not go with "
                    + (model != null ? "--model" : "--baseline-model") + " (an API model's token prices)");
        }
        String text = gpuHourly.trim();
        double dollars;
        try {
            dollars = Double.parseDouble(text.startsWith("$") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw new ConfigException("--gpu-hourly must be a dollar amount such as 2.50 or $2.50, got '" + gpuHourly
                    + "'");
        }
        if (!(dollars > 0) || !Double.isFinite(dollars)) {
            throw new ConfigException("--gpu-hourly must be greater than $0, got '" + gpuHourly + "'");
        }
        if (gpus != null && gpus < 1) {
            throw new ConfigException("--gpus must be at least 1, got " + gpus);
        }
        return new GpuPricing(dollars, gpus == null ? 1 : gpus);
    }

    private TrafficProfile traffic(String tokenizerModel) {
        TrafficProfile fromFile = traffic == null ? TrafficProfile.none()
                : CostStageParser.trafficFile(traffic, tokenizerModel);
        if (requestsPerDay != null && !(requestsPerDay >= 0 && Double.isFinite(requestsPerDay))) {
            throw new ConfigException("--requests-per-day must be a number of at least 0, got " + requestsPerDay);
        }
        Double perDay = requestsPerDay != null ? requestsPerDay : fromFile.requestsPerDay();
        if (inputTokens == null && outputTokens == null && cachedInputTokens == null) {
            return new TrafficProfile(perDay, fromFile.mix());
        }
        if (fromFile.hasMix()) {
            throw new ConfigException("--input-tokens/--output-tokens describe one request shape; the --traffic file "
                    + "already gives a mix");
        }
        if (inputTokens == null || outputTokens == null) {
            throw new ConfigException("--input-tokens and --output-tokens go together");
        }
        int cached = cachedInputTokens == null ? 0 : cachedInputTokens;
        if (inputTokens < 0 || outputTokens < 0 || cached < 0) {
            throw new ConfigException("--input-tokens, --cached-input-tokens and --output-tokens must be at least 0");
        }
        if (cached > inputTokens) {
            throw new ConfigException("--cached-input-tokens (" + cached + ") cannot exceed --input-tokens ("
                    + inputTokens + ")");
        }
        return new TrafficProfile(perDay, List.of(new RequestShape("given", 1,
                new RequestTokens(inputTokens, cached, outputTokens), TokenSource.GIVEN)));
    }

    private void checkInputs(TrafficProfile profile, MeasuredUsage measured) {
        if (gpuHourly != null && measured == null) {
            throw new ConfigException("--gpu-hourly needs --result FILE: a benchmark's measured throughput");
        }
        if (gpuHourly != null && profile.hasMix()) {
            throw new ConfigException("--gpu-hourly prices the benchmark's own request shape at its measured "
                    + "throughput; a request mix (--traffic mix, --input-tokens) cannot be priced by the GPU-hour");
        }
        if (!profile.hasMix() && measured == null) {
            throw new ConfigException("nothing to price: give --result FILE (a bench result), --input-tokens and "
                    + "--output-tokens, or --traffic FILE with a mix");
        }
    }
}
