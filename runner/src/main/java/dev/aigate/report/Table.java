package dev.aigate.report;

import java.util.List;

/** A titled table of figures; every report format (console, Markdown, HTML) renders the same tables. */
public record Table(String title, List<String> columns, List<List<String>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + row + " does not match columns " + columns);
            }
        }
    }
}
