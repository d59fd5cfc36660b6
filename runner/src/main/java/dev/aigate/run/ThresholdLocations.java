package dev.aigate.run;

import dev.aigate.config.ThresholdSpec;
import dev.aigate.report.GateResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each judged gate the gate-file line its threshold was written on, so CI annotations (GitHub's
 * {@code ::error file=...,line=...}) point at it. Gates are matched to specs by their expression, in order, so
 * the same expression written twice keeps both lines.
 */
final class ThresholdLocations {

    private ThresholdLocations() {
    }

    static StageResult attach(StageResult stage, List<ThresholdSpec> specs) {
        List<ThresholdSpec> unmatched = new ArrayList<>(specs);
        List<GateResult> located = new ArrayList<>(stage.gates().size());
        for (GateResult gate : stage.gates()) {
            ThresholdSpec spec = unmatched.stream()
                    .filter(s -> s.expression().equals(gate.name()))
                    .findFirst()
                    .orElse(null);
            if (spec == null || spec.location() == null) {
                located.add(gate);
            } else {
                unmatched.remove(spec);
                located.add(gate.withLocation(spec.location()));
            }
        }
        return new StageResult(stage.stage(), stage.verdict(), located, stage.tables(), stage.json(), stage.notes());
    }
}
