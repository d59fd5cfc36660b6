package dev.aigate.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.config.SourceLocation;
import dev.aigate.config.ThresholdSpec;
import dev.aigate.gate.Verdict;
import dev.aigate.report.GateResult;
import dev.aigate.report.ResultJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdLocationsTest {

    @Test
    void eachGateGetsTheLineItsThresholdWasWrittenOn() {
        SourceLocation first = new SourceLocation("g.yaml", 10, 5);
        SourceLocation second = new SourceLocation("g.yaml", 11, 5);
        SourceLocation third = new SourceLocation("g.yaml", 12, 5);
        List<ThresholdSpec> specs = List.of(new ThresholdSpec("p99(ttft) < 1s", first),
                new ThresholdSpec("rate(errors) < 1%", second), new ThresholdSpec("p99(ttft) < 1s", third),
                ThresholdSpec.fromFlag("mean(tpot) < 20ms"));
        StageResult stage = new StageResult("bench", Verdict.FAIL, List.of(
                gate("p99(ttft) < 1s"), gate("rate(errors) < 1%"), gate("p99(ttft) < 1s"), gate("mean(tpot) < 20ms")),
                List.of(), ResultJson.MAPPER.createObjectNode(), List.of());

        List<GateResult> gates = ThresholdLocations.attach(stage, specs).gates();

        assertThat(gates).extracting(GateResult::location).containsExactly(first, second, third, null);
    }

    private static GateResult gate(String name) {
        return new GateResult("bench", name, Verdict.FAIL, name + ": FAILED");
    }
}
