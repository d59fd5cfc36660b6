package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A merge takes every shard of one split exactly once, in any order. */
class EveryShardOnceTest {

    private static final List<String> NAMES = List.of("a.json", "b.json", "c.json");

    @Test
    void everyShardOnceInAnyOrderPasses() {
        assertThatCode(() -> EveryShardOnce.check("", shards("2/3", "0/3", "1/3"), NAMES)).doesNotThrowAnyException();
    }

    @Test
    void aShardGivenTwiceNamesBothResults() {
        assertThatThrownBy(() -> EveryShardOnce.check("", shards("0/3", "1/3", "0/3"), NAMES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shard 0/3 given twice: a.json and c.json");
    }

    @Test
    void missingShardsAreListed() {
        assertThatThrownBy(() -> EveryShardOnce.check("prompts", shards("1/4", "3/4"), NAMES))
                .hasMessage("missing prompts shards 0/4, 2/4: the merge would not be the whole run");
        assertThatThrownBy(() -> EveryShardOnce.check("", shards("0/2"), NAMES))
                .hasMessage("missing shard 1/2: the merge would not be the whole run");
    }

    @Test
    void shardsOfDifferentSplitsAreRefused() {
        assertThatThrownBy(() -> EveryShardOnce.check("prompts", shards("0/2", "1/3"), NAMES))
                .hasMessage("prompts shards of different splits: 2 and 3 shards");
    }

    private static List<Shard> shards(String... written) {
        return List.of(written).stream().map(Shard::parse).toList();
    }
}
