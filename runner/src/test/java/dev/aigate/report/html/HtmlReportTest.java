package dev.aigate.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.report.SyntheticReports;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"aigate-data\">(.*?)</script>", Pattern.DOTALL);

    private static JsonNode data(String html) throws Exception {
        Matcher m = DATA.matcher(html);
        assertThat(m.find()).as("the data blob").isTrue();
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void thePageIsSelfContainedAndLoadsNothingFromTheNetwork() {
        String html = HtmlReport.render(SyntheticReports.withEverything(), SyntheticReports.trend());

        String markup = html.replaceAll("(?s)<script([^>]*)>.*?</script>", "<script$1></script>");
        assertThat(markup).doesNotContain("<script src", "<link ", "<img ", "<iframe", "url(");
        assertThat(html).contains("echarts").contains("id=\"verdict\"");
    }

    @Test
    void userTextIsEscapedInTheMarkupAndInertInTheData() throws Exception {
        String html = HtmlReport.render(SyntheticReports.withEverything(), SyntheticReports.trend());

        assertThat(html).doesNotContain(SyntheticReports.HOSTILE_OUTPUT).doesNotContain("<b>gate</b>")
                .contains("nightly &lt;b&gt;gate&lt;/b&gt;");
        assertThat(data(html).at("/panels/3/regressed/0/candidate_output").asText())
                .isEqualTo(SyntheticReports.HOSTILE_OUTPUT);
    }

    @Test
    void panelsFollowTheDataThatExists() throws Exception {
        JsonNode panels = data(HtmlReport.render(SyntheticReports.withEverything(), SyntheticReports.trend()))
                .path("panels");
        List<String> types = new ArrayList<>();
        panels.forEach(p -> types.add(p.path("type").asText()));

        assertThat(types).containsExactly("trend", "latency", "gpu", "prompts");
        assertThat(data(HtmlReport.render(SyntheticReports.large(10, 0))).path("panels")).extracting(
                p -> p.path("type").asText()).containsExactly("latency", "prompts");
    }

    @Test
    void latencyCurvesAreBoundedMonotonicAndAgreeWithTheHistogram() throws Exception {
        JsonNode latency = data(HtmlReport.render(SyntheticReports.large(200_000, 0))).path("panels").get(0);
        JsonNode ttft = latency.path("metrics").get(0);
        JsonNode cdf = ttft.path("runs").get(0).path("cdf");

        assertThat(ttft.path("name").asText()).isEqualTo("TTFT");
        assertThat(cdf.size()).isBetween(50, 140);
        for (int i = 1; i < cdf.size(); i++) {
            assertThat(cdf.get(i).get(0).asDouble()).isGreaterThan(cdf.get(i - 1).get(0).asDouble());
            assertThat(cdf.get(i).get(1).asDouble()).isGreaterThan(cdf.get(i - 1).get(1).asDouble());
        }
        double p99 = 0;
        for (JsonNode point : cdf) {
            if (point.get(1).asDouble() <= 99) {
                p99 = point.get(0).asDouble();
            }
        }
        assertThat(p99).isCloseTo(ttft.path("p99_ms").asDouble(), org.assertj.core.data.Percentage.withPercentage(1));
        long binned = 0;
        for (JsonNode count : ttft.path("runs").get(0).path("bins").path("counts")) {
            binned += count.asLong();
        }
        assertThat(binned + ttft.path("runs").get(0).path("bins").path("above").asLong()).isEqualTo(200_000);
    }

    @Test
    void longOutputsAreClippedSayingWhereTheRestIs() throws Exception {
        var details = dev.aigate.report.ResultJson.MAPPER.createObjectNode();
        details.set("sides", SyntheticReports.prompts(40, 5_000, "x").get("sides"));
        details.set("comparison", SyntheticReports.prompts(40, 5_000, "x").get("comparison"));
        var report = new dev.aigate.report.Report("prompts", "long", dev.aigate.gate.Verdict.FAIL, List.of(),
                List.of(), details, List.of(), java.time.Instant.EPOCH);
        JsonNode prompts = data(HtmlReport.render(report)).path("panels").get(0);
        String output = prompts.path("regressed").get(0).path("candidate_output").asText();

        assertThat(prompts.path("type").asText()).isEqualTo("prompts");
        assertThat(output).hasSizeLessThan(PromptsPanels.MAX_OUTPUT + 60).endsWith("more characters in result.json]");
    }
}
