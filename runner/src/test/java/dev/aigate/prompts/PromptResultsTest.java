package dev.aigate.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.config.ConfigException;
import dev.aigate.prompts.assertion.Output;
import dev.aigate.prompts.exec.Attempt;
import dev.aigate.prompts.exec.SideRun;
import dev.aigate.provider.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** result.json keeps every attempt: it reads back to the same run, and shard results merge to the whole. */
class PromptResultsTest {

    private static final List<String> ORDER = List.of("a", "b", "c", "d");

    private static Attempt attempt(String id, int repeat, boolean pass) {
        Output output = new Output(pass ? "ok" : "bad", id.equals("d") ? List.of(new ToolCall(null, "f", "{\"x\":1}"))
                : List.of(), "stop", 12.5, 100, 7, 0.0001);
        return new Attempt(id, repeat, pass, pass ? 1 : 0, pass ? List.of() : List.of("contains: expected \"ok\""),
                Map.of("accuracy", pass), output, null, false);
    }

    private static PromptsRun run(List<String> ids, String shard) {
        List<Attempt> candidate = new ArrayList<>();
        List<Attempt> baseline = new ArrayList<>();
        for (String id : ids) {
            for (int r = 0; r < 2; r++) {
                baseline.add(attempt(id, r, true));
                candidate.add(attempt(id, r, !id.equals("b")));
            }
        }
        if (ids.contains("c")) {
            candidate.add(new Attempt("c", 2, false, 0, List.of(), Map.of(), null, "timeout: read timed out", false));
        }
        return new PromptsRun("suite", new PromptsRun.Settings(2, 0.1, 0.05, 0.95, shard), ORDER,
                new SideRun("candidate", "v2", candidate, 0, 0.002, 0, false),
                java.util.Optional.of(new SideRun("baseline", "v1", baseline, 0, 0.002, 0, false)), null, null);
    }

    private static ObjectNode stored(PromptsRun run) {
        ObjectNode json = PromptResults.toJson(PromptsAnalysis.of(run));
        json.put("schema", PromptResults.SCHEMA);
        return json;
    }

    @Test
    void aStoredResultReadsBackToTheSameAnalysis() {
        PromptsRun original = run(ORDER, "1/1");
        PromptsRun read = PromptResults.fromJson(stored(original), "test");

        assertThat(stored(read).toString()).isEqualTo(stored(original).toString());
        assertThat(stored(original).at("/comparison/regressed/0/id").asText()).isEqualTo("b");
        assertThat(stored(original).at("/comparison/regressed/0/diff").asText()).isEqualTo("[-ok-] {+bad+}");
        assertThat(stored(original).at("/sides/candidate/errors").asInt()).isEqualTo(1);
    }

    @Test
    void shardResultsMergeExactlyIntoTheWholeRun() {
        PromptsRun whole = run(ORDER, "0/1");
        JsonNode first = stored(run(List.of("a", "c"), "0/2"));
        JsonNode second = stored(run(List.of("b", "d"), "1/2"));

        PromptsRun merged = PromptResults.merge(List.of(first, second));

        PromptsAnalysis expected = PromptsAnalysis.of(whole);
        PromptsAnalysis actual = PromptsAnalysis.of(merged);
        assertThat(actual.candidate().passRate()).isEqualTo(expected.candidate().passRate());
        assertThat(actual.comparison().orElseThrow()).isEqualTo(expected.comparison().orElseThrow());
        assertThat(actual.candidate().cases().keySet()).containsExactlyElementsOf(ORDER);
        assertThat(merged.candidate().costUsd()).isEqualTo(0.004);
    }

    @Test
    void mergeRefusesOverlapsAndForeignResults() {
        JsonNode first = stored(run(List.of("a", "c"), "0/2"));
        assertThatThrownBy(() -> PromptResults.merge(List.of(first, stored(run(List.of("a", "b"), "1/2")))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must not overlap");
        ObjectNode other = stored(run(List.of("b"), "1/2"));
        other.put("suite", "another");
        assertThatThrownBy(() -> PromptResults.merge(List.of(first, other))).hasMessageContaining("another suite");
        ObjectNode bench = stored(run(List.of("b"), "1/2")).put("schema", "aigate/bench/v1");
        assertThatThrownBy(() -> PromptResults.merge(List.of(bench)))
                .hasMessageContaining("result 1: not an aigate prompts result (schema 'aigate/bench/v1')");
    }

    @Test
    void mergeRefusesARepeatedOrMissingShardAndAnAlreadyMergedResult() {
        JsonNode first = stored(run(List.of("a", "c"), "0/2"));

        assertThatThrownBy(() -> PromptResults.merge(List.of(first, first)))
                .hasMessage("merge: prompts shard 0/2 given twice: result 1 and result 2");
        assertThatThrownBy(() -> PromptResults.merge(List.of(first)))
                .hasMessage("merge: missing prompts shard 1/2: the merge would not be the whole run");
        assertThatThrownBy(() -> PromptResults.merge(List.of(stored(run(ORDER, "merged from 2 shards")))))
                .hasMessageContaining("not one shard's result");
    }
}
