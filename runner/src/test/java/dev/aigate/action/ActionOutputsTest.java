package dev.aigate.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.report.ResultJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionOutputsTest {

    private static ResultFile result(String json) throws IOException {
        return new ResultFile(ResultJson.MAPPER.readTree(json), "");
    }

    @Test
    void aCanaryScoreIsTakenAsTheResultGivesIt() throws IOException {
        var outputs = ActionOutputs.of(result("{\"schema\": \"aigate/canary/v1\", \"verdict\": \"marginal\", "
                + "\"score\": 62.5, \"gates\": []}"), "out", 0);

        assertThat(outputs).containsEntry("verdict", "marginal").containsEntry("score", "62.5")
                .containsEntry("report-dir", "out").containsEntry("exit-code", "0");
    }

    @Test
    void aRunExportsItsBenchMetricsAndEveryCostFigure() throws IOException {
        var outputs = ActionOutputs.of(result("{\"schema\": \"aigate/run/v1\", \"verdict\": \"fail\", \"gates\": ["
                + "{\"verdict\": \"pass\"}, {\"verdict\": \"fail\"}, {\"verdict\": \"pass\"}],"
                + "\"stages\": {"
                + "  \"bench\": {\"metrics\": {\"ttft_ms\": {\"p50\": 101.25, \"p99\": 412.0004},"
                + "                            \"tpot_ms\": {\"mean\": 12.3456}},"
                + "            \"throughput\": {\"output_tokens_per_s\": 2048.5},"
                + "            \"requests\": {\"sent\": 200, \"failed\": 3}},"
                + "  \"cost\": {\"cost\": {\"per_1k_requests\": 1.8, \"per_month\": 5475.0, \"per_day\": null}}}}"),
                "aigate-out", 1);

        assertThat(outputs).containsEntry("score", "66.6667").containsEntry("gates-total", "3")
                .containsEntry("gates-failed", "1")
                .containsEntry("ttft-p50-ms", "101.25").containsEntry("ttft-p99-ms", "412")
                .containsEntry("tpot-mean-ms", "12.3456").containsEntry("output-tokens-per-s", "2048.5")
                .containsEntry("error-rate", "0.015")
                .containsEntry("cost-per-1k-requests", "1.8").containsEntry("cost-per-month", "5475")
                .doesNotContainKeys("cost-per-day", "itl-p99-ms");
    }

    @Test
    void withNoGatesAPassScoresFullMarks() throws IOException {
        assertThat(ActionOutputs.of(result("{\"schema\": \"aigate/cost/v1\", \"verdict\": \"pass\", "
                + "\"gates\": []}"), "o", 0)).containsEntry("score", "100");
        assertThat(ActionOutputs.of(result("{\"schema\": \"aigate/bench/v1\", \"verdict\": \"inconclusive\", "
                + "\"gates\": []}"), "o", 3)).containsEntry("score", "0");
    }

    @Test
    void anInconclusiveRunWithoutFailedGatesSaysWhyOnTheRun() throws IOException {
        List<String> lines = new Annotations(Path.of("/ws")).forResult(result("{\"verdict\": \"inconclusive\", "
                + "\"gates\": [], \"notes\": [\"bench: no request completed: 8 sent\"]}").json());

        assertThat(lines).containsExactly("::warning title=aigate%3A inconclusive::bench: no request completed: 8 sent");
    }

    @Test
    void configErrorsWithoutALocationAnnotateTheRun() {
        assertThat(new Annotations(Path.of("/ws")).forError("aigate run: x.yaml: file not found\n", 2))
                .containsExactly("::error title=aigate%3A configuration error::aigate run: x.yaml: file not found");
        assertThat(new Annotations(Path.of("/ws")).forError("aigate run: /ws/g/a.yaml:3:7: bad\n", 2))
                .containsExactly("::error file=g/a.yaml,line=3,col=7,title=aigate%3A configuration error::bad");
    }
}
