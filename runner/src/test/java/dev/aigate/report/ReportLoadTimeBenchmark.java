package dev.aigate.report;

import dev.aigate.report.browser.HeadlessChromium;
import dev.aigate.report.browser.ReportPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the figures of docs/reports.md. Writes the report of a 1,000,000-request bench with a 1,000-case
 * prompt suite and a 20-build trend, and opens it in headless Chromium five times, printing its size and the time
 * from navigation start until every chart has rendered. Run it with benchmarks/report-load-time.sh; surefire runs
 * only {@code *Test} classes, so the build never runs it.
 */
class ReportLoadTimeBenchmark {

    @Test
    void largeReportSizeAndLoadTime() throws Exception {
        Path out = Path.of("target", "report-benchmark");
        Report report = SyntheticReports.large(1_000_000, 1_000);
        new ReportWriter(dev.aigate.secrets.Redactor.of(Map.of())).write(report, SyntheticReports.trend(), out);
        Path html = out.resolve("report.html").toAbsolutePath();
        // Fails rather than skips: a skipped run would leave the previous figures.txt to be read as this one's.
        Path chromium = HeadlessChromium.find()
                .orElseThrow(() -> new AssertionError("Chromium is not installed (apt-get install -y chromium)"));
        List<Double> rendered = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        try (HeadlessChromium browser = HeadlessChromium.start(chromium)) {
            for (int i = 0; i < 5; i++) {
                try (ReportPage page = ReportPage.open(browser, html)) {
                    rendered.add(page.renderedMs());
                    loaded.add(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd").asDouble());
                    if (!page.consoleErrors().isEmpty()) {
                        throw new AssertionError(page.consoleErrors().toString());
                    }
                }
            }
        }
        Collections.sort(rendered);
        Collections.sort(loaded);
        String figures = String.format(Locale.ROOT, "report.html: %d bytes (%.2f MiB)%n", Files.size(html),
                Files.size(html) / 1048576.0)
                + String.format(Locale.ROOT, "all charts rendered, ms after navigation start: median %.0f, max %.0f %s%n",
                        rendered.get(2), rendered.get(4), rendered)
                + String.format(Locale.ROOT, "load event end, ms: median %.0f, max %.0f%n", loaded.get(2), loaded.get(4));
        Files.writeString(out.resolve("figures.txt"), figures);
    }
}
