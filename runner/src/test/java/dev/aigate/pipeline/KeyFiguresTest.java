package dev.aigate.pipeline;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.result.SampleResults;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every figure docs/github-action.md and docs/jenkins.md name, with the value it has always had. */
class KeyFiguresTest {

    @Test
    void aRunGivesEveryDocumentedFigureOfItsStages() {
        assertThat(KeyFigures.of(SampleResults.run())).containsExactly(
                entry("ttft-p50-ms", 120.5), entry("ttft-p99-ms", 250.25), entry("tpot-mean-ms", 15.125),
                entry("tpot-p99-ms", 18.5), entry("itl-p99-ms", 40.75), entry("e2el-p99-ms", 1900.0),
                entry("requests-per-s", 7.5), entry("output-tokens-per-s", 905.375),
                entry("goodput-requests-per-s", 6.25), entry("error-rate", 0.015),
                entry("prompts-pass-rate", 0.81), entry("canary-score", 62.5),
                entry("cost-per-request", 0.0066), entry("cost-per-1k-requests", 6.6), entry("cost-per-month", 4818.0),
                entry("cost-per-1m-tokens", 3.3), entry("cost-per-1m-output-tokens", 9.9));
    }

    @Test
    void aSingleCommandGivesTheFiguresOfItsOwnStage() {
        Map<String, Double> all = KeyFigures.of(SampleResults.run());

        assertThat(KeyFigures.of(SampleResults.single("bench"))).hasSize(10)
                .allSatisfy((name, value) -> assertThat(all).containsEntry(name, value));
        assertThat(KeyFigures.of(SampleResults.single("prompts"))).containsExactly(entry("prompts-pass-rate", 0.81));
        assertThat(KeyFigures.of(SampleResults.single("canary"))).containsExactly(entry("canary-score", 62.5));
        assertThat(KeyFigures.of(SampleResults.single("cost"))).hasSize(5).containsEntry("cost-per-month", 4818.0);
    }

    @Test
    void aFigureInAnotherStagesSectionIsNotTaken() {
        // A canary result has a score, a prompts result none: the score is the canary's figure only.
        assertThat(KeyFigures.of(SampleResults.single("prompts"))).doesNotContainKey("canary-score");
        assertThat(KeyFigures.of(SampleResults.single("gpu-telemetry"))).isEmpty();
    }
}
