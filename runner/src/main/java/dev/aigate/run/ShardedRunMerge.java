package dev.aigate.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.bench.BenchResult;
import dev.aigate.bench.MergeException;
import dev.aigate.bench.ShardMerge;
import dev.aigate.config.ConfigException;
import dev.aigate.config.JsonFiles;
import dev.aigate.config.ThresholdSpec;
import dev.aigate.gate.MetricSource;
import dev.aigate.gate.Threshold;
import dev.aigate.prompts.PromptResults;
import dev.aigate.prompts.PromptsMetricSource;
import dev.aigate.prompts.PromptsRun;
import dev.aigate.report.Report;
import dev.aigate.result.ResultSections;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code aigate merge}: the results of every shard of one run put back together stage by stage and judged as the
 * unsplit run would be: the bench stage's latency histograms exactly ({@link ShardMerge}), the prompts stage's
 * attempts exactly ({@link PromptResults#merge}). Shards of {@code aigate bench} or {@code aigate prompts} give a
 * result of that kind; shards of {@code aigate run} with both stages give a run result with both.
 */
public final class ShardedRunMerge {

    private ShardedRunMerge() {
    }

    /**
     * @param given one result.json per shard, or the {@code --out} directory holding it
     * @throws ConfigException when the files are not every shard of one run, or a threshold names no metric of them
     */
    public static Report merge(List<Path> given, List<ThresholdSpec> thresholds) {
        List<Path> files = new ArrayList<>();
        try {
            given.forEach(path -> files.add(ShardMerge.resultFile(path)));
        } catch (MergeException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        List<JsonNode> results = files.stream().map(JsonFiles::read).toList();
        boolean prompts = heldByAll(PromptsStage.NAME, files, results);
        boolean bench = !prompts || heldByAll(BenchStage.NAME, files, results);
        String title = "merged " + files.size() + " shards";

        PromptsRun promptsRun = prompts ? PromptResults.merge(results) : null;
        MetricSource promptsCatalog = prompts ? PromptsMetricSource.catalog(namedMetrics(promptsRun)) : null;
        List<ThresholdSpec> benchSpecs = new ArrayList<>();
        List<ThresholdSpec> promptsSpecs = new ArrayList<>();
        for (ThresholdSpec spec : thresholds) {
            boolean namesPromptsMetric = prompts && (!bench || GateRun.parse(spec)
                    .map(t -> promptsCatalog.metricNames().contains(t.metric())).orElse(false));
            (namesPromptsMetric ? promptsSpecs : benchSpecs).add(spec);
        }
        List<StageResult> stages = new ArrayList<>();
        if (prompts) {
            stages.add(PromptsStage.judge(promptsRun, ThresholdBinder.bind(promptsSpecs, promptsCatalog),
                    List.of(title)));
        }
        if (bench) {
            List<Threshold> bound = ThresholdBinder.bind(benchSpecs, BenchStage.catalog());
            stages.add(BenchStage.judge(mergedBench(files, results), bound, title));
        }
        return stages.size() == 1 ? GateRun.single(stages.get(0).stage(), title, stages.get(0))
                : GateRun.combine(title, stages);
    }

    /**
     * Whether every result holds a {@code stage} section; none holding one is false, some but not all is an
     * error: shards of one run hold the same stages.
     */
    private static boolean heldByAll(String stage, List<Path> files, List<JsonNode> results) {
        List<Path> without = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (ResultSections.section(results.get(i), stage).isEmpty()) {
                without.add(files.get(i));
            }
        }
        if (without.isEmpty()) {
            return true;
        }
        if (without.size() < files.size()) {
            throw new ConfigException(without.get(0) + " has no " + stage + " stage, and other results given do; "
                    + "give the shards of one run");
        }
        return false;
    }

    private static BenchResult mergedBench(List<Path> files, List<JsonNode> results) {
        try {
            return ShardMerge.merge(files, results);
        } catch (MergeException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** The suite's named metrics, as its attempts recorded them. */
    private static Set<String> namedMetrics(PromptsRun run) {
        Set<String> named = new TreeSet<>();
        run.candidate().attempts().forEach(attempt -> named.addAll(attempt.metrics().keySet()));
        return named;
    }
}
