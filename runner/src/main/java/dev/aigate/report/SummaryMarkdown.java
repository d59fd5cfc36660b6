package dev.aigate.report;

import dev.aigate.gate.Verdict;
import dev.aigate.history.Trend;
import java.util.List;

/**
 * Renders summary.md: GitHub-flavoured Markdown for job summaries and PR comments, compact enough to read in a PR:
 * the verdict, the gates (passing ones folded away when there are many), the tables (long ones folded), and, with
 * a history, the trend across builds as mermaid charts.
 */
public final class SummaryMarkdown {

    /** Tables and gate lists longer than this are folded into {@code <details>}. */
    static final int FOLD_ROWS = 8;

    private SummaryMarkdown() {
    }

    public static String render(Report report) {
        return render(report, null);
    }

    /** @param trend the trend across builds, or null without a history */
    public static String render(Report report, Trend trend) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(icon(report.verdict())).append(" aigate ").append(report.kind()).append(": ")
                .append(escape(report.title())).append(" — **").append(report.verdict().name()).append("**\n\n");
        md.append(escape(report.headline())).append("\n\n");
        gates(md, report.releaseGates());
        for (Table table : report.tables()) {
            boolean fold = table.rows().size() > FOLD_ROWS;
            if (fold) {
                md.append("<details><summary><b>").append(html(table.title())).append("</b> (")
                        .append(table.rows().size()).append(" rows)</summary>\n\n");
            } else {
                md.append("### ").append(escape(table.title())).append("\n\n");
            }
            row(md, table.columns());
            md.append("|").append("---|".repeat(table.columns().size())).append('\n');
            table.rows().forEach(r -> row(md, r));
            md.append(fold ? "\n</details>\n\n" : "\n");
        }
        if (trend != null) {
            TrendMarkdown.render(trend, md);
        }
        notes(md, report.notes());
        return md.toString();
    }

    private static void gates(StringBuilder md, List<GateResult> gates) {
        if (gates.isEmpty()) {
            return;
        }
        List<GateResult> attention = gates.stream().filter(g -> g.verdict() != Verdict.PASS).toList();
        List<GateResult> passed = gates.stream().filter(g -> g.verdict() == Verdict.PASS).toList();
        boolean foldPassed = gates.size() > FOLD_ROWS && !attention.isEmpty();
        gateTable(md, foldPassed ? attention : gates);
        if (foldPassed) {
            md.append("<details><summary>").append(passed.size()).append(" gates passed</summary>\n\n");
            gateTable(md, passed);
            md.append("</details>\n\n");
        }
    }

    private static void gateTable(StringBuilder md, List<GateResult> gates) {
        md.append("| | gate | stage | result |\n|---|---|---|---|\n");
        for (GateResult gate : gates) {
            md.append("| ").append(icon(gate.verdict())).append(" | `").append(gate.name().replace("`", "'"))
                    .append("` | ").append(escape(gate.stage())).append(" | ").append(escape(gate.message()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void notes(StringBuilder md, List<String> notes) {
        if (notes.size() > 3) {
            md.append("<details><summary>").append(notes.size()).append(" notes</summary>\n\n");
            notes.forEach(n -> md.append("- ").append(escape(n)).append('\n'));
            md.append("\n</details>\n");
        } else {
            notes.forEach(n -> md.append("> ").append(escape(n)).append('\n'));
        }
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

    /**
     * Text for a table cell or a line: no pipe ends a cell, no newline ends the line, and no tag is opened (a
     * {@code <} that could start one is escaped; {@code limit < 500 ms} stays as it is).
     */
    static String escape(String text) {
        return text.replaceAll("<(?=[A-Za-z/!?])", "&lt;").replace("|", "\\|").replace("\n", " ");
    }

    /** Text inside HTML (a {@code <summary>}): GitHub renders tags there, so they are escaped. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
