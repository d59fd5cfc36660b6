package dev.aigate.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.config.ConfigException;
import dev.aigate.config.GateFile;
import dev.aigate.config.ThresholdSpec;
import dev.aigate.cost.MeasuredUsage;
import dev.aigate.gate.Aggregate;
import dev.aigate.gate.MetricSource;
import dev.aigate.gate.Threshold;
import dev.aigate.gate.ThresholdParser;
import dev.aigate.gate.ThresholdSyntaxException;
import dev.aigate.gate.Verdict;
import dev.aigate.report.GateResult;
import dev.aigate.report.Report;
import dev.aigate.report.ResultJson;
import dev.aigate.report.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aigate run}: every stage of a gate file, then one verdict for the release. All thresholds are bound to
 * their stage's metrics before any stage runs; a top-level threshold goes to the stage whose metrics it names.
 */
public final class GateRun {

    private GateRun() {
    }

    /**
     * @param extraThresholds thresholds given on the command line, added to the file's top-level ones
     */
    public static Report run(GateFile gate, List<ThresholdSpec> extraThresholds, Map<String, String> environment) {
        List<ThresholdSpec> topLevel = new ArrayList<>(gate.thresholds());
        topLevel.addAll(extraThresholds);
        MetricSource promptsCatalog = gate.prompts().map(PromptsStage::catalog).orElse(null);
        List<ThresholdSpec> benchSpecs = new ArrayList<>();
        List<ThresholdSpec> promptsSpecs = new ArrayList<>();
        List<ThresholdSpec> costSpecs = new ArrayList<>();
        List<ThresholdSpec> gpuSpecs = new ArrayList<>();
        gate.bench().ifPresent(bench -> benchSpecs.addAll(bench.thresholds()));
        gate.prompts().ifPresent(prompts -> promptsSpecs.addAll(prompts.thresholds()));
        gate.cost().ifPresent(cost -> costSpecs.addAll(cost.thresholds()));
        for (ThresholdSpec spec : topLevel) {
            Optional<Threshold> parsed = parse(spec);
            if (parsed.isPresent() && GpuStages.claims(parsed.get(), gate.bench().isPresent())) {
                gpuSpecs.add(spec);
            } else if (parsed.isPresent() && parsed.get().aggregate().kind() == Aggregate.Kind.COST) {
                costSpecs.add(spec);
            } else if (promptsCatalog != null && (gate.bench().isEmpty()
                    || parsed.map(t -> promptsCatalog.metricNames().contains(t.metric())).orElse(false))) {
                promptsSpecs.add(spec);
            } else {
                benchSpecs.add(spec);
            }
        }
        List<Threshold> benchThresholds = bindTo(benchSpecs, gate.bench().isPresent(), BenchStage.catalog(), "bench");
        gate.bench().ifPresent(bench -> GoodputSlos.require(benchSpecs, benchThresholds, bench.spec(),
                "give the bench stage an 'slo', e.g. slo: {ttft: 200ms, tpot: 50ms}"));
        List<Threshold> promptsThresholds = promptsCatalog == null ? bindTo(promptsSpecs, false, null, "prompts")
                : ThresholdBinder.bind(promptsSpecs, promptsCatalog);
        List<Threshold> costThresholds = bindTo(costSpecs, gate.cost().isPresent(), CostStage.catalog(), "cost");
        GpuStages gpu = GpuStages.bind(gate.gpu(), gpuSpecs);

        List<StageResult> stages = new ArrayList<>(gpu.run(environment));
        gate.prompts().ifPresent(prompts -> stages.add(PromptsStage.run(prompts, promptsThresholds, environment)));
        MeasuredUsage measured = null;
        if (gate.bench().isPresent()) {
            StageResult bench = ThresholdLocations.attach(
                    BenchStage.run(gate.bench().get(), benchThresholds, environment), benchSpecs);
            stages.add(bench);
            measured = MeasuredUsage.fromResultJson(bench.json());
        }
        gate.canary().ifPresent(canary -> stages.add(CanaryStage.run(canary, environment)));
        if (gate.cost().isPresent()) {
            stages.add(ThresholdLocations.attach(
                    CostStage.run(gate.cost().get(), costThresholds, measured, "the bench stage"), costSpecs));
        }
        return combine(gate.name(), stages);
    }

    /** The parsed threshold, or empty when it does not parse (binding then reports the error with its column). */
    static Optional<Threshold> parse(ThresholdSpec spec) {
        try {
            return Optional.of(ThresholdParser.parse(spec.expression()));
        } catch (ThresholdSyntaxException e) {
            return Optional.empty();
        }
    }

    private static List<Threshold> bindTo(List<ThresholdSpec> specs, boolean stagePresent, MetricSource catalog,
            String stage) {
        if (!stagePresent && !specs.isEmpty()) {
            ThresholdSpec first = specs.get(0);
            throw new ConfigException(first.describe(0) + ": '" + first.expression() + "' needs a '" + stage
                    + "' stage, and the gate file has none");
        }
        return stagePresent ? ThresholdBinder.bind(specs, catalog) : List.of();
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
