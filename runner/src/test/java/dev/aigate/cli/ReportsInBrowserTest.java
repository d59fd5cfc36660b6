package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.fakegpu.FakeGpuTools;
import dev.aigate.gpu.NvidiaSmi;
import dev.aigate.report.SyntheticReports;
import dev.aigate.report.browser.HeadlessChromium;
import dev.aigate.report.browser.ReportPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report.html of every example under examples/ (run against the embedded simulator) and of each command
 * (bench, sweep, canary, prompts, cost, a history trend) in headless Chromium, as a reader would: no console error,
 * every chart drawn (its canvas is not blank), the verdict shown. Where Chromium is missing the tests are skipped
 * with a message, except on CI (CI=true), where that is a failure.
 */
class ReportsInBrowserTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    static Path work;

    private static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        if (chromium.isEmpty()) {
            String message = "Chromium not found (apt-get install -y chromium chromium-driver, or set AIGATE_CHROMIUM)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + ": the browser tests must run on CI");
            }
            Assumptions.assumeTrue(false, message + ": browser tests skipped");
        }
        browser = HeadlessChromium.start(chromium.get());
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyReportOpensWithEveryChartDrawn() throws Exception {
        Map<String, ReportSource> reports = new LinkedHashMap<>();
        for (Path gate : exampleGates()) {
            String name = EXAMPLES.relativize(gate).toString();
            reports.put(name, () -> run(name, "run", gate.toString()));
        }
        reports.put("bench", () -> run("bench", "bench", "--url", "embedded", "--profile", "fast", "--requests", "64",
                "--concurrency", "8", "--output-tokens", "32", "--slo", "ttft:300ms,tpot:30ms"));
        reports.put("bench sweep", () -> run("sweep", "bench", "--url", "embedded", "--profile", "fast", "--requests",
                "24", "--output-tokens", "16", "--sweep", "concurrency=1,4,8", "--max-goodput", "--slo", "ttft:300ms"));
        reports.put("canary", () -> run("canary", "canary", "--samples", canarySamples().toString()));
        reports.put("canary of two bench results", ReportsInBrowserTest::benchCanary);
        reports.put("cost", () -> run("cost", "cost", "--model", "gpt-4o", "--input-tokens", "800", "--output-tokens",
                "200", "--requests-per-day", "50000", "--baseline-model", "gpt-4o-mini"));
        reports.put("gpu telemetry", ReportsInBrowserTest::gpuTelemetry);
        reports.put("history, GPU telemetry, hostile outputs", ReportsInBrowserTest::synthetic);
        return reports.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getValue().write())));
    }

    /** Writes a report by running a command (or by hand) when its test runs. */
    @FunctionalInterface
    private interface ReportSource {
        Report write() throws Exception;
    }

    /** The report of one command line, and the verdict it must show. */
    private record Report(Path html, String verdict, List<String> panels) {
    }

    private static Report run(String name, String... args) throws IOException {
        return run(name, Map.of(), args);
    }

    private static Report run(String name, Map<String, String> environment, String... args) throws IOException {
        Path out = work.resolve(name.replaceAll("[^A-Za-z0-9]", "-"));
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--out", out.toString(), "--format", "json"));
        CliRunner.Run run = CliRunner.run(environment, line.toArray(String[]::new));
        assertThat(run.exitCode()).as(name + ": " + run.stderr()).isIn(0, 1);
        JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("result.json").toFile());
        return new Report(out.resolve("report.html"), result.path("verdict").asText().toUpperCase(),
                expectedPanels(result));
    }

    /** The panels a result's data supports: what the page must draw. */
    private static List<String> expectedPanels(JsonNode result) {
        List<String> panels = new ArrayList<>();
        List<JsonNode> stages = new ArrayList<>();
        result.path("stages").forEach(stages::add);
        if (stages.isEmpty()) {
            stages.add(result);
        }
        for (JsonNode stage : stages) {
            if (stage.has("histograms")) {
                panels.add("latency");
            }
            if (stage.has("sweep")) {
                panels.add("sweep");
            }
            if (stage.has("score_thresholds")) {
                panels.add("canary");
            }
            if (stage.has("sides")) {
                panels.add("prompts");
            }
            if (stage.path("cost").has("per_month")) {
                panels.add("cost");
            }
        }
        return panels;
    }

    private static void check(Report report) throws Exception {
        try (ReportPage page = ReportPage.open(browser, report.html())) {
            assertThat(page.consoleErrors()).as("console errors").isEmpty();
            assertThat(page.text("#verdict")).as("verdict banner").startsWith(report.verdict());
            List<JsonNode> canvases = page.canvases();
            assertThat(canvases).as("charts").isNotEmpty();
            for (JsonNode canvas : canvases) {
                assertThat(canvas.path("inked").asInt()).as("coloured pixels of a %s chart", canvas.path("panel"))
                        .isGreaterThanOrEqualTo(ReportPage.MIN_INKED_PIXELS);
            }
            List<String> drawn = canvases.stream().map(c -> c.path("panel").asText()).distinct().toList();
            assertThat(drawn).as("panels drawn").containsAll(report.panels());
            assertThat(page.evaluate("typeof window.aigatePwned").asText()).as("injected script ran").isEqualTo("undefined");
            if (report.html().toString().contains("synthetic")) {
                assertThat(page.text("#panels")).contains(SyntheticReports.HOSTILE_OUTPUT);
            }
        }
    }

    /** Baseline against candidate latency distributions: the canary of two bench results, fast and degraded. */
    private static Report benchCanary() throws IOException {
        String[] sides = {"fast", "degraded"};
        for (String profile : sides) {
            run("bench-" + profile, "bench", "--url", "embedded", "--profile", profile, "--requests", "32",
                    "--concurrency", "8", "--output-tokens", "16");
        }
        return run("bench-canary", "canary", "--baseline", work.resolve("bench-fast").resolve("result.json").toString(),
                "--candidate", work.resolve("bench-degraded").resolve("result.json").toString());
    }

    /** {@code aigate gpu telemetry} against a fake nvidia-smi replaying an H100 under load. */
    private static Report gpuTelemetry() throws IOException {
        Path smi = FakeGpuTools.nvidiaSmi(work.resolve("smi"), FakeGpuTools.recording("h100-list.csv"),
                FakeGpuTools.recording("h100-telemetry-load.csv").lines().toList(), 20, FakeGpuTools.Ending.REPEAT);
        Report report = run("gpu", Map.of(NvidiaSmi.OVERRIDE_VARIABLE, smi.toString()), "gpu", "telemetry",
                "--duration", "2s");
        List<String> panels = new ArrayList<>(report.panels());
        panels.add("gpu");
        return new Report(report.html(), report.verdict(), panels);
    }

    /**
     * A report no command here can produce on this machine: GPU telemetry over time (no GPU), a trend over builds
     * with a step change and a failed gate, and a prompt diff whose outputs try to break out of the page.
     */
    private static Report synthetic() throws IOException {
        Path out = work.resolve("synthetic");
        dev.aigate.report.Report report = SyntheticReports.withEverything();
        new dev.aigate.report.ReportWriter(dev.aigate.secrets.Redactor.of(Map.of()))
                .write(report, SyntheticReports.trend(), out);
        return new Report(out.resolve("report.html"), "FAIL", List.of("trend", "gpu", "prompts"));
    }

    /** Every gate file under examples/ that runs against the embedded simulator (the container one needs Docker). */
    private static List<Path> exampleGates() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            List<Path> gates = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(file);
                boolean gateFile = text.lines().anyMatch(l -> l.startsWith("version:"))
                        && text.lines().anyMatch(l -> l.startsWith("name:"));
                if (gateFile && !text.contains("container:")) {
                    gates.add(file);
                }
            }
            return gates;
        }
    }

    private static Path canarySamples() throws IOException {
        StringBuilder baseline = new StringBuilder();
        StringBuilder candidate = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200; i++) {
            baseline.append(i == 0 ? "" : ",").append(100 + 20 * random.nextGaussian());
            candidate.append(i == 0 ? "" : ",").append(118 + 20 * random.nextGaussian());
        }
        Path file = work.resolve("samples.json");
        Files.writeString(file, "{\"metrics\": {\"latency_ms\": {\"baseline\": [" + baseline + "], \"candidate\": ["
                + candidate + "], \"direction\": \"increase\"}, \"errors\": {\"baseline\": [0,0,1,0,0,0,0,0],"
                + " \"candidate\": [0,0,0,0,1,0,0,0]}}}");
        return file;
    }
}
