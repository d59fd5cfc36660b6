package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --history}: each run appends one record, and the reports chart the builds so far. */
class HistoryFlagTest {

    @TempDir
    Path dir;

    private CliRunner.Run cost(String outputTokens) {
        return CliRunner.run("cost", "--model", "gpt-4o", "--input-tokens", "800", "--output-tokens", outputTokens,
                "--requests-per-day", "1000", "--history", dir.resolve("history") + "/", "--out",
                dir.resolve("out").toString());
    }

    @Test
    void eachRunAppendsARecordAndTheReportsChartTheTrend() throws Exception {
        for (String tokens : new String[] {"200", "210", "205"}) {
            assertThat(cost(tokens).exitCode()).isZero();
        }

        Path history = dir.resolve("history").resolve("aigate-history.jsonl");
        assertThat(Files.readAllLines(history)).hasSize(3).allSatisfy(line -> assertThat(line)
                .contains("\"kind\":\"cost\"").contains("\"cost_per_1k_requests\""));
        assertThat(Files.readString(dir.resolve("out").resolve("summary.md")))
                .contains("### Trend across the last 3 builds").contains("x-axis [\"#1\", \"#2\", \"#3\"]");
        assertThat(Files.readString(dir.resolve("out").resolve("report.html"))).contains("\"type\":\"trend\"");
    }

    @Test
    void aGateFileNamesItsHistoryRelativeToItself() throws Exception {
        Path gate = dir.resolve("gate.yaml");
        Files.writeString(gate, String.join("\n", "name: budget", "cost:", "  model: gpt-4o", "  requests_per_day: 1000",
                "  mix:", "    - {name: chat, weight: 1, input_tokens: 800, output_tokens: 200}", "history: trend/", ""));

        for (int run = 0; run < 2; run++) {
            CliRunner.Run result = CliRunner.run("run", gate.toString(), "--out", dir.resolve("out").toString());
            assertThat(result.exitCode()).as(result.all()).isZero();
        }

        assertThat(Files.readAllLines(dir.resolve("trend").resolve("aigate-history.jsonl"))).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("\"title\":\"budget\""));
    }

    @Test
    void aCorruptHistoryIsBadInputOnOneLine() throws Exception {
        Files.createDirectories(dir.resolve("history"));
        Files.writeString(dir.resolve("history").resolve("aigate-history.jsonl"), "not json\n");

        CliRunner.Run run = cost("200");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr().strip()).contains("aigate-history.jsonl:1: not an aigate history record")
                .doesNotContain("\n").doesNotContain("Exception");
    }
}
