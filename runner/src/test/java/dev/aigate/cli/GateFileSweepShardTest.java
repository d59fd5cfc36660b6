package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gate file's bench stage with {@code sweep:} and {@code shard:}, end to end through {@code aigate run} against
 * the embedded simulator: the same points and gates as the CLI's flags, and shards that merge into the unsplit run.
 */
class GateFileSweepShardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET = "target: {url: embedded, profile: fast, seed: 7}\n";

    @TempDir
    Path dir;

    @Test
    void aSweepRunsEveryLoadAndJudgesTheHighestAsTheCliDoes() throws Exception {
        Path gate = write("sweep.yaml", TARGET + """
                bench:
                  requests: 6
                  output_tokens: 4
                  sweep: {concurrency: [1, 2, 3]}
                  thresholds: ['count(requests) >= 6', 'rate(errors) < 1%']
                """);

        CliRunner.Run file = CliRunner.run("run", gate.toString(), "--format", "json", "--out", out("file"));
        CliRunner.Run flags = CliRunner.run("bench", "--profile", "fast", "--seed", "7", "--requests", "6",
                "--output-tokens", "4", "--sweep", "concurrency=1,2,3", "--threshold", "count(requests) >= 6",
                "--threshold", "rate(errors) < 1%", "--format", "json", "--out", out("flags"));

        assertThat(file.exitCode()).as(file.all()).isZero();
        assertThat(flags.exitCode()).as(flags.all()).isZero();
        JsonNode bench = JSON.readTree(file.stdout()).at("/stages/bench");
        JsonNode cli = JSON.readTree(flags.stdout());
        assertThat(loads(bench, "concurrency")).containsExactly(1.0, 2.0, 3.0).isEqualTo(loads(cli, "concurrency"));
        assertThat(bench.path("judged_concurrency").asDouble()).isEqualTo(3.0)
                .isEqualTo(cli.path("judged_concurrency").asDouble());
        assertThat(bench.at("/config/concurrency").asInt()).as("the judged point's own result").isEqualTo(3);
        assertThat(gateNames(JSON.readTree(file.stdout()))).isEqualTo(gateNames(cli));
        assertThat(file.stdout()).contains("thresholds judged at the highest load run, concurrency 3");
    }

    @Test
    void aGoodputSearchThatNoLoadPassesFailsTheGateAsTheCliDoes() throws Exception {
        Path gate = write("search.yaml", TARGET + """
                bench:
                  requests: 4
                  output_tokens: 4
                  slo: {ttft: 1us}
                  sweep: {rate: [50, 100], max_goodput: true, attainment: 90%}
                """);

        CliRunner.Run run = CliRunner.run("run", gate.toString(), "--out", out("search"));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.stdout()).contains("max goodput: SLO attainment >= 90.0%",
                "no rate tried met the SLOs for 90.0% of requests");
    }

    @Test
    void twoShardsOfAGateFileMergeIntoTheUnsplitRun() throws Exception {
        String bench = """
                bench:
                  concurrency: 4
                  requests: 30
                  output_tokens: 8
                  slo: {ttft: 10s}
                  thresholds: ['p99(ttft) < 10s']
                """;
        Path whole = write("whole.yaml", TARGET + bench);
        Path sharded = write("sharded.yaml", TARGET + bench + "  shard: 0/2\n");

        CliRunner.Run one = CliRunner.run("run", whole.toString(), "--out", out("whole"));
        CliRunner.Run first = CliRunner.run("run", sharded.toString(), "--out", out("shard-0"));
        CliRunner.Run second = CliRunner.run("run", sharded.toString(), "--shard", "1/2", "--out", out("shard-1"));
        CliRunner.Run merged = CliRunner.run("merge", dir.resolve("shard-0/result.json").toString(),
                dir.resolve("shard-1/result.json").toString(), "--threshold", "p99(ttft) < 10s", "--out",
                out("merged"));

        for (CliRunner.Run run : List.of(one, first, second, merged)) {
            assertThat(run.exitCode()).as(run.all()).isZero();
        }
        JsonNode shard0 = result("shard-0").at("/stages/bench");
        JsonNode shard1 = result("shard-1").at("/stages/bench");
        assertThat(shard0.at("/config/shard/index").asInt()).isZero();
        assertThat(shard1.at("/config/shard/index").asInt()).as("--shard replaced the file's 0/2").isEqualTo(1);
        assertThat(shard0.at("/requests/sent").asLong() + shard1.at("/requests/sent").asLong()).isEqualTo(30);
        assertThat(first.stdout()).contains("shard 0/2: these figures and gates cover this shard's requests only");

        JsonNode unsplit = result("whole").at("/stages/bench");
        JsonNode sum = result("merged");
        for (String key : List.of("/requests/sent", "/requests/completed", "/requests/failed", "/tokens/output",
                "/tokens/input", "/goodput/requests", "/metrics/ttft_ms/count", "/metrics/itl_ms/count",
                "/metrics/tpot_ms/count")) {
            assertThat(sum.at(key).asLong()).as(key).isEqualTo(unsplit.at(key).asLong());
        }
        assertThat(sum.path("merged_shards").asInt()).isEqualTo(2);
    }

    @Test
    void badShardsOnTheCommandLineAreOneLineAndExitTwo() throws Exception {
        Path gate = write("gate.yaml", TARGET + "bench: {concurrency: 4, requests: 8}\n");
        Path sweep = write("sweep.yaml", TARGET + "bench: {sweep: {rate: [1, 2]}}\n");
        Path noBench = write("gpu.yaml", "gpu: {probe: }\n");

        assertUsageError(CliRunner.run("run", gate.toString(), "--shard", "4/4"),
                "--shard: a shard is i/N with 0 <= i < N, got 4/4");
        assertUsageError(CliRunner.run("run", gate.toString(), "--shard", "0/8"),
                "--shard 0/8: concurrency 4 cannot be split over 8 shards");
        assertUsageError(CliRunner.run("run", sweep.toString(), "--shard", "0/2"), "sweeps");
        assertUsageError(CliRunner.run("run", noBench.toString(), "--shard", "0/2"),
                "has neither a 'bench' nor a 'prompts' section");
    }

    private static void assertUsageError(CliRunner.Run run, String mentioned) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.stderr().strip()).contains(mentioned).doesNotContain("\n").doesNotContain("Exception");
    }

    private static List<Double> loads(JsonNode result, String axis) {
        List<Double> loads = new ArrayList<>();
        result.path("sweep").forEach(point -> loads.add(point.path(axis).asDouble()));
        return loads;
    }

    private static List<String> gateNames(JsonNode result) {
        List<String> gates = new ArrayList<>();
        result.path("gates").forEach(g -> gates.add(g.path("name").asText() + " " + g.path("verdict").asText()));
        return gates;
    }

    private JsonNode result(String out) throws Exception {
        return JSON.readTree(dir.resolve(out).resolve("result.json").toFile());
    }

    private Path write(String name, String yaml) throws Exception {
        return Files.writeString(dir.resolve(name), yaml);
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }
}
