package dev.aigate.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.config.BenchStageSpec;
import dev.aigate.config.GateFile;
import dev.aigate.config.ThresholdSpec;
import dev.aigate.gate.Threshold;
import dev.aigate.gate.Verdict;
import dev.aigate.report.GateResult;
import dev.aigate.report.Report;
import dev.aigate.report.ResultJson;
import dev.aigate.report.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code aigate run}: every stage of a gate file, then one verdict for the release. All thresholds are bound to
 * their stage's metrics before any stage runs.
 */
public final class GateRun {

    private GateRun() {
    }

    /**
     * @param extraThresholds thresholds given on the command line, added to the file's top-level ones
     */
    public static Report run(GateFile gate, List<ThresholdSpec> extraThresholds, Map<String, String> environment) {
        BenchStageSpec bench = gate.bench().orElseThrow();
        List<ThresholdSpec> benchSpecs = new ArrayList<>(bench.thresholds());
        benchSpecs.addAll(gate.thresholds());
        benchSpecs.addAll(extraThresholds);
        List<Threshold> benchThresholds = ThresholdBinder.bind(benchSpecs, BenchStage.catalog());

        List<StageResult> stages = List.of(
                ThresholdLocations.attach(BenchStage.run(bench, benchThresholds, environment), benchSpecs));
        return combine(gate.name(), stages);
    }

    static Report combine(String name, List<StageResult> stages) {
        Verdict verdict = Verdict.PASS;
        List<GateResult> gates = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ObjectNode details = ResultJson.MAPPER.createObjectNode();
        ObjectNode stageJson = details.putObject("stages");
        for (StageResult stage : stages) {
            verdict = verdict.and(stage.verdict());
            gates.addAll(stage.gates());
            stage.tables().forEach(t -> tables.add(new Table(stage.stage() + ": " + t.title(), t.columns(), t.rows())));
            stage.notes().forEach(n -> notes.add(stage.stage() + ": " + n));
            ObjectNode json = stageJson.putObject(stage.stage());
            json.put("verdict", stage.verdict().label());
            json.setAll(stage.json());
        }
        return new Report("run", name, verdict, gates, tables, details, notes, Instant.now());
    }

    /** A single-stage report whose result.json carries the stage's own keys at the top (SPEC §4's bench keys). */
    public static Report single(String kind, String title, StageResult stage) {
        return new Report(kind, title, stage.verdict(), stage.gates(), stage.tables(), stage.json(), stage.notes(),
                Instant.now());
    }
}
