package dev.aigate.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryMarkdownTest {

    @Test
    void theTrendIsAMermaidChartWithTheRegressedBuildsNamed() {
        String md = SummaryMarkdown.render(SyntheticReports.withEverything(), SyntheticReports.trend());

        assertThat(md).contains("### Trend across the last 20 builds")
                .contains("```mermaid\nxychart-beta\n    title \"bench.ttft_p99_ms (lower is better)\"")
                .contains("x-axis [\"#1\", \"#2\"")
                .containsPattern("Regressed builds: #14: bench.ttft_p99_ms stepped \\+[23][0-9]\\.[0-9]% \\(p = 0\\.0")
                .contains("#17: gate failed");
    }

    @Test
    void markupInUserTextDoesNotBecomeHtml() {
        String md = SummaryMarkdown.render(SyntheticReports.withEverything());

        assertThat(md).doesNotContain("<img").doesNotContain("</script>").contains("&lt;img");
    }

    @Test
    void manyPassingGatesAreFoldedBelowTheOnesThatNeedAttention() {
        var gates = new java.util.ArrayList<GateResult>();
        for (int i = 0; i < 10; i++) {
            gates.add(new GateResult("bench", "gate " + i, dev.aigate.gate.Verdict.PASS, "ok"));
        }
        gates.add(new GateResult("bench", "p99(ttft) < 1ms", dev.aigate.gate.Verdict.FAIL, "p99(ttft) = 200 ms"));
        Report report = new Report("bench", "many", dev.aigate.gate.Verdict.FAIL, gates, java.util.List.of(),
                null, java.util.List.of(), java.time.Instant.EPOCH);

        String md = SummaryMarkdown.render(report);

        assertThat(md.indexOf("p99(ttft) < 1ms")).isLessThan(md.indexOf("<details><summary>10 gates passed"));
    }
}
