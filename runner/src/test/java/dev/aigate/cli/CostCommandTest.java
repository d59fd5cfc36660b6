package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code aigate cost} and the cost stage of {@code aigate run}, end to end through the command line. */
class CostCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 100 requests of 1,000 input + 500 output tokens; 12.5 requests/s, of which 10/s met every SLO. */
    private static final String BENCH_RESULT = "{\"schema\":\"aigate/bench/v1\",\"config\":{\"model\":\"llama-3.1-8b\"},"
            + "\"output_tokens_source\":\"usage\",\"throughput\":{\"requests_per_s\":12.5},"
            + "\"goodput\":{\"requests_per_s\":10.0},\"requests\":{\"completed\":100},"
            + "\"tokens\":{\"input\":100000,\"output\":50000}}";

    @TempDir
    Path dir;

    @Test
    void aBudgetBreachFailsWithExitOneAndNamesTheBudget() throws IOException {
        // 1,000 in + 500 out at gpt-4o's $2.50 / $10.00 = $0.0075 per request; × 100,000/day × 730/24 = $22,812.50.
        CliRunner.Run run = CliRunner.run("cost", "--model", "gpt-4o", "--input-tokens", "1000", "--output-tokens", "500",
                "--requests-per-day", "100000", "--threshold", "cost(per_month) < $5000",
                "--threshold", "cost(per_1k_requests) < $10", "--out", out());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).contains("FAIL: 1 of 2 gates passed; regressed: cost(per_month) = $22812.50, "
                + "limit < $5000.00");
        JsonNode result = result();
        assertThat(result.path("schema").asText()).isEqualTo("aigate/cost/v1");
        assertThat(result.path("cost").path("per_request").asDouble()).isEqualTo(0.0075);
        assertThat(result.path("cost").path("per_month").asDouble()).isEqualTo(22_812.5);
        assertThat(Files.readString(dir.resolve("out/junit.xml"))).contains("cost(per_month) &lt; $5000");
    }

    @Test
    void withinBudgetPasses() {
        CliRunner.Run run = CliRunner.run("cost", "--model", "gpt-4o-mini", "--input-tokens", "1000",
                "--output-tokens", "500", "--requests-per-day", "100000", "--threshold", "cost(per_month) < $5000",
                "--out", out());

        assertThat(run.exitCode()).as(run.all()).isZero();    // $0.00045 × 100,000 × 730/24 = $1,368.75
    }

    @Test
    void selfHostedPricesGpuHoursOverMeasuredGoodput() throws IOException {
        Path bench = write("bench.json", BENCH_RESULT);

        CliRunner.Run run = CliRunner.run("cost", "--result", bench.toString(), "--gpu-hourly", "$2.50", "--gpus", "2",
                "--requests-per-day", "2000000", "--threshold", "cost(per_1m_tokens) < $0.10", "--format", "json",
                "--out", out());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode result = JSON.readTree(run.stdout());
        // $5.00/hour ÷ 3600 ÷ (10 requests/s × 1,500 tokens) × 1e6 = $0.0925926 per 1M tokens.
        assertThat(result.path("cost").path("per_1m_tokens").asDouble()).isEqualTo(0.0925925926);
        assertThat(result.path("replicas").asLong()).isEqualTo(3);         // 23.15 requests/s ÷ 10 per replica
        assertThat(result.path("cost").path("per_month").asDouble()).isEqualTo(10_950.0);  // 3 × $5 × 730 h
        assertThat(result.path("pricing").path("kind").asText()).isEqualTo("gpu");
    }

    @Test
    void ofRunsAtSeveralLoadsTheHighestGoodputIsPriced() throws IOException {
        Path overloaded = write("c32.json", BENCH_RESULT.replace("\"requests_per_s\":10.0", "\"requests_per_s\":2.5"));
        Path sweetSpot = write("c16.json", BENCH_RESULT);

        CliRunner.Run run = CliRunner.run("cost", "--result", overloaded.toString(), "--result", sweetSpot.toString(),
                "--gpu-hourly", "3.60", "--format", "json", "--out", out());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode result = JSON.readTree(run.stdout());
        assertThat(result.path("capacity_requests_per_s").asDouble()).isEqualTo(10.0);
        assertThat(result.path("cost").path("per_request").asDouble()).isEqualTo(0.0001);  // $3.60/h ÷ 3600 ÷ 10/s
        assertThat(result.path("notes").toString()).contains("c16.json, the highest capacity of 2 results");
    }

    @Test
    void aBaselineGivesADiffTableInTheSummary() throws IOException {
        Path bench = write("bench.json", BENCH_RESULT);

        CliRunner.Run run = CliRunner.run("cost", "--result", bench.toString(), "--model", "gpt-4o",
                "--baseline-model", "gpt-4o-mini", "--requests-per-day", "1000", "--out", out());

        assertThat(run.exitCode()).as(run.all()).isZero();
        String summary = Files.readString(dir.resolve("out/summary.md"));
        assertThat(summary).contains("### Cost: baseline vs candidate")
                .contains("| per request | $0.00045 | $0.0075 | +$0.00705 | +1566.7% |")
                .contains("| per month (730 h) | $13.69 | $228.13 | +$214.44 | +1566.7% |")
                .contains("| per 1M tokens (input + output) | $0.30 | $5.00 | +$4.70 | +1566.7% |")
                .contains("server usage counts");
        assertThat(result().path("change").path("per_request").path("relative").asDouble())
                .isEqualTo(15.6666666667);
    }

    @Test
    void aSlowerCandidateServerCostsMoreThanItsBaseline() throws IOException {
        Path baseline = write("baseline.json", BENCH_RESULT);
        Path candidate = write("candidate.json", BENCH_RESULT.replace("\"requests_per_s\":10.0", "\"requests_per_s\":8.0"));

        CliRunner.Run run = CliRunner.run("cost", "--result", candidate.toString(), "--baseline", baseline.toString(),
                "--gpu-hourly", "2.00", "--format", "json", "--out", out());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode result = JSON.readTree(run.stdout());
        // The same GPU-hour over 8 instead of 10 good requests/s: each request costs 10/8 = 1.25× as much.
        assertThat(result.path("change").path("per_request").path("relative").asDouble()).isEqualTo(0.25);
        assertThat(result.path("baseline").path("capacity_requests_per_s").asDouble()).isEqualTo(10.0);
    }

    @Test
    void aTrafficFilePricesAMix() throws IOException {
        Path traffic = write("traffic.yaml", "requests_per_day: 10000\nmix:\n"
                + "  - {name: chat, weight: 4, input_tokens: 1000, output_tokens: 500}\n"
                + "  - {name: summarise, weight: 1, input_tokens: 8000, output_tokens: 300}\n");

        CliRunner.Run run = CliRunner.run("cost", "--model", "gpt-4o", "--traffic", traffic.toString(), "--out", out());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(result().path("cost").path("per_day").asDouble()).isEqualTo(106.0);  // 10,000 × $0.0106
        assertThat(run.stdout()).contains("summarise").contains("weighted average");
    }

    @Test
    void aGateFileBudgetBreachFailsTheRun() throws IOException {
        Path gate = write("gate.yaml", String.join("\n",
                "target: {url: embedded, profile: fast, model: gpt-4o}",
                "bench:",
                "  requests: 4",
                "  concurrency: 4",
                "  input_tokens: 64",
                "  output_tokens: 8",
                "cost:",
                "  baseline_model: gpt-4o-mini",
                "  requests_per_day: 10000000",
                "thresholds:",
                "  - rate(errors) < 1%",
                "  - cost(per_month) < $100",
                ""));

        CliRunner.Run run = CliRunner.run("run", gate.toString(), "--out", out());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.stdout()).contains("regressed: cost(per_month) = $").contains("limit < $100.00")
                .contains("cost: Cost: baseline vs candidate");
        JsonNode cost = result().path("stages").path("cost");
        assertThat(cost.path("verdict").asText()).isEqualTo("fail");
        assertThat(cost.path("tokens_per_request").path("source").asText()).isEqualTo("server_usage");
        assertThat(cost.path("tokens_per_request").path("output").asDouble()).isEqualTo(8.0);
        assertThat(result().path("stages").path("bench").path("verdict").asText()).isEqualTo("pass");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown model | --model gpt-4o-mnii --input-tokens 1 --output-tokens 1 | --model: no price for model "
                + "'gpt-4o-mnii' in the pricing catalog; did you mean 'gpt-4o-mini'?",
        "nothing to price | --model gpt-4o | nothing to price: give --result FILE",
        "no model | --input-tokens 1 --output-tokens 1 | --model is required",
        "half a shape | --model gpt-4o --input-tokens 1 | --input-tokens and --output-tokens go together",
        "cached above input | --model gpt-4o --input-tokens 1 --cached-input-tokens 2 --output-tokens 1 | "
                + "--cached-input-tokens (2) cannot exceed --input-tokens (1)",
        "bad gpu price | --gpu-hourly cheap | --gpu-hourly must be a dollar amount",
        "zero gpu price | --gpu-hourly 0 | --gpu-hourly must be greater than $0",
        "gpu without result | --gpu-hourly 2 | --gpu-hourly needs --result FILE",
        "gpu with model | --gpu-hourly 2 --model gpt-4o | does not go with --model",
        "missing result | --result nowhere.json | nowhere.json: file not found",
        "missing prices | --prices nowhere.yaml --model gpt-4o | nowhere.yaml: file not found",
        "negative traffic | --model gpt-4o --input-tokens 1 --output-tokens 1 --requests-per-day -5 | "
                + "--requests-per-day must be a number of at least 0",
        "budget on a latency | --model gpt-4o --input-tokens 1 --output-tokens 1 --threshold p99(ttft)<5ms | "
                + "unknown metric 'ttft'",
        "budget without unit | --model gpt-4o --input-tokens 1 --output-tokens 1 --threshold cost(per_month)<5ms | "
                + "does not fit"})
    void badInputIsOneLineAndExitTwo(String name, String args, String expected) {
        CliRunner.Run run = CliRunner.run(("cost --out " + out() + " " + args).split(" "));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.stderr().strip()).doesNotContain("\n").contains(expected).doesNotContain("Exception");
    }

    @Test
    void aResultWithoutUsageIsBadInput() throws IOException {
        Path canary = write("canary.json", "{\"schema\":\"aigate/canary/v1\"}");

        CliRunner.Run run = CliRunner.run("cost", "--result", canary.toString(), "--model", "gpt-4o", "--out", out());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("canary.json: not an aigate bench result (schema 'aigate/canary/v1')");
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    private JsonNode result() throws IOException {
        return JSON.readTree(dir.resolve("out/result.json").toFile());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
