package dev.aigate.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.gate.Verdict;
import dev.aigate.result.ResultSections;
import java.time.Instant;
import java.util.List;

/**
 * Everything one command produced, ready to be written in every format.
 *
 * @param kind    the result kind, e.g. {@code bench}; result.json carries {@code "schema": "aigate/<kind>/v1"}
 * @param title   a short human title, e.g. the gate file's name
 * @param verdict the overall verdict (it decides the exit code)
 * @param gates   every gate judged, in order
 * @param tables  the figures to show people
 * @param details the machine-readable body of result.json (kind-specific keys, SPEC §4/§5)
 * @param notes   plain-language remarks: what was measured, what was missing, what regressed
 */
public record Report(
        String kind,
        String title,
        Verdict verdict,
        List<GateResult> gates,
        List<Table> tables,
        ObjectNode details,
        List<String> notes,
        Instant generatedAt) {

    public Report {
        gates = List.copyOf(gates);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    public String schema() {
        return ResultSections.schema(kind);
    }

    public long count(Verdict wanted) {
        return releaseGates().stream().filter(g -> g.verdict() == wanted).count();
    }

    /** The gates that decide the verdict: every result except per-case ones. */
    public List<GateResult> releaseGates() {
        return gates.stream().filter(GateResult::isGate).toList();
    }

    /** One line that says the outcome and, when gates did not pass, which ones and what was found. */
    public String headline() {
        List<GateResult> gates = releaseGates();
        if (gates.isEmpty()) {
            return verdict.name() + (verdict == Verdict.PASS ? ": no thresholds to judge"
                    : ": " + (notes.isEmpty() ? "nothing could be judged" : notes.get(0)));
        }
        long failed = count(Verdict.FAIL);
        long inconclusive = count(Verdict.INCONCLUSIVE);
        List<String> problems = gates.stream()
                .filter(g -> g.verdict() == Verdict.FAIL || g.verdict() == Verdict.INCONCLUSIVE)
                .map(g -> g.message().replaceFirst(": (FAILED|INCONCLUSIVE)$", ""))
                .toList();
        if (inconclusive == gates.size()) {
            return verdict.name() + ": nothing could be judged: " + String.join("; ", problems);
        }
        StringBuilder line = new StringBuilder(verdict.name());
        line.append(": ").append(gates.size() - failed - inconclusive).append(" of ").append(gates.size())
                .append(gates.size() == 1 ? " gate passed" : " gates passed");
        if (!problems.isEmpty()) {
            line.append(failed > 0 ? "; regressed: " : "; not judged: ").append(String.join("; ", problems));
        }
        return line.toString();
    }
}
