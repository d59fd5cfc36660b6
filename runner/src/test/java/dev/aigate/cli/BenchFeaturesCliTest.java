package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aigate bench} and {@code aigate merge} end to end against the embedded simulator: shards merged from
 * their files, sweeps with a goodput search, prompt files, load shapes and the per-request log.
 */
class BenchFeaturesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRunner.Run bench(String out, String... flags) {
        List<String> args = new java.util.ArrayList<>(List.of("bench", "--profile", "fast", "--out",
                dir.resolve(out).toString()));
        args.addAll(List.of(flags));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private JsonNode result(String out) throws IOException {
        return JSON.readTree(dir.resolve(out).resolve("result.json").toFile());
    }

    @Test
    void shardsRunApartAndMergeIntoOneResultJudgedByThresholds() throws IOException {
        for (int i = 0; i < 3; i++) {
            assertThat(bench("s" + i, "--concurrency", "3", "--requests", "10", "--output-tokens", "4",
                    "--shard", i + "/3").exitCode()).isZero();
        }
        long sentByShards = 0;
        for (int i = 0; i < 3; i++) {
            sentByShards += result("s" + i).at("/requests/sent").asLong();
        }

        CliRunner.Run merged = CliRunner.run("merge", dir.resolve("s0/result.json").toString(),
                dir.resolve("s1/result.json").toString(), dir.resolve("s2/result.json").toString(),
                "--out", dir.resolve("merged").toString(), "--threshold", "count(requests) >= 10");
        CliRunner.Run failing = CliRunner.run("merge", dir.resolve("s0/result.json").toString(),
                dir.resolve("s1/result.json").toString(), dir.resolve("s2/result.json").toString(),
                "--out", dir.resolve("failing").toString(), "--threshold", "count(requests) > 10");
        CliRunner.Run partial = CliRunner.run("merge", dir.resolve("s0/result.json").toString(),
                "--out", dir.resolve("partial").toString());

        assertThat(merged.exitCode()).as(merged.all()).isZero();
        assertThat(sentByShards).isEqualTo(10);
        JsonNode json = result("merged");
        assertThat(json.get("schema").asText()).isEqualTo("aigate/bench/v1");
        assertThat(json.at("/requests/sent").asLong()).isEqualTo(10);
        assertThat(json.at("/metrics/ttft_ms/count").asLong()).isEqualTo(10);
        assertThat(json.get("merged_shards").asInt()).isEqualTo(3);
        assertThat(json.at("/config/shard/count").asInt()).isEqualTo(1);
        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(partial.exitCode()).isEqualTo(2);
        assertThat(partial.stderr()).contains("missing shards 1/3, 2/3").doesNotContain("Exception");
    }

    @Test
    void aSweepReportsEveryLoadAndJudgesTheMaxGoodputPoint() throws IOException {
        CliRunner.Run run = bench("sweep", "--sweep", "concurrency=1,2,4", "--max-goodput", "--slo", "ttft:10s",
                "--requests", "6", "--output-tokens", "4", "--search-steps", "1",
                "--threshold", "count(requests) >= 6");

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode json = result("sweep");
        assertThat(json.get("sweep")).hasSize(3);
        // A concurrency is a whole number of workers: 1, never 1.0.
        assertThat(json.get("sweep").findValuesAsText("concurrency")).containsExactly("1", "2", "4");
        assertThat(json.get("sweep").findValues("concurrency")).allMatch(JsonNode::isIntegralNumber);
        assertThat(json.at("/max_goodput/load").isIntegralNumber()).isTrue();
        assertThat(json.at("/judged_concurrency").isIntegralNumber()).isTrue();
        assertThat(json.at("/max_goodput/load").asDouble()).isPositive();
        assertThat(json.at("/max_goodput/target_attainment").asDouble()).isEqualTo(0.9);
        assertThat(json.at("/judged_concurrency").asDouble()).isEqualTo(json.at("/max_goodput/load").asDouble());
        assertThat(json.at("/config/concurrency").asDouble()).isEqualTo(json.at("/max_goodput/load").asDouble());
        assertThat(run.stdout()).contains("Sweep over concurrency").contains("(max goodput)");
    }

