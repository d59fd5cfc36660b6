package dev.aigate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.gate.Verdict;
import dev.aigate.secrets.Redactor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportWriterTest {

    @TempDir
    Path out;

    private Report report() {
        var details = ResultJson.MAPPER.createObjectNode();
        details.putObject("requests").put("sent", 10);
        return new Report("bench", "a <gate> & \"quotes\"", Verdict.FAIL,
                List.of(new GateResult("bench", "p99(ttft) < 500ms", Verdict.FAIL, "p99(ttft) = 612.4 ms, limit < 500 ms"),
                        new GateResult("bench", "rate(errors) < 1%", Verdict.PASS, "rate(errors) = 0%"),
                        new GateResult("bench", "mean(tpot) < 20ms", Verdict.INCONCLUSIVE, "no data")),
                List.of(new Table("Latency (ms)", List.of("metric", "p50"), List.of(List.of("ttft", "12.5")))),
                details, List.of("note with secret-value-0001"), Instant.parse("2026-11-22T10:00:00.123Z"));
    }

    @Test
    void writesAllFourFiles() throws Exception {
        new ReportWriter(Redactor.of(Map.of())).write(report(), out);
        assertThat(ReportWriter.FILES).allSatisfy(name -> assertThat(out.resolve(name)).isNotEmptyFile());
    }

    @Test
    void reportsAreReadableByOtherUsers() throws Exception {
        new ReportWriter(Redactor.of(Map.of())).write(report(), out);
        for (String name : ReportWriter.FILES) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(out.resolve(name)))).as(name).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void resultJsonCarriesSchemaVerdictGatesAndDetails() throws Exception {
        new ReportWriter(Redactor.of(Map.of())).write(report(), out);
        JsonNode json = ResultJson.MAPPER.readTree(out.resolve("result.json").toFile());
        assertThat(json.path("schema").asText()).isEqualTo("aigate/bench/v1");
        assertThat(json.path("verdict").asText()).isEqualTo("fail");
        assertThat(json.path("exit_code").asInt()).isEqualTo(1);
        assertThat(json.path("gates")).hasSize(3);
        assertThat(json.path("requests").path("sent").asInt()).isEqualTo(10);
    }

    @Test
    void junitXmlIsWellFormedWithFailuresAndErrorsCounted() throws Exception {
        new ReportWriter(Redactor.of(Map.of())).write(report(), out);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(out.resolve("junit.xml"))));
        Element suites = xml.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("3");
        assertThat(suites.getAttribute("failures")).isEqualTo("1");
        assertThat(suites.getAttribute("errors")).isEqualTo("1");
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        assertThat(((Element) xml.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("p99(ttft) = 612.4 ms, limit < 500 ms");
    }

    @Test
    void junitXmlSkipsAGateThatWasNotScoredWithItsReason() throws Exception {
        Report canary = new Report("canary", "c", Verdict.PASS, List.of(
                new GateResult("canary", "ttft", Verdict.PASS, "ttft pass"),
                new GateResult("canary", "itl", Verdict.INCONCLUSIVE, "itl nodata: no data: baseline has 0",
                        GateResult.Kind.NOT_SCORED),
                new GateResult("canary", "error_rate", Verdict.INCONCLUSIVE, "error_rate nodata [critical]")),
                List.of(), null, List.of(), Instant.parse("2026-11-22T10:00:00Z"));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(JunitXml.render(canary).getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors"),
                suite.getAttribute("skipped"))).containsExactly("3", "0", "1", "1");
        Element skipped = (Element) xml.getElementsByTagName("skipped").item(0);
        assertThat(((Element) skipped.getParentNode()).getAttribute("name")).isEqualTo("itl");
        assertThat(skipped.getAttribute("message")).isEqualTo("itl nodata: no data: baseline has 0");
        Element error = (Element) xml.getElementsByTagName("error").item(0);
        assertThat(((Element) error.getParentNode()).getAttribute("name")).isEqualTo("error_rate");
        assertThat(xml.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    }

    @Test
    void htmlEscapesWhatUsersWrote() throws Exception {
        new ReportWriter(Redactor.of(Map.of())).write(report(), out);
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("a &lt;gate&gt; &amp; &quot;quotes&quot;").doesNotContain("a <gate>");
        assertThat(html).contains("class=\"banner fail\"");
    }

    @Test
    void secretsNeverReachAFile() throws Exception {
        new ReportWriter(Redactor.of(Map.of("MY_API_KEY", "secret-value-0001"))).write(report(), out);
        for (String name : ReportWriter.FILES) {
            assertThat(Files.readString(out.resolve(name))).doesNotContain("secret-value-0001");
        }
    }

    @Test
    void markdownHasTheGateTableAndHeadline() {
        String md = SummaryMarkdown.render(report());
        assertThat(md).contains("**FAIL**").contains("| ❌ | `p99(ttft) < 500ms` | bench |")
                .contains("FAIL: 1 of 3 gates passed; regressed: p99(ttft) = 612.4 ms, limit < 500 ms; no data");
    }
}
