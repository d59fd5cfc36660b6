package dev.aigate.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.gate.Verdict;
import dev.aigate.report.GateResult;
import dev.aigate.report.Table;
import java.util.List;

/**
 * What one stage produced: its verdict, its judged gates, the figures to show and its result JSON.
 *
 * @param stage the stage's name, e.g. {@code bench}
 */
public record StageResult(
        String stage,
        Verdict verdict,
        List<GateResult> gates,
        List<Table> tables,
        ObjectNode json,
        List<String> notes) {

    public StageResult {
        gates = List.copyOf(gates);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}
