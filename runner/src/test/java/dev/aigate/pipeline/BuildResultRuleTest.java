package dev.aigate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.gate.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildResultRuleTest {

    private static StepResult result(Verdict verdict) {
        return new StepResult("bench", "t", verdict, verdict.exitCode(), 0, List.of(), Map.of(), List.of(), "out");
    }

    @Test
    void byDefaultFailAndInconclusiveFailTheBuildAndMarginalMakesItUnstable() {
        BuildResultRule rule = BuildResultRule.DEFAULT;

        assertThat(rule.judge(result(Verdict.PASS)).status()).isEqualTo(BuildStatus.SUCCESS);
        assertThat(rule.judge(result(Verdict.MARGINAL)).status()).isEqualTo(BuildStatus.UNSTABLE);
        assertThat(rule.judge(result(Verdict.FAIL)).status()).isEqualTo(BuildStatus.FAILURE);
        assertThat(rule.judge(result(Verdict.INCONCLUSIVE)).status()).isEqualTo(BuildStatus.FAILURE);
    }

    @Test
    void eachVerdictsResultIsConfigurableExceptThatAFailureNeverPasses() {
        BuildResultRule rule = BuildResultRule.of(Map.of("failAs", "unstable", "marginalAs", "FAILURE",
                "inconclusiveAs", " success "));

        assertThat(rule).isEqualTo(new BuildResultRule(BuildStatus.UNSTABLE, BuildStatus.FAILURE,
                BuildStatus.SUCCESS));
        assertThatThrownBy(() -> BuildResultRule.of(Map.of("failAs", "SUCCESS")))
                .hasMessage("parameter 'failAs' must be one of UNSTABLE, FAILURE, got 'SUCCESS'");
        assertThatThrownBy(() -> BuildResultRule.of(Map.of("marginalAs", "WARN")))
                .hasMessage("parameter 'marginalAs' must be one of SUCCESS, UNSTABLE, FAILURE, got 'WARN'");
    }

    @Test
    void withoutAResultTheBuildFailsWithTheRunnersLineOrItsExitCode() {
        assertThat(BuildResultRule.DEFAULT.withoutResult(StepCommand.RUN, 2, "aigate run: g.yaml:3:5: unknown key"))
                .isEqualTo(new BuildOutcome(BuildStatus.FAILURE, "aigate run: g.yaml:3:5: unknown key"));
        assertThat(BuildResultRule.DEFAULT.withoutResult(StepCommand.BENCH, 137, ""))
                .isEqualTo(new BuildOutcome(BuildStatus.FAILURE,
                        "aigate bench: exited with code 137 and wrote no result.json"));
    }

    @Test
    void theWorseOfTwoBuildResultsWins() {
        assertThat(BuildStatus.SUCCESS.and(BuildStatus.UNSTABLE)).isEqualTo(BuildStatus.UNSTABLE);
        assertThat(BuildStatus.FAILURE.and(BuildStatus.UNSTABLE)).isEqualTo(BuildStatus.FAILURE);
    }
}
