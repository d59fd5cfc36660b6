package dev.aigate.report.html;

import dev.aigate.gate.Verdict;
import dev.aigate.history.Trend;
import dev.aigate.report.GateResult;
import dev.aigate.report.Report;
import dev.aigate.report.Table;
import java.util.List;

/**
 * Renders report.html: one self-contained page that opens offline. The verdict, the gates and the tables are
 * plain HTML (readable with scripts off); the charts are drawn by inlined ECharts from one JSON blob
 * ({@link ReportData}) by the panel code in {@code report.js}, which writes text only through {@code textContent}.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(Report report) {
        return render(report, null);
    }

    /** @param trend the trend across builds, or null without a history */
    public static String render(Report report, Trend trend) {
        String title = "aigate " + escape(report.kind()) + ": " + escape(report.title());
        StringBuilder html = new StringBuilder(1_500_000);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(title).append("</title>\n<style>").append(ChartLibrary.styles())
                .append("</style></head><body>\n<h1>").append(title).append("</h1>\n");
        html.append("<div class=\"banner ").append(report.verdict().label()).append("\" id=\"verdict\">")
                .append(escape(report.headline())).append("</div>\n");
        gates(html, report.releaseGates());
        html.append("<div id=\"panels\"></div>\n");
        tables(html, report.tables());
        for (String note : report.notes()) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        html.append("<footer>").append(escape(report.schema())).append(" · generated ")
                .append(escape(report.generatedAt().toString())).append(" · exit code ")
                .append(report.verdict().exitCode()).append(verdictHint(report.verdict()))
                .append(" · charts: Apache ECharts ").append(escape(ChartLibrary.echartsVersion()))
                .append("</footer>\n");
        html.append("<script type=\"application/json\" id=\"aigate-data\">")
                .append(ScriptJson.of(ReportData.of(report, trend))).append("</script>\n");
        html.append("<script>").append(ChartLibrary.echarts()).append("</script>\n");
        html.append("<script>").append(ChartLibrary.panels()).append("</script>\n");
        html.append("</body></html>\n");
        return html.toString();
    }

    private static void gates(StringBuilder html, List<GateResult> gates) {
        if (gates.isEmpty()) {
            return;
        }
        html.append("<h2>Gates</h2>\n<table id=\"gates\"><tr><th>result</th><th>gate</th><th>stage</th>")
                .append("<th>found</th></tr>\n");
        for (GateResult gate : gates) {
            html.append("<tr class=\"").append(gate.verdict().label()).append("\"><td>")
                    .append(gate.verdict().name()).append("</td><td><code>").append(escape(gate.name()))
                    .append("</code></td><td>").append(escape(gate.stage())).append("</td><td>")
                    .append(escape(gate.message())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** The figures as tables, below the charts (open; a reader can fold them away). */
    private static void tables(StringBuilder html, List<Table> tables) {
        if (tables.isEmpty()) {
            return;
        }
        html.append("<details id=\"tables\" open><summary>Tables</summary>\n");
        for (Table table : tables) {
            html.append("<h3>").append(escape(table.title())).append("</h3>\n<table><tr>");
            table.columns().forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
            html.append("</tr>\n");
            for (List<String> row : table.rows()) {
                html.append("<tr>");
                row.forEach(cell -> html.append(isNumeric(cell) ? "<td class=\"num\">" : "<td>")
                        .append(escape(cell)).append("</td>"));
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</details>\n");
    }

    private static String verdictHint(Verdict verdict) {
        return verdict == Verdict.MARGINAL ? " (marginal: a warning, not a failure)" : "";
    }

    private static boolean isNumeric(String cell) {
        return cell.matches("[-+$]?[0-9][0-9.,]*\\s*[a-z%/]*");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
