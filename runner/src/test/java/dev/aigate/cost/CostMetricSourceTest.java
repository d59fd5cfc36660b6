package dev.aigate.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.gate.GateOutcome;
import dev.aigate.gate.ThresholdEvaluator;
import dev.aigate.gate.ThresholdException;
import dev.aigate.gate.ThresholdParser;
import dev.aigate.gate.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostMetricSourceTest {

    private final CostEstimate estimate = CostEstimator.estimate(
            new ApiPricing(ModelPrice.of("gpt-4o", 2.50, 10.00)),
            Workload.of(new TrafficProfile(100_000.0,
                    List.of(new RequestShape("chat", 1, RequestTokens.of(1000, 500), TokenSource.GIVEN))), null));

    @Test
    void aBudgetOverTheFigureFailsAndNamesIt() {
        List<GateOutcome> outcomes = ThresholdEvaluator.evaluate(List.of(
                ThresholdParser.parse("cost(per_month) < $5000"),
                ThresholdParser.parse("cost(per_1k_requests) < $10.00"),
                ThresholdParser.parse("cost(per_request) <= $0.0075")), new CostMetricSource(estimate));

        assertThat(outcomes).extracting(GateOutcome::verdict)
                .containsExactly(Verdict.FAIL, Verdict.PASS, Verdict.PASS);
        assertThat(outcomes.get(0).message()).isEqualTo("cost(per_month) = $22812.50, limit < $5000.00: FAILED");
    }

    @Test
    void aFigureThatCouldNotBeComputedIsInconclusive() {
        CostEstimate perRequestOnly = CostEstimator.estimate(estimate.pricing(), Workload.of(new TrafficProfile(null,
                List.of(new RequestShape("chat", 1, RequestTokens.of(1000, 500), TokenSource.GIVEN))), null));

        List<GateOutcome> outcomes = ThresholdEvaluator.evaluate(
                List.of(ThresholdParser.parse("cost(per_month) < $5000")), new CostMetricSource(perRequestOnly));

        assertThat(outcomes.get(0).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void catalogKnowsEveryFigureInDollarsUnderTheCostAggregateOnly() {
        assertThat(CostMetricSource.catalog().metricNames()).containsExactlyInAnyOrder("per_request",
                "per_1k_requests", "per_day", "per_month", "per_1m_tokens", "per_1m_output_tokens");
        assertThatThrownBy(() -> ThresholdEvaluator.evaluate(List.of(ThresholdParser.parse("p99(per_month) < $5")),
                CostMetricSource.catalog())).isInstanceOf(ThresholdException.class)
                .hasMessageContaining("p99 does not apply to 'per_month'; it supports cost");
        assertThatThrownBy(() -> ThresholdEvaluator.evaluate(List.of(ThresholdParser.parse("cost(per_mnth) < $5")),
                CostMetricSource.catalog())).hasMessageContaining("did you mean 'per_month'?");
        assertThatThrownBy(() -> ThresholdEvaluator.evaluate(List.of(ThresholdParser.parse("cost(per_month) < 5ms")),
                CostMetricSource.catalog())).hasMessageContaining("does not fit");
    }
}
