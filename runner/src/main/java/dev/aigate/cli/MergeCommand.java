package dev.aigate.cli;

import dev.aigate.bench.BenchResult;
import dev.aigate.bench.MergeException;
import dev.aigate.bench.ShardMerge;
import dev.aigate.config.ConfigException;
import dev.aigate.gate.Threshold;
import dev.aigate.run.BenchStage;
import dev.aigate.run.GateRun;
import dev.aigate.run.ThresholdBinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code aigate merge}: the results of every shard of a benchmark ({@code bench --shard i/N}) as one run's result. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the result.json of every shard of a benchmark (bench --shard i/N) into the result one "
                + "run would give: histograms merge exactly; thresholds judge the merged result.")
final class MergeCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "RESULT.json", arity = "1..*",
            description = "One result.json per shard (from 'aigate bench --shard i/N' or 'aigate run'), or the "
                    + "--out directory holding it.")
    List<Path> files = new ArrayList<>();

    @Mixin
    CommonOptions common;

    MergeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Threshold> thresholds = ThresholdBinder.bind(
                common.thresholdSpecs(), BenchStage.catalog());
        BenchResult merged;
        try {
            merged = ShardMerge.merge(files);
        } catch (MergeException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        String title = "merged " + merged.mergedShards() + " shards";
        return new ReportPublisher(context.out()).publish(
                GateRun.single("bench", title, BenchStage.judge(merged, thresholds, title)), common);
    }
}
