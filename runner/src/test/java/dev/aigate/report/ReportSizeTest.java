package dev.aigate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.report.html.HtmlReport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** report.html stays small whatever was measured: its data are sketches and clipped outputs, not raw samples. */
class ReportSizeTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    @Test
    void aMillionRequestsAndAThousandPromptCasesStayUnderFiveMegabytes() {
        byte[] html = HtmlReport.render(SyntheticReports.large(1_000_000, 1_000), SyntheticReports.trend())
                .getBytes(StandardCharsets.UTF_8);

        assertThat(html.length).isLessThan(FIVE_MB);
    }

    @Test
    void theLatencyDataDoNotGrowWithTheRequests() {
        int small = HtmlReport.render(SyntheticReports.large(1_000, 10)).length();
        int large = HtmlReport.render(SyntheticReports.large(1_000_000, 10)).length();

        assertThat(large - small).as("bytes added by 999,000 more requests").isLessThan(20_000);
    }
}
