package dev.aigate.report;

import java.util.ArrayList;
import java.util.List;

/** Renders the human summary printed on the console: aligned plain-text tables, no colour codes. */
public final class ConsoleSummary {

    private ConsoleSummary() {
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("aigate ").append(report.kind()).append(": ").append(report.title()).append('\n');
        for (Table table : report.tables()) {
            out.append('\n').append(table.title()).append('\n');
            appendAligned(out, table.columns(), table.rows());
        }
        if (!report.releaseGates().isEmpty()) {
            out.append("\nGates\n");
            List<List<String>> rows = new ArrayList<>();
            for (GateResult gate : report.releaseGates()) {
                rows.add(List.of(gate.verdict().name(), gate.name(), gate.message()));
            }
            appendAligned(out, List.of("result", "gate", "found"), rows);
        }
        for (String note : report.notes()) {
            out.append("note: ").append(note).append('\n');
        }
        out.append('\n').append(report.headline()).append('\n');
        return out.toString();
    }

    private static void appendAligned(StringBuilder out, List<String> columns, List<List<String>> rows) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        appendRow(out, columns, widths);
        for (List<String> row : rows) {
            appendRow(out, row, widths);
        }
    }

    private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("  ");
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            line.append(cell).append(" ".repeat(widths[c] - cell.length() + 2));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
