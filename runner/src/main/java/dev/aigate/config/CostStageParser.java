package dev.aigate.config;

import dev.aigate.cost.ApiPricing;
import dev.aigate.cost.GpuPricing;
import dev.aigate.cost.MeasuredUsage;
import dev.aigate.cost.Pricing;
import dev.aigate.cost.PricingCatalog;
import dev.aigate.cost.PromptTokens;
import dev.aigate.cost.RequestShape;
import dev.aigate.cost.RequestTokens;
import dev.aigate.cost.TokenCount;
import dev.aigate.cost.TokenSource;
import dev.aigate.cost.TrafficProfile;
import dev.aigate.text.ReadFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code cost} section of a gate file, and traffic files ({@code aigate cost --traffic}). Prices are
 * looked up and files read here, so an unknown model or a missing file fails before any benchmark runs. The
 * format is documented in docs/cost.md.
 */
public final class CostStageParser {

    private static final Set<String> STAGE_KEYS = Set.of("model", "prices", "gpu_hourly", "gpus", "requests_per_day",
            "mix", "baseline", "baseline_model", "thresholds");
    private static final Set<String> TRAFFIC_KEYS = Set.of("requests_per_day", "mix");
    private static final Set<String> SHAPE_KEYS = Set.of("name", "weight", "input_tokens", "input_text", "input_file",
            "cached_input_tokens", "output_tokens");

    private CostStageParser() {
    }

    /**
     * @param benchModel the bench stage's model, priced when the section names none; empty without a bench stage,
     *                   whose measured tokens the section then cannot use
     */
    public static CostStageSpec parse(ConfigNode node, Path baseDir, Optional<String> benchModel) {
        ConfigMap map = node.asMap().allowOnly(STAGE_KEYS);
        PricingCatalog catalog = PricingFiles.catalog(map.get("prices").map(n -> existing(baseDir, n)).orElse(null));
        String model = map.get("model").map(ConfigNode::asString).or(() -> benchModel).orElse(null);
        Pricing pricing = pricing(map, catalog, model);
        Pricing baselinePricing = map.get("baseline_model").map(n -> api(catalog, n.asString(), n)).orElse(null);
        if (baselinePricing != null && pricing instanceof GpuPricing) {
            throw map.require("baseline_model").error("'cost.baseline_model' compares API prices; it does not go "
                    + "with 'cost.gpu_hourly'");
        }
        TrafficProfile traffic = traffic(map, baseDir, model == null ? "" : model);
        if (traffic.hasMix() && pricing instanceof GpuPricing) {
            throw map.require("mix").error("a traffic mix cannot be priced by the GPU-hour: a server's capacity was "
                    + "measured at the bench stage's request shape; give only 'requests_per_day'");
        }
        if (!traffic.hasMix() && benchModel.isEmpty()) {
            throw node.error("'cost' has no tokens per request: add a 'mix' of request shapes or a 'bench' stage to "
                    + "measure them");
        }
        MeasuredUsage baselineUsage = map.get("baseline").map(n -> UsageFiles.read(existing(baseDir, n))).orElse(null);
        List<ThresholdSpec> thresholds = map.get("thresholds").map(CostStageParser::thresholds).orElse(List.of());
        return new CostStageSpec(pricing, traffic, baselinePricing, baselineUsage, thresholds);
    }

    /** GPU-hours when {@code gpu_hourly} is given, else {@code model}'s (or the bench stage's model's) prices. */
    private static Pricing pricing(ConfigMap map, PricingCatalog catalog, String model) {
        Optional<ConfigNode> gpuHourly = map.get("gpu_hourly");
        Optional<ConfigNode> ownModel = map.get("model");
        map.get("gpus").filter(n -> gpuHourly.isEmpty()).ifPresent(n -> {
            throw n.error("'cost.gpus' goes with 'cost.gpu_hourly' (a self-hosted server priced by the GPU-hour)");
        });
        if (gpuHourly.isPresent()) {
            if (ownModel.isPresent()) {
                throw ownModel.get().error("give either 'cost.model' (an API model's token prices) or "
                        + "'cost.gpu_hourly' (a self-hosted server), not both");
            }
            return gpu(gpuHourly.get(), map.get("gpus"));
        }
        if (model == null) {
            throw map.node().error("'cost' needs 'model' (an API model to price) or 'gpu_hourly' (a self-hosted "
                    + "server)");
        }
        if (ownModel.isEmpty() && catalog.find(model).isEmpty()) {
            throw map.node().error(PricingFiles.unknownModel(catalog, model) + "; it is the bench stage's model: set "
                    + "'cost.model' to the API model to price");
        }
        return api(catalog, model, ownModel.orElse(map.node()));
    }

    private static ApiPricing api(PricingCatalog catalog, String model, ConfigNode where) {
        return new ApiPricing(catalog.find(model)
                .orElseThrow(() -> where.error(PricingFiles.unknownModel(catalog, model))));
    }

