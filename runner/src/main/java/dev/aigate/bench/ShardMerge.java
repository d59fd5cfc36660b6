package dev.aigate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aigate merge}: shard results of one run combined into the result one run would have given. Latency
 * histograms and their sums add exactly, counts add, and throughput divides by the union of the shards'
 * wall-clock windows (first send anywhere → last completion anywhere). Only the peak concurrency is not exact: it
 * is the sum of the shards' peaks, an upper bound.
 */
public final class ShardMerge {

    private ShardMerge() {
    }

    /**
     * Reads and merges the shard results in {@code files}.
     *
     * @throws MergeException when a file cannot be read, or the files are not every shard of one run exactly once
     */
    public static BenchResult merge(List<Path> files) {
        return combine(files.stream().map(ShardResult::read).toList());
    }

    /**
     * Merges shard results already read: {@code roots.get(i)} is the parsed content of {@code files.get(i)}, which
     * messages name.
     *
     * @throws MergeException when the results are not every shard of one run exactly once
     */
    public static BenchResult merge(List<Path> files, List<JsonNode> roots) {
        List<ShardResult> shards = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            shards.add(ShardResult.of(files.get(i), roots.get(i)));
        }
        return combine(shards);
    }

    private static BenchResult combine(List<ShardResult> shards) {
        if (shards.isEmpty()) {
            throw new MergeException("give the result.json of every shard to merge");
        }
        checkBelongTogether(shards);

        BenchTally tally = new BenchTally();
        BenchResult.Window window = null;
        int peak = 0;
        StopReason stoppedBy = StopReason.REQUESTS;
        for (ShardResult shard : shards) {
            tally.merge(shard.tally());
            window = shard.window() == null ? window : shard.window().union(window);
            peak += shard.peakConcurrency();
            stoppedBy = laterReason(stoppedBy, shard.stoppedBy());
        }
        BenchSpec whole = shards.get(0).spec().toBuilder().shard(Shard.WHOLE).build();
        return BenchResult.of(whole, tally, window == null ? null : window.seconds(), window, peak, stoppedBy,
                shards.size());
    }

    /**
     * The result file {@code given} stands for: itself, or the {@code result.json} in it when it is the
     * {@code --out} directory a shard wrote.
     *
     * @throws MergeException when it is neither
     */
    public static Path resultFile(Path given) {
        return ShardResult.resultFile(given);
    }

    /** Same spec except the shard index, one result per shard, none missing. */
    private static void checkBelongTogether(List<ShardResult> shards) {
        ShardResult first = shards.get(0);
        ObjectNode expected = withoutShardIndex(first.config());
        for (ShardResult shard : shards) {
            if (!withoutShardIndex(shard.config()).equals(expected)) {
                throw new MergeException(shard.file() + " is not a shard of the same run as " + first.file()
                        + ": " + difference(expected, withoutShardIndex(shard.config())));
            }
        }
        try {
            EveryShardOnce.check("", shards.stream().map(shard -> shard.spec().shard()).toList(),
                    shards.stream().map(shard -> shard.file().toString()).toList());
        } catch (IllegalArgumentException e) {
            throw new MergeException(e.getMessage());
        }
    }

    private static ObjectNode withoutShardIndex(ObjectNode config) {
        ObjectNode copy = config.deepCopy();
        ((ObjectNode) copy.path("shard")).remove("index");
        return copy;
    }

    private static String difference(ObjectNode expected, ObjectNode actual) {
        List<String> differing = new ArrayList<>();
        expected.fieldNames().forEachRemaining(field -> {
            if (!expected.get(field).equals(actual.get(field))) {
                differing.add("config." + field + " " + actual.get(field) + " vs " + expected.get(field));
            }
        });
        actual.fieldNames().forEachRemaining(field -> {
            if (!expected.has(field)) {
                differing.add("config." + field + " only in one");
            }
        });
        return String.join(", ", differing);
    }

    /** An interrupted shard makes the merge interrupted; a duration stop outranks a count stop. */
    private static StopReason laterReason(StopReason a, StopReason b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
