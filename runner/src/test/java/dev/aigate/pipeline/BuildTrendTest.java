package dev.aigate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.gate.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildTrendTest {

    private static TrendPoint build(int number, Verdict verdict, double score, Map<String, Double> figures) {
        StepResult result = new StepResult("bench", "t", verdict, verdict.exitCode(), score, List.of(), figures,
                List.of(), "out");
        return new TrendPoint(number, "#" + number, result);
    }

    @Test
    void aBuildIsRegressedWhenItsVerdictIsWorseThanTheOneBefore() {
        BuildTrend trend = BuildTrend.of(List.of(
                build(4, Verdict.FAIL, 0, Map.of()),
                build(1, Verdict.PASS, 100, Map.of()),
                build(2, Verdict.MARGINAL, 50, Map.of()),
                build(3, Verdict.MARGINAL, 50, Map.of()),
                build(5, Verdict.PASS, 100, Map.of())));

        assertThat(trend.regressedBuilds()).containsExactly(2, 4);
        assertThat(trend.charts().get(0).labels()).containsExactly("#1", "#2 ▼", "#3", "#4 ▼", "#5");
    }

    @Test
    void chartsAreInWholeNumbersWithGapsWhereABuildLacksAFigure() {
        BuildTrend trend = BuildTrend.of(List.of(
                build(7, Verdict.PASS, 100, Map.of("ttft-p99-ms", 291.6, "tpot-mean-ms", 11.4,
                        "cost-per-1k-requests", 0.107)),
                build(8, Verdict.FAIL, 50, Map.of("ttft-p99-ms", 612.2, "cost-per-1k-requests", 0.2))));

        List<TrendChart> charts = trend.charts();

        assertThat(charts).extracting(TrendChart::title)
                .containsExactly("Score (%)", "Latency (ms)", "Cost (cents per 1k requests)");
        assertThat(charts.get(0).series()).containsOnlyKeys("score");
        assertThat(charts.get(1).series().get("p99 TTFT")).containsExactly(292, 612);
        assertThat(charts.get(1).series().get("mean TPOT")).isEqualTo(new ArrayList<>(Arrays.asList(11, null)));
        assertThat(charts.get(2).series().get("per 1k requests")).containsExactly(11, 20);
        assertThat(charts.get(2).buildNumbers()).containsExactly(7, 8);
        assertThat(charts.get(2).regressedBuilds()).containsExactly(8);
    }

    @Test
    void oneBuildMakesNoTrend() {
        assertThat(BuildTrend.of(List.of(build(1, Verdict.PASS, 100, Map.of()))).charts()).isEmpty();
    }
}