    /** Reads a traffic file: {@code requests_per_day} and an optional {@code mix}. */
    public static TrafficProfile trafficFile(Path file, String model) {
        ConfigMap map = YamlFiles.read(file).asMap().allowOnly(TRAFFIC_KEYS);
        Path baseDir = file.toAbsolutePath().getParent();
        return traffic(map, baseDir, model);
    }

    private static TrafficProfile traffic(ConfigMap map, Path baseDir, String model) {
        Double requestsPerDay = map.get("requests_per_day").map(CostStageParser::requestCount).orElse(null);
        List<RequestShape> mix = new ArrayList<>();
        map.get("mix").ifPresent(list -> {
            List<ConfigNode> items = list.asList();
            if (items.isEmpty()) {
                throw list.error("'" + list.path() + "' is empty; give at least one request shape or leave it out");
            }
            for (ConfigNode item : items) {
                mix.add(shape(item, baseDir, model, mix.size() + 1));
            }
        });
        return new TrafficProfile(requestsPerDay, mix);
    }

    private static RequestShape shape(ConfigNode node, Path baseDir, String model, int index) {
        ConfigMap map = node.asMap().allowOnly(SHAPE_KEYS);
        List<String> inputs = new ArrayList<>();
        for (String key : List.of("input_tokens", "input_text", "input_file")) {
            map.get(key).ifPresent(n -> inputs.add(key));
        }
        if (inputs.size() != 1) {
            throw node.error("'" + node.path() + "' needs exactly one of input_tokens, input_text or input_file"
                    + (inputs.isEmpty() ? "" : ", got " + String.join(" and ", inputs)));
        }
        TokenCount input = switch (inputs.get(0)) {
            case "input_tokens" -> new TokenCount(map.require("input_tokens").asInt(0), TokenSource.GIVEN, "given");
            case "input_text" -> PromptTokens.count(model, map.require("input_text").asString());
            default -> PromptTokens.count(model, readText(map.require("input_file"), baseDir));
        };
        int output = map.require("output_tokens").asInt(0);
        int cached = map.get("cached_input_tokens").map(n -> n.asInt(0)).orElse(0);
        if (cached > input.tokens()) {
            throw map.require("cached_input_tokens").error("'" + node.path() + ".cached_input_tokens' (" + cached
                    + ") cannot exceed the request's input tokens (" + input.tokens() + ")");
        }
        double weight = map.get("weight").map(n -> positive(n)).orElse(1.0);
        String name = map.get("name").map(ConfigNode::asString).orElse("shape " + index);
        TokenSource source = TokenSource.leastExact(List.of(input.source(), TokenSource.GIVEN));
        return new RequestShape(name, weight, new RequestTokens(input.tokens(), cached, output), source);
    }

    private static Pricing gpu(ConfigNode hourly, Optional<ConfigNode> gpus) {
        double dollars = dollars(hourly);
        if (dollars <= 0) {
            throw hourly.error("'" + hourly.path() + "' must be greater than $0, got " + hourly.asString());
        }
        return new GpuPricing(dollars, gpus.map(n -> n.asInt(1)).orElse(1));
    }

    /** A dollar amount written {@code 2.50} or {@code $2.50}. */
    private static double dollars(ConfigNode node) {
        String text = node.asString().trim();
        try {
            double value = Double.parseDouble(text.startsWith("$") ? text.substring(1) : text);
            if (!Double.isFinite(value) || value < 0) {
                throw new NumberFormatException(text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw node.error("'" + node.path() + "' must be a dollar amount such as 2.50 or $2.50, got '" + text + "'");
        }
    }

    /** A number of requests, which may be written with digit separators: {@code 200_000}. */
    private static double requestCount(ConfigNode node) {
        String text = node.asString().replace("_", "");
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw node.error("'" + node.path() + "' must be a number of at least 0, got '" + node.asString() + "'");
    }

    private static double positive(ConfigNode node) {
        double value = node.asDouble(0);
        if (value <= 0) {
            throw node.error("'" + node.path() + "' must be greater than 0, got " + node.asString());
        }
        return value;
    }

    private static String readText(ConfigNode node, Path baseDir) {
        Path file = resolve(baseDir, node);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw node.error(file + ": " + ReadFailure.reason(e));
        }
    }

    /** A file named relative to the gate file; a missing one is an error at the key that names it. */
    private static Path existing(Path baseDir, ConfigNode node) {
        Path file = resolve(baseDir, node);
        if (!Files.isRegularFile(file)) {
            throw node.error("'" + node.path() + "': file not found: " + file);
        }
        return file;
    }

    private static Path resolve(Path baseDir, ConfigNode node) {
        Path path = Path.of(node.asString());
        return baseDir == null || path.isAbsolute() ? path : baseDir.resolve(path);
    }

    private static List<ThresholdSpec> thresholds(ConfigNode node) {
        List<ThresholdSpec> result = new ArrayList<>();
        for (ConfigNode item : node.asList()) {
            result.add(new ThresholdSpec(item.asString(), item.location()));
        }
        return result;
    }
}
