package dev.aigate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.gate.Verdict;
import org.junit.jupiter.api.Test;

class StepResultTest {

    @Test
    void anythingButAnAigateResultIsRefusedWithTheReason() {
        assertThatThrownBy(() -> StepResult.parse("{not json", "out"))
                .hasMessageStartingWith("result.json is not valid JSON: ");
        assertThatThrownBy(() -> StepResult.parse("{\"schema\": \"k6/summary\"}", "out"))
                .hasMessage("result.json is not an aigate result: its schema is 'k6/summary'");
        assertThatThrownBy(() -> StepResult.parse("{\"schema\": \"aigate/bench/v1\", \"verdict\": \"ok\"}", "out"))
                .hasMessage("result.json has an unknown verdict 'ok'");
    }

    @Test
    void aRunCarriesTheFiguresOfItsStagesAndScoresTheShareOfGatesPassed() {
        StepResult result = StepResult.parse("""
                {"schema": "aigate/run/v1", "title": "release", "verdict": "fail", "exit_code": 1,
                 "gates": [{"stage": "bench", "name": "p99(ttft) < 500ms", "verdict": "fail",
                            "message": "p99(ttft) = 612 ms, limit < 500 ms: FAILED"},
                           {"stage": "prompts", "name": "pass_rate(prompts) >= 90%", "verdict": "pass"},
                           {"stage": "cost", "name": "cost(per_1k_requests) < $2", "verdict": "pass"}],
                 "notes": [],
                 "stages": {"bench": {"throughput": {"output_tokens_per_s": 2048.5},
                                      "metrics": {"ttft_ms": {"p99": 612.0}},
                                      "requests": {"sent": 200, "failed": 3}},
                            "prompts": {"sides": {"candidate": {"pass_rate": 0.95}}},
                            "canary": {"score": 87.5},
                            "cost": {"cost": {"per_1k_requests": 1.8, "per_day": null}}}}
                """, "aigate-out/run");

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.score()).isCloseTo(66.667, org.assertj.core.data.Offset.offset(0.001));
        assertThat(result.headline()).isEqualTo("aigate run: fail, 1 of 3 gates failed: p99(ttft) = 612 ms, "
                + "limit < 500 ms");
        assertThat(result.figures()).containsExactly(
                java.util.Map.entry("ttft-p99-ms", 612.0),
                java.util.Map.entry("output-tokens-per-s", 2048.5),
                java.util.Map.entry("error-rate", 0.015),
                java.util.Map.entry("prompts-pass-rate", 0.95),
                java.util.Map.entry("canary-score", 87.5),
                java.util.Map.entry("cost-per-1k-requests", 1.8));
        assertThat(result.stepValues()).containsEntry("costPer1kRequests", 1.8).containsEntry("errorRate", 0.015)
                .containsEntry("junitXml", "aigate-out/run/junit.xml");
    }

    @Test
    void withoutGatesAPassScoresFullMarksAndAnInconclusiveRunSaysWhy() {
        assertThat(StepResult.parse("{\"schema\": \"aigate/cost/v1\", \"verdict\": \"pass\"}", "o").headline())
                .isEqualTo("aigate cost: pass, no gates to judge");
        StepResult inconclusive = StepResult.parse("{\"schema\": \"aigate/bench/v1\", \"verdict\": \"inconclusive\","
                + " \"notes\": [\"no request completed: 8 sent\"]}", "o");
        assertThat(inconclusive.score()).isZero();
        assertThat(inconclusive.exitCode()).isEqualTo(3);
        assertThat(inconclusive.headline()).isEqualTo("aigate bench: inconclusive: no request completed: 8 sent");
    }

    @Test
    void figureNamesBecomeGroovyFriendly() {
        assertThat(StepResult.camelCase("ttft-p99-ms")).isEqualTo("ttftP99Ms");
        assertThat(StepResult.camelCase("cost-per-1k-requests")).isEqualTo("costPer1kRequests");
        assertThat(StepResult.camelCase("verdict")).isEqualTo("verdict");
    }

    @Test
    void numbersArePlainDecimals() {
        assertThat(Numbers.plain(0.0066073)).isEqualTo("0.0066073");
        assertThat(Numbers.plain(20097.2184)).isEqualTo("20097.2");
        assertThat(Numbers.plain(12000)).isEqualTo("12000");
        assertThat(Numbers.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Numbers.plain(1234567)).isEqualTo("1234570");
    }
}