    @Test
    void aGoodputSearchThatNoLoadPassesFailsTheGate() throws IOException {
        CliRunner.Run run = bench("impossible", "--sweep", "rate=50,100", "--max-goodput", "--slo", "ttft:1us",
                "--requests", "4", "--output-tokens", "2");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(result("impossible").at("/max_goodput/load").isNull()).isTrue();
        assertThat(result("impossible").get("sweep").findValuesAsText("rate")).containsExactly("50.0");
        assertThat(run.stdout()).contains("no rate tried met the SLOs");
    }

    @Test
    void aGoodputThresholdWithoutSlosIsABadInputBeforeAnythingRuns() throws IOException {
        CliRunner.Run flags = bench("no-slo", "--requests", "2", "--threshold", "throughput(goodput) >= 1/s");
        Path gate = dir.resolve("gate.yaml");
        Files.writeString(gate, "bench:\n  requests: 2\n  thresholds:\n    - throughput(goodput) >= 1/s\n",
                StandardCharsets.UTF_8);
        CliRunner.Run file = CliRunner.run("run", gate.toString(), "--out", dir.resolve("no-slo-gate").toString());

        assertThat(flags.exitCode()).as(flags.all()).isEqualTo(2);
        assertThat(flags.stderr()).contains("'throughput(goodput) >= 1/s'").contains("give --slo")
                .doesNotContain("Exception");
        assertThat(dir.resolve("no-slo/result.json")).doesNotExist();
        assertThat(file.exitCode()).as(file.all()).isEqualTo(2);
        assertThat(file.stderr()).contains(gate + ":4:7: threshold 'throughput(goodput) >= 1/s'")
                .contains("give the bench stage an 'slo'");
    }

