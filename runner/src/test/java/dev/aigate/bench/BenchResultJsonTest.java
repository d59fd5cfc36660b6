package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.bench.FakeModelClient.Reply;
import dev.aigate.provider.ErrorKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The result JSON carries every fixed key of SPEC §4, and null (never a fake zero) where there is no data. */
class BenchResultJsonTest {

    private static final List<String> LATENCY_KEYS =
            List.of("count", "mean", "std", "min", "p50", "p90", "p95", "p99", "p99_9", "max");
    private static final List<String> LATENCY_METRICS =
            List.of("ttft_ms", "tpot_ms", "itl_ms", "e2el_ms", "client_queue_ms");

    private static JsonNode run(BenchSpec spec, FakeModelClient client) {
        return Benchmark.run(spec, client).toJson();
    }

    @Test
    void everyFixedKeyIsPresent() {
        BenchSpec spec = BenchSpec.builder().model("m").concurrency(2).rate(1000.0).requests(6)
                .slos(Map.of("ttft", 500.0)).build();
        JsonNode json = run(spec, new FakeModelClient(call -> call == 2
                ? Reply.failed(ErrorKind.HTTP_5XX) : Reply.streamed(20, 5, 4)));

        for (String metric : LATENCY_METRICS) {
            for (String key : LATENCY_KEYS) {
                assertThat(json.at("/metrics/" + metric + "/" + key).isNumber()).as(metric + "." + key).isTrue();
            }
        }
        assertThat(json.at("/throughput/requests_per_s").isNumber()).isTrue();
        assertThat(json.at("/throughput/output_tokens_per_s").isNumber()).isTrue();
        assertThat(json.at("/throughput/total_tokens_per_s").isNumber()).isTrue();
        assertThat(json.at("/goodput/requests_per_s").isNumber()).isTrue();
        assertThat(json.at("/requests/sent").asLong()).isEqualTo(6);
        assertThat(json.at("/requests/completed").asLong()).isEqualTo(5);
        assertThat(json.at("/requests/failed").asLong()).isEqualTo(1);
        assertThat(json.at("/requests/retries").asLong()).isZero();
        assertThat(json.at("/errors/http_5xx").asLong()).isEqualTo(1);
        for (ErrorKind kind : ErrorKind.values()) {
            assertThat(json.at("/errors/" + kind.key()).isIntegralNumber()).as(kind.key()).isTrue();
        }
        assertThat(json.get("schema").asText()).isEqualTo("aigate/bench/v1");
        assertThat(json.get("duration_s").isNumber()).isTrue();
        assertThat(json.get("output_tokens_source").asText()).isEqualTo("usage");
        assertThat(json.get("peak_concurrency").asInt()).isBetween(1, 2);
        assertThat(json.get("stopped_by").asText()).isEqualTo("requests");
        assertThat(json.has("gpu")).isFalse();
    }

    @Test
    void theConfigRecordsTheSpec() {
        JsonNode config = run(BenchSpec.builder().model("m").concurrency(3).requests(3).inputTokens(10)
                .outputTokens(5).seed(11).build(), new FakeModelClient(call -> Reply.streamed(1, 1, 1)))
                .get("config");

        assertThat(config.get("model").asText()).isEqualTo("m");
        assertThat(config.get("concurrency").asInt()).isEqualTo(3);
        assertThat(config.get("rate").isNull()).isTrue();
        assertThat(config.get("requests").asLong()).isEqualTo(3);
        assertThat(config.get("input_tokens").asInt()).isEqualTo(10);
        assertThat(config.get("output_tokens").asInt()).isEqualTo(5);
        assertThat(config.get("ignore_eos").asBoolean()).isTrue();
        assertThat(config.get("seed").asLong()).isEqualTo(11);
    }

    @Test
    void aRunWhereEveryRequestFailedHasEmptySummariesNotZeros() {
        JsonNode json = run(BenchSpec.builder().requests(3).build(),
                new FakeModelClient(call -> Reply.failed(ErrorKind.CONNECTION)));

        JsonNode ttft = json.at("/metrics/ttft_ms");
        assertThat(ttft.get("count").asLong()).isZero();
        for (String key : LATENCY_KEYS.subList(1, LATENCY_KEYS.size())) {
            assertThat(ttft.get(key).isNull()).as(key).isTrue();
        }
        assertThat(json.get("output_tokens_source").isNull()).isTrue();
        assertThat(json.at("/goodput/requests_per_s").isNull()).isTrue();
        assertThat(json.at("/errors/connection").asLong()).isEqualTo(3);
        assertThat(json.at("/throughput/requests_per_s").asDouble()).isZero();
    }
}
