package dev.aigate.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fault rates, their spec syntax, and seeded draws. */
class FaultPlanTest {

    @Test
    void parsesTheCompactSpec() {
        FaultPlan plan = FaultPlan.parse("http_429=0.1, cut=0.05,retry_after=3,stall_ms=750");

        assertThat(plan.rate(FaultKind.HTTP_429)).isEqualTo(0.1);
        assertThat(plan.rate(FaultKind.CUT)).isEqualTo(0.05);
        assertThat(plan.rate(FaultKind.RESET)).isZero();
        assertThat(plan.retryAfterSeconds()).isEqualTo(3);
        assertThat(plan.stall()).isEqualTo(Duration.ofMillis(750));
        assertThat(FaultPlan.parse("")).isEqualTo(FaultPlan.NONE);
    }

    @Test
    void rejectsUnknownKindsAndImpossibleRates() {
        assertThatThrownBy(() -> FaultPlan.parse("http_418=0.1")).hasMessageContaining("bad_json");
        assertThatThrownBy(() -> FaultPlan.parse("cut=1.5")).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> FaultPlan.parse("cut=0.6,reset=0.6")).hasMessageContaining("more than 1");
        assertThatThrownBy(() -> FaultPlan.parse("cut")).hasMessageContaining("NAME=VALUE");
    }

    @Test
    void drawsAreDeterministicPerSeedAndIndexAndFollowTheRates() {
        FaultPlan plan = FaultPlan.parse("http_500=0.2,stall=0.1");
        Map<FaultKind, Integer> counts = new EnumMap<>(FaultKind.class);
        for (long index = 0; index < 10_000; index++) {
            plan.faultFor(3, index).ifPresent(kind -> counts.merge(kind, 1, Integer::sum));
            assertThat(plan.faultFor(3, index)).isEqualTo(plan.faultFor(3, index));
        }

        assertThat(counts.get(FaultKind.HTTP_500)).isBetween(1_800, 2_200);
        assertThat(counts.get(FaultKind.STALL)).isBetween(850, 1_150);
        assertThat(counts).containsOnlyKeys(FaultKind.HTTP_500, FaultKind.STALL);
        assertThat(FaultPlan.NONE.faultFor(3, 0)).isEmpty();
    }
}