    @Test
    void promptsComeFromAJsonlFileWithTheirOwnOutputLengths() throws IOException {
        Path prompts = dir.resolve("prompts.jsonl");
        Files.writeString(prompts, "{\"prompt\": \"Say hello\", \"output_tokens\": 3}\n\n"
                + "{\"prompt\": \"Count to five\", \"output_tokens\": 3}\n", StandardCharsets.UTF_8);
        Path log = dir.resolve("requests.jsonl");

        CliRunner.Run run = bench("jsonl", "--dataset", prompts.toString(), "--requests", "5", "--concurrency", "2",
                "--request-log", log.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode json = result("jsonl");
        assertThat(json.at("/tokens/output").asLong()).isEqualTo(15);
        assertThat(json.at("/config/dataset/format").asText()).isEqualTo("jsonl");
        assertThat(Files.readAllLines(log)).hasSize(5).allMatch(line -> line.contains("\"output_tokens\":3"));
    }

    @Test
    void shareGptConversationsGiveThePromptAndTheReplyLength() throws IOException {
        Path prompts = dir.resolve("sharegpt.json");
        Files.writeString(prompts, "[{\"conversations\": [{\"from\": \"human\", \"value\": \"What is a GPU?\"},"
                + " {\"from\": \"gpt\", \"value\": \"A graphics processor.\"}]},"
                + " {\"conversations\": [{\"from\": \"human\", \"value\": \"alone\"}]}]", StandardCharsets.UTF_8);

        CliRunner.Run run = bench("sharegpt", "--dataset", prompts.toString(), "--dataset-format", "sharegpt",
                "--requests", "3");

        assertThat(run.exitCode()).as(run.all()).isZero();
        // "A graphics processor." is 4 cl100k_base tokens; the one-turn conversation is skipped.
        assertThat(result("sharegpt").at("/tokens/output").asLong()).isEqualTo(12);
    }

    @Test
    void aBadLineInAPromptFileIsNamedWithItsLineNumber() throws IOException {
        Path prompts = dir.resolve("bad.jsonl");
        Files.writeString(prompts, "{\"prompt\": \"ok\"}\n{\"text\": \"no prompt\"}\n", StandardCharsets.UTF_8);

        CliRunner.Run run = bench("bad", "--dataset", prompts.toString(), "--requests", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr().strip()).endsWith("bad.jsonl:2: each line needs a non-empty string \"prompt\"");
    }

    @Test
    void aGateFileGivesLoadShapesAndAPromptFile() throws IOException {
        Path prompts = dir.resolve("p.jsonl");
        Files.writeString(prompts, "{\"prompt\": \"hi\", \"output_tokens\": 2}\n", StandardCharsets.UTF_8);
        Path gate = dir.resolve("gate.yaml");
        Files.writeString(gate, "target: {url: embedded, profile: fast}\nbench:\n  rate: 100\n  burstiness: 2\n"
                + "  ramp_up: 20ms\n  requests: 4\n  dataset: {file: '" + prompts + "', format: jsonl}\n",
                StandardCharsets.UTF_8);

        CliRunner.Run run = CliRunner.run("run", gate.toString(), "--out", dir.resolve("gate").toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode config = result("gate").at("/stages/bench/config");
        assertThat(config.get("arrivals").asText()).isEqualTo("gamma");
        assertThat(config.get("burstiness").asDouble()).isEqualTo(2.0);
        assertThat(result("gate").at("/stages/bench/tokens/output").asLong()).isEqualTo(8);
    }

    @Test
    void anOpenLoopWithTooFewSlotsForItsRateSaysItFellBehind() throws IOException {
        // One slot, an arrival every millisecond, each request taking several: every arrival after the first waits.
        CliRunner.Run run = bench("behind", "--rate", "1000", "--arrivals", "constant", "--concurrency", "1",
                "--requests", "6", "--output-tokens", "8");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(result("behind").at("/requests/waited_for_slot").asLong()).isEqualTo(5);
        assertThat(run.stdout()).contains("open loop behind its schedule: 5 of 6 requests fell due while all 1 "
                + "slots were busy").contains("against the 1000 asked for");
    }

    @Test
    void aRateSweepNamesTheLoadsItCouldNotOffer() throws IOException {
        // Four slots. At 5/s a request would have to outlast 800 ms, with the other three slots busy too, for an
        // arrival to wait (with one slot, a cold first request took over 200 ms on a loaded CI machine). At 1000/s
        // each request (~10 ms of simulated decoding) outlasts the 4 ms four slots need: the four workers free from
        // the start take the first four arrivals, and every later one waits.
        CliRunner.Run run = bench("sweep-behind", "--sweep", "rate=5,1000", "--arrivals", "constant",
                "--concurrency", "4", "--requests", "8", "--output-tokens", "8");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(result("sweep-behind").get("sweep").findValues("waited_for_slot"))
                .extracting(JsonNode::asLong).containsExactly(0L, 4L);
        assertThat(run.stdout()).contains("open loop behind its schedule at rate 1000 (4 of 8)");
    }

    @Test
    void openLoopShapesAreRecordedInTheConfig() throws IOException {
        CliRunner.Run run = bench("gamma", "--rate", "200", "--burstiness", "0.5", "--ramp-up", "50ms",
                "--requests", "8", "--output-tokens", "2");

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode config = result("gamma").get("config");
        assertThat(config.get("arrivals").asText()).isEqualTo("gamma");
        assertThat(config.get("burstiness").asDouble()).isEqualTo(0.5);
        assertThat(config.get("ramp_up_s").asDouble()).isEqualTo(0.05);
        assertThat(result("gamma").at("/metrics/client_queue_ms/count").asLong()).isEqualTo(8);
    }
}
