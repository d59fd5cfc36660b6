package dev.aigate.cli;

import dev.aigate.run.ShardedRunMerge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code aigate merge}: the results of every shard of a run ({@code bench}, {@code prompts} or {@code run} with
 * {@code --shard i/N}) as the unsplit run's result.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the result.json of every shard of a run (bench, prompts or run --shard i/N) into the "
                + "result one run would give: latency histograms and prompt attempts merge exactly; thresholds "
                + "judge the merged result.")
final class MergeCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "RESULT.json", arity = "1..*",
            description = "One result.json per shard (from 'aigate bench', 'aigate prompts' or 'aigate run' with "
                    + "--shard i/N), or the --out directory holding it.")
    List<Path> files = new ArrayList<>();

    @Mixin
    CommonOptions common;

    MergeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return new ReportPublisher(context.out()).publish(ShardedRunMerge.merge(files, common.thresholdSpecs()),
                common);
    }
}
