package dev.aigate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link BenchSpec} as the {@code config} object of a result file, and back: {@code aigate merge} rebuilds the
 * spec its shards ran to check they belong together and to describe the merged run.
 */
final class BenchSpecJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BenchSpecJson() {
    }

    static ObjectNode write(BenchSpec spec) {
        ObjectNode config = NODES.objectNode();
        config.put("model", spec.model());
        config.put("concurrency", spec.concurrency());
        config.put("rate", spec.rate());
        config.put("arrivals", spec.openLoop() ? spec.arrivals().label() : null);
        config.put("burstiness", spec.burstiness());
        config.put("ramp_up_s", seconds(spec.rampUp()));
        config.put("requests", spec.requests());
        config.put("duration_s", seconds(spec.duration()));
        config.put("warmup_requests", spec.warmupRequests());
        config.put("warmup_s", seconds(spec.warmupDuration()));
        config.put("cooldown_s", seconds(spec.cooldown()));
        config.put("input_tokens", spec.inputTokens());
        config.put("output_tokens", spec.outputTokens());
        config.put("ignore_eos", spec.ignoreEos());
        config.put("stream", spec.stream());
        config.put("seed", spec.seed());
        ObjectNode slos = config.putObject("slos_ms");
        spec.slos().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(slo -> slos.put(slo.getKey(), slo.getValue()));
        if (spec.dataset() == null) {
            config.putNull("dataset");
        } else {
            ObjectNode dataset = config.putObject("dataset");
            dataset.put("file", spec.dataset().file().toString());
            dataset.put("format", spec.dataset().format().label());
        }
        ObjectNode shard = config.putObject("shard");
        shard.put("index", spec.shard().index());
        shard.put("count", spec.shard().count());
        return config;
    }

    /** The spec a {@code config} object describes; {@link IllegalArgumentException} naming the field when it cannot. */
    static BenchSpec read(JsonNode config) {
        BenchSpec.Builder spec = BenchSpec.builder()
                .model(config.path("model").isTextual() ? config.get("model").asText() : null)
                .concurrency(config.path("concurrency").asInt())
                .rate(config.path("rate").isNumber() ? config.get("rate").asDouble() : null)
                .burstiness(config.path("burstiness").asDouble(1.0))
                .rampUp(duration(config, "ramp_up_s"))
                .requests(config.path("requests").isIntegralNumber() ? config.get("requests").asLong() : null)
                .duration(duration(config, "duration_s"))
                .warmupRequests(config.path("warmup_requests").asLong())
                .warmupDuration(duration(config, "warmup_s"))
                .cooldown(duration(config, "cooldown_s"))
                .inputTokens(config.path("input_tokens").asInt())
                .outputTokens(config.path("output_tokens").asInt())
                .ignoreEos(config.path("ignore_eos").asBoolean())
                .stream(config.path("stream").asBoolean())
                .seed(config.path("seed").asLong())
                .shard(new Shard(config.path("shard").path("index").asInt(),
                        config.path("shard").path("count").asInt()));
        if (config.path("arrivals").isTextual()) {
            spec.arrivals(Arrivals.parse(config.get("arrivals").asText()));
        }
        Map<String, Double> slos = new LinkedHashMap<>();
        config.path("slos_ms").properties().forEach(slo -> slos.put(slo.getKey(), slo.getValue().asDouble()));
        spec.slos(slos);
        JsonNode dataset = config.path("dataset");
        if (dataset.isObject()) {
            spec.dataset(new DatasetSpec(Path.of(dataset.path("file").asText()),
                    DatasetFormat.parse(dataset.path("format").asText())));
        }
        return spec.build();
    }

    private static Double seconds(Duration duration) {
        return duration == null ? null : duration.toNanos() / 1e9;
    }

    private static Duration duration(JsonNode config, String field) {
        JsonNode value = config.path(field);
        return value.isNumber() ? Duration.ofNanos(Math.round(value.asDouble() * 1e9)) : null;
    }
}
