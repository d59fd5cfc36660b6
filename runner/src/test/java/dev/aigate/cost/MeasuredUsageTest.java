package dev.aigate.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MeasuredUsageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BENCH = "{\"schema\":\"aigate/bench/v1\",\"config\":{\"model\":\"gpt-4o\"},"
            + "\"output_tokens_source\":\"usage\",\"throughput\":{\"requests_per_s\":12.5},"
            + "\"goodput\":{\"requests_per_s\":10.0},\"requests\":{\"completed\":100},"
            + "\"tokens\":{\"input\":100000,\"output\":50000}}";

    @Test
    void readsABenchResult() throws Exception {
        MeasuredUsage usage = MeasuredUsage.fromResultJson(JSON.readTree(BENCH));

        assertThat(usage).isEqualTo(new MeasuredUsage("gpt-4o", 100, 100_000, 50_000, TokenSource.SERVER_USAGE,
                12.5, 10.0));
        assertThat(usage.tokensPerRequest()).isEqualTo(RequestTokens.of(1000, 500));
    }

    @Test
    void readsTheBenchStageOfARunResult() throws Exception {
        JsonNode run = JSON.readTree("{\"schema\":\"aigate/run/v1\",\"stages\":{\"bench\":" + BENCH + "}}");

        assertThat(MeasuredUsage.fromResultJson(run).completedRequests()).isEqualTo(100);
    }

    @Test
    void outputCountedFromTextIsAnEstimateAndNoSlosMeansNoGoodput() throws Exception {
        MeasuredUsage usage = MeasuredUsage.fromResultJson(JSON.readTree(BENCH
                .replace("\"usage\"", "\"tokenizer\"").replace("\"requests_per_s\":10.0", "\"requests_per_s\":null")));

        assertThat(usage.tokenSource()).isEqualTo(TokenSource.ESTIMATE);
        assertThat(usage.goodputPerSecond()).isNull();
    }

    @Test
    void rejectsWhatCarriesNoUsage() throws Exception {
        assertThatThrownBy(() -> MeasuredUsage.fromResultJson(JSON.readTree("{\"a\":1}")))
                .hasMessageContaining("not an aigate bench result (no \"schema\")");
        assertThatThrownBy(() -> MeasuredUsage.fromResultJson(JSON.readTree("{\"schema\":\"aigate/canary/v1\"}")))
                .hasMessageContaining("not an aigate bench result (schema 'aigate/canary/v1')");
        assertThatThrownBy(() -> MeasuredUsage.fromResultJson(JSON.readTree("{\"schema\":\"aigate/run/v1\"}")))
                .hasMessageContaining("(schema 'aigate/run/v1' without a bench stage)");
        assertThatThrownBy(() -> MeasuredUsage.fromResultJson(JSON.readTree(BENCH.replace("\"input\":100000,", ""))))
                .hasMessageContaining("\"tokens.input\"");
    }
}
