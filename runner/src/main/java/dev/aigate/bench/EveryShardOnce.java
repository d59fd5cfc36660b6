package dev.aigate.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * What every shard merge checks first (a benchmark's in {@link ShardMerge}, a prompt suite's in
 * {@code PromptResults.merge}): the results are the shards of one split, each given once and none missing, since a
 * partial merge would not be the whole run.
 */
public final class EveryShardOnce {

    private EveryShardOnce() {
    }

    /**
     * Checks that {@code shards} are shards {@code 0/N} to {@code N-1/N} of one split, each once.
     *
     * @param what  what was split, starting each message ({@code "prompts"}), or empty
     * @param shards the shards given, in the order given
     * @param names how messages name each shard's result, e.g. its file
     * @throws IllegalArgumentException naming the first problem, e.g. {@code prompts shard 0/3 given twice: result 1
     *                                  and result 2} or {@code missing shards 1/3, 2/3: the merge would not be the
     *                                  whole run}
     */
    public static void check(String what, List<Shard> shards, List<String> names) {
        String prefix = what.isEmpty() ? "" : what + " ";
        int count = shards.get(0).count();
        Map<Integer, String> byIndex = new TreeMap<>();
        for (int i = 0; i < shards.size(); i++) {
            Shard shard = shards.get(i);
            if (shard.count() != count) {
                throw new IllegalArgumentException(prefix + "shards of different splits: " + count + " and "
                        + shard.count() + " shards");
            }
            String previous = byIndex.putIfAbsent(shard.index(), names.get(i));
            if (previous != null) {
                throw new IllegalArgumentException(prefix + "shard " + shard + " given twice: " + previous + " and "
                        + names.get(i));
            }
        }
        List<String> missing = IntStream.range(0, count).filter(i -> !byIndex.containsKey(i))
                .mapToObj(i -> i + "/" + count).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing " + prefix + (missing.size() > 1 ? "shards " : "shard ")
                    + String.join(", ", missing) + ": the merge would not be the whole run");
        }
    }
}
