package dev.aigate.report;

import dev.aigate.gate.Verdict;
import java.util.List;

/** Renders report.html: one self-contained page (inline CSS, no scripts or external assets) that opens offline. */
public final class HtmlReport {

    private static final String STYLE = String.join("\n",
            "body{font:14px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:70rem;"
                    + "color:#1f2328;padding:0 1rem}",
            "h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}",
            ".banner{padding:1rem 1.25rem;border-radius:8px;font-size:1.1rem;font-weight:600}",
            ".pass{background:#dafbe1;color:#116329}.marginal{background:#fff8c5;color:#7d4e00}",
            ".fail{background:#ffebe9;color:#a40e26}.inconclusive{background:#eaeef2;color:#424a53}",
            "table{border-collapse:collapse;margin:.5rem 0;min-width:30rem}",
            "th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}",
            "td.num{text-align:right;font-variant-numeric:tabular-nums}th{background:#f6f8fa}",
            "code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}",
            ".note{color:#59636e}footer{margin-top:2rem;color:#59636e;font-size:12px}");

    private HtmlReport() {
    }

    public static String render(Report report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>aigate ").append(escape(report.kind())).append(": ").append(escape(report.title()))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>aigate ").append(escape(report.kind())).append(": ").append(escape(report.title()))
                .append("</h1>\n");
        html.append("<div class=\"banner ").append(report.verdict().label()).append("\" id=\"verdict\">")
                .append(escape(report.headline())).append("</div>\n");
        if (!report.releaseGates().isEmpty()) {
            html.append("<h2>Gates</h2>\n<table id=\"gates\"><tr><th>result</th><th>gate</th><th>stage</th>")
                    .append("<th>found</th></tr>\n");
            for (GateResult gate : report.releaseGates()) {
                html.append("<tr class=\"").append(gate.verdict().label()).append("\"><td>")
                        .append(gate.verdict().name()).append("</td><td><code>").append(escape(gate.name()))
                        .append("</code></td><td>").append(escape(gate.stage())).append("</td><td>")
                        .append(escape(gate.message())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        for (Table table : report.tables()) {
            html.append("<h2>").append(escape(table.title())).append("</h2>\n<table><tr>");
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
        for (String note : report.notes()) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        html.append("<footer>").append(escape(report.schema())).append(" · generated ")
                .append(escape(report.generatedAt().toString())).append(" · exit code ")
                .append(report.verdict().exitCode()).append(verdictHint(report.verdict())).append("</footer>\n");
        html.append("</body></html>\n");
        return html.toString();
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
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}
