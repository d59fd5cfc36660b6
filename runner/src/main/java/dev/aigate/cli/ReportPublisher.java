package dev.aigate.cli;

import dev.aigate.history.BuildInfo;
import dev.aigate.history.BuildRecord;
import dev.aigate.history.HistoryStore;
import dev.aigate.history.Trend;
import dev.aigate.report.ConsoleSummary;
import dev.aigate.report.Report;
import dev.aigate.report.ReportWriter;
import dev.aigate.report.ResultJson;
import dev.aigate.secrets.Redactor;
import java.io.PrintWriter;
import java.time.Instant;

/** Writes a command's report to its output directory and prints it; returns the exit code its verdict means. */
final class ReportPublisher {

    private final PrintWriter out;

    ReportPublisher(PrintWriter out) {
        this.out = out;
    }

    int publish(Report report, CommonOptions options) {
        new ReportWriter(Redactor.global()).write(report, trend(report, options.history()), options.out());
        if (options.format() == CommonOptions.Format.json) {
            out.print(ResultJson.render(report));
        } else {
            out.print(ConsoleSummary.render(report));
            out.println("Reports: " + options.out().resolve("report.html") + " (also result.json, summary.md, junit.xml)");
        }
        out.flush();
        return report.verdict().exitCode();
    }

    /** Records the result in the {@code --history} store and returns its trend; null without a history. */
    private static Trend trend(Report report, HistoryStore history) {
        if (history == null) {
            return null;
        }
        return history.record(sequence -> BuildRecord.of(
                BuildInfo.fromEnvironment(System.getenv(), sequence, Instant.now()),
                report.kind(), report.title(), report.verdict(), ResultJson.toJson(report)));
    }
}
