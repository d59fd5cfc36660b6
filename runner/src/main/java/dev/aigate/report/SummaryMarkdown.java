package dev.aigate.report;

import dev.aigate.gate.Verdict;
import java.util.List;

/** Renders summary.md: GitHub-flavoured Markdown for job summaries and PR comments. */
public final class SummaryMarkdown {

    private SummaryMarkdown() {
    }

    public static String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(icon(report.verdict())).append(" aigate ").append(report.kind()).append(": ")
                .append(escape(report.title())).append(" — **").append(report.verdict().name()).append("**\n\n");
        md.append(escape(report.headline())).append("\n\n");
        if (!report.releaseGates().isEmpty()) {
            md.append("| | gate | stage | result |\n|---|---|---|---|\n");
            for (GateResult gate : report.releaseGates()) {
                md.append("| ").append(icon(gate.verdict())).append(" | `").append(gate.name().replace("`", "'"))
                        .append("` | ").append(escape(gate.stage())).append(" | ").append(escape(gate.message()))
                        .append(" |\n");
            }
            md.append('\n');
        }
        for (Table table : report.tables()) {
            md.append("### ").append(escape(table.title())).append("\n\n");
            row(md, table.columns());
            md.append("|").append("---|".repeat(table.columns().size())).append('\n');
            table.rows().forEach(r -> row(md, r));
            md.append('\n');
        }
        for (String note : report.notes()) {
            md.append("> ").append(escape(note)).append('\n');
        }
        return md.toString();
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(cell -> md.append(' ').append(escape(cell)).append(" |"));
        md.append('\n');
    }

    static String icon(Verdict verdict) {
        switch (verdict) {
            case PASS:
                return "✅";
            case MARGINAL:
                return "⚠️";
            case FAIL:
                return "❌";
            default:
                return "❔";
        }
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
