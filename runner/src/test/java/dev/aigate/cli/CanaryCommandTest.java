package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aigate canary} and the gate file's canary stage, end to end: inputs, exit codes, result.json. */
class CanaryCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String values(int n, double median, double factor, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            text.append(i == 0 ? "" : ",").append(median * factor * Math.exp(0.2 * z));
        }
        return text.append(']').toString();
    }

    /** ttft, tpot, itl, e2el with the candidate slowed by the given factors. */
    private Path samples(String name, double... factors) throws IOException {
        String[] metrics = {"ttft", "tpot", "itl", "e2el"};
        StringBuilder json = new StringBuilder("{\"metrics\": {");
        for (int m = 0; m < metrics.length; m++) {
            json.append(m == 0 ? "" : ",").append('"').append(metrics[m]).append("\": {\"baseline\": ")
                    .append(values(400, 50, 1, m * 2)).append(", \"candidate\": ")
                    .append(values(400, 50, factors[m], m * 2 + 1)).append('}');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, json.append("}}").toString());
        return file;
    }

    private JsonNode result(String out) throws IOException {
        return JSON.readTree(dir.resolve(out).resolve("result.json").toFile());
    }

    @Test
    void noChangePassesAndWritesEveryReport() throws IOException {
        CliRunner.Run run = CliRunner.run("canary", "--samples", samples("same.json", 1, 1, 1, 1).toString(),
                "--out", dir.resolve("same").toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode result = result("same");
        assertThat(result.get("schema").asText()).isEqualTo("aigate/canary/v1");
        assertThat(result.get("verdict").asText()).isEqualTo("pass");
        assertThat(result.get("score").asDouble()).isEqualTo(100);
        assertThat(result.at("/metrics/ttft/classification").asText()).isEqualTo("pass");
        for (String file : new String[] {"summary.md", "junit.xml", "report.html"}) {
            assertThat(dir.resolve("same").resolve(file)).exists();
        }
    }

    @Test
    void oneRegressedMetricOfFourStillPassesAtScore75() throws IOException {
        CliRunner.Run run = CliRunner.run("canary", "--samples", samples("one.json", 1.3, 1, 1, 1).toString(),
                "--out", dir.resolve("one").toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(result("one").get("score").asDouble()).isEqualTo(75);
        assertThat(result("one").get("verdict").asText()).isEqualTo("pass");
        assertThat(result("one").at("/metrics/ttft/classification").asText()).isEqualTo("high");
    }

    @Test
    void twoRegressedMetricsOfFourAreMarginalAndExitZero() throws IOException {
        CliRunner.Run run = CliRunner.run("canary", "--samples", samples("two.json", 1.3, 1.3, 1, 1).toString(),
                "--out", dir.resolve("two").toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(result("two").get("verdict").asText()).isEqualTo("marginal");
        assertThat(result("two").at("/metrics/tpot/classification").asText()).isEqualTo("high");
        assertThat(run.stdout()).contains("MARGINAL").contains("ttft high");
    }

    @Test
    void threeRegressedMetricsFailWithExitOne() throws IOException {
        CliRunner.Run run = CliRunner.run("canary", "--samples", samples("three.json", 1.3, 1.3, 1.3, 1).toString(),
                "--out", dir.resolve("three").toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        JsonNode printed = JSON.readTree(run.stdout());
        assertThat(printed.get("verdict").asText()).isEqualTo("fail");
        assertThat(printed.get("score").asDouble()).isEqualTo(25);
    }

    @Test
    void aConfigCanTolerateTheRegression() throws IOException {
        Path config = dir.resolve("lenient.yaml");
        Files.writeString(config, "metrics:\n  ttft: {allowed_increase: 1.5}\n");
        CliRunner.Run run = CliRunner.run("canary", "--samples", samples("lenient.json", 1.3, 1, 1, 1).toString(),
                "--config", config.toString(), "--out", dir.resolve("lenient").toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(result("lenient").get("verdict").asText()).isEqualTo("pass");
    }

    @Test
    void noDataIsInconclusiveWithExitThree() throws IOException {
        Path file = dir.resolve("empty.json");
        Files.writeString(file, "{\"metrics\": {\"ttft\": {\"baseline\": [], \"candidate\": [1, 2]}}}");
        CliRunner.Run run = CliRunner.run("canary", "--samples", file.toString(), "--out",
                dir.resolve("empty").toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(result("empty").at("/metrics/ttft/classification").asText()).isEqualTo("nodata");
    }

    @Test
    void everyMetricWithoutDataIsInconclusiveAndNoneCountsAsPassed() throws IOException {
        Path file = dir.resolve("nodata.json");
        Files.writeString(file, "{\"metrics\":{\"a\":{\"baseline\":[],\"candidate\":[1]},"
                + "\"b\":{\"baseline\":[1,2],\"candidate\":[]}}}");

        CliRunner.Run run = CliRunner.run("canary", "--samples", file.toString(), "--out", out("nodata"));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.stdout()).contains("INCONCLUSIVE: nothing could be judged: no metric had data on both sides "
                + "(a, b)").doesNotContain("gates passed").doesNotContain("PASS ");
        assertThat(result("nodata").path("gates")).extracting(g -> g.path("verdict").asText())
                .containsOnly("inconclusive");
    }

    @Test
    void aMetricWithoutDataIsNotCountedAsAPassedGate() throws IOException {
        Path file = dir.resolve("some.json");
        Files.writeString(file, "{\"metrics\":{\"a\":{\"baseline\":" + values(40, 50, 1, 1) + ",\"candidate\":"
                + values(40, 50, 1, 2) + "},\"b\":{\"baseline\":[],\"candidate\":[1]}}}");

        CliRunner.Run run = CliRunner.run("canary", "--samples", file.toString(), "--out", out("some"));

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout()).contains("PASS: 2 of 3 gates passed; not judged: b nodata: no data");
        assertThat(Files.readString(dir.resolve("some").resolve("junit.xml"))).as("skipped, not a red error")
                .contains("errors=\"0\" skipped=\"1\"").contains("<testcase classname=\"aigate.canary\" name=\"b\" "
                        + "time=\"0\"><skipped message=\"b nodata: no data: baseline has 0, candidate 1 observations\">")
                .doesNotContain("<error");
    }

    @Test
    void samplesWhoseDifferenceOverflowsADoubleAreBadInputNamingFileAndMetric() throws IOException {
        Path file = dir.resolve("huge.json");
        Files.writeString(file, "{\"metrics\":{\"ttft\":{\"baseline\":" + values(40, 50, 1, 1) + ",\"candidate\":"
                + values(40, 50, 1, 2) + "},\"score\":{\"baseline\":[-1.5e308,-1.4e308,-1.3e308,1.0],"
                + "\"candidate\":[1.5e308,1.4e308,1.3e308,2.0]}}}");

        CliRunner.Run run = CliRunner.run("canary", "--samples", file.toString(), "--out", out("huge"));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.stderr().strip()).isEqualTo("aigate canary: huge.json: metrics.score: candidate - baseline "
                + "overflows a double: candidate 1.5E308 - baseline -1.5E308 is beyond the largest double "
                + "(1.7976931348623157E308); express the values in larger units");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("Infinity");
    }

    @Test
    void aLiveCanaryWhoseTargetsCannotBeReachedIsInconclusive() throws IOException {
        String url = "http://127.0.0.1:" + closedPort() + "/v1";

        CliRunner.Run run = CliRunner.run("canary", "--baseline-url", url, "--candidate-url", url,
                "--baseline-model", "m", "--candidate-model", "m", "--pairs", "2", "--out", out("unreachable"));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.stdout()).contains("INCONCLUSIVE: nothing could be judged: baseline completed none of its 2 "
                + "requests (connection: 2); candidate completed none of its 2 requests (connection: 2)");
        assertThat(result("unreachable").get("verdict").asText()).isEqualTo("inconclusive");
    }

    @Test
    void anUnreachableCandidateMakesTheGateFilesLiveCanaryInconclusive() throws IOException {
        Path gate = dir.resolve("live.yaml");
        Files.writeString(gate, "canary:\n  live:\n    baseline: {url: embedded, profile: fast}\n"
                + "    candidate: {url: 'http://127.0.0.1:" + closedPort() + "/v1', model: m}\n    pairs: 3\n"
                + "    output_tokens: 4\n    input_tokens: 16\n");

        CliRunner.Run run = CliRunner.run("run", gate.toString(), "--out", out("live-gate"));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.stdout()).contains("candidate completed none of its 3 requests (connection: 3)")
                .doesNotContain("baseline completed none");
    }

    @Test
    void aResultFileWithNoCompletedRequestIsInconclusive() throws IOException {
        CliRunner.Run failed = CliRunner.run("bench", "--url", "http://127.0.0.1:" + closedPort() + "/v1", "--model",
                "m", "--requests", "2", "--out", out("failed-bench"));
        CliRunner.Run good = CliRunner.run("bench", "--profile", "fast", "--requests", "8", "--output-tokens", "4",
                "--out", out("good-bench"));
        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(3);
        assertThat(good.exitCode()).as(good.all()).isZero();

        CliRunner.Run run = CliRunner.run("canary", "--baseline", dir.resolve("failed-bench/result.json").toString(),
                "--candidate", dir.resolve("good-bench/result.json").toString(), "--out", out("files"));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.stdout()).contains("baseline completed none of its 2 requests (connection: 2)");
    }

    @Test
    void aSideThatFellBehindItsOpenLoopScheduleIsNamed() throws IOException {
        // The candidate: one slot, an arrival every millisecond, each request taking several; so it got less load.
        CliRunner.Run kept = CliRunner.run("bench", "--profile", "fast", "--rate", "5", "--concurrency", "4",
                "--requests", "8", "--output-tokens", "4", "--out", out("kept"));
        CliRunner.Run behind = CliRunner.run("bench", "--profile", "fast", "--rate", "1000", "--arrivals",
                "constant", "--concurrency", "1", "--requests", "8", "--output-tokens", "4", "--out", out("behind"),
                "--request-log", dir.resolve("behind.jsonl").toString());
        assertThat(kept.exitCode()).as(kept.all()).isZero();
        assertThat(behind.exitCode()).as(behind.all()).isZero();

        for (String candidate : List.of("behind/result.json", "behind.jsonl")) {
            CliRunner.Run run = CliRunner.run("canary", "--baseline", dir.resolve("kept/result.json").toString(),
                    "--candidate", dir.resolve(candidate).toString(), "--out", out("compared"));

            assertThat(run.stdout()).as(candidate).contains("candidate: open loop behind its schedule, 7 of 8 "
                    + "requests fell due while every slot was busy").doesNotContain("baseline: open loop");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void liveCanaryCatchesASlowerCandidateUnderTheSameTraffic() throws IOException {
        // fast: ~2 ms to first token; fixed: exactly 100 ms, then 20 ms per token.
        CliRunner.Run run = CliRunner.run("canary", "--baseline-url", "embedded", "--baseline-profile", "fast",
                "--candidate-url", "embedded", "--candidate-profile", "fixed", "--pairs", "24", "--concurrency", "4",
                "--output-tokens", "6", "--input-tokens", "16", "--duration", "60s",
                "--out", dir.resolve("live").toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        JsonNode result = result("live");
        assertThat(result.at("/metrics/ttft/classification").asText()).isEqualTo("high");
        assertThat(result.at("/metrics/ttft/baseline/count").asLong()).isEqualTo(24);
        assertThat(result.at("/metrics/ttft/candidate/count").asLong()).isEqualTo(24);
        assertThat(result.at("/metrics/ttft/candidate/mean").asDouble()).isGreaterThanOrEqualTo(100);
        assertThat(result.at("/metrics/error_rate/classification").asText()).isEqualTo("pass");
        assertThat(result.get("source").asText()).startsWith("live: embedded simulator, profile fast");
    }

    @Test
    void aSequentialLiveCanaryStopsAsSoonAsTheRegressionIsConfirmed() throws IOException {
        CliRunner.Run run = CliRunner.run("canary", "--baseline-url", "embedded", "--baseline-profile", "fast",
                "--candidate-url", "embedded", "--candidate-profile", "fixed", "--sequential", "--min-pairs", "8",
                "--concurrency", "2", "--output-tokens", "4", "--input-tokens", "16", "--duration", "5m",
                "--out", dir.resolve("sequential").toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        JsonNode result = result("sequential");
        assertThat(result.at("/sequential/stopped_early").asBoolean()).isTrue();
        assertThat(result.at("/sequential/regression").asBoolean()).isTrue();
        assertThat(result.at("/metrics/ttft/baseline/count").asLong()).isLessThan(40);
        assertThat(run.stdout()).contains("sequential test stopped the live canary early");
    }

    @Test
    void aGateFileRunsTheCanaryStageWithFilesRelativeToIt() throws IOException {
        samples("regressed.json", 1.3, 1.3, 1.3, 1);
        Path gate = dir.resolve("gate.yaml");
        Files.writeString(gate, "name: release\ncanary:\n  samples: regressed.json\n  pass_score: 70\n");
        CliRunner.Run run = CliRunner.run("run", gate.toString(), "--out", dir.resolve("gate").toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        JsonNode result = result("gate");
        assertThat(result.get("schema").asText()).isEqualTo("aigate/run/v1");
        assertThat(result.at("/stages/canary/verdict").asText()).isEqualTo("fail");
        assertThat(result.at("/stages/canary/metrics/ttft/classification").asText()).isEqualTo("high");
    }

    @Test
    void aGateFileCanaryMistakeNamesTheLine() throws IOException {
        Path gate = dir.resolve("bad.yaml");
        Files.writeString(gate, "canary:\n  samples: s.json\n  baseline: b.json\n");
        CliRunner.Run run = CliRunner.run("run", gate.toString(), "--out", dir.resolve("bad").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("bad.yaml:2:").contains("needs exactly one input");
    }
}
