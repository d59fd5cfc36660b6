package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.bench.FakeModelClient.Reply;
import dev.aigate.provider.ErrorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards written to result files and merged give exactly the metrics of one run that got the same answers, and
 * results that are not every shard of one run are refused with a message that says why.
 */
class ShardMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BenchSpec WHOLE = BenchSpec.builder().model("m").concurrency(3).requests(60)
            .slos(Map.of("ttft", 30.0)).seed(7).build();

    @TempDir
    Path dir;

    /** The answer to the n-th request of the whole run: varied latencies, some failures, some long answers. */
    private static Reply answer(int n) {
        if (n % 17 == 5) {
            return Reply.failed(ErrorKind.HTTP_5XX);
        }
        return Reply.streamed(10 + (n * 7919 % 41), 1 + (n % 5) * 0.37, 1 + n % 9);
    }

    private Path shardFile(int index, int count, IntFunction<Reply> answers) throws IOException {
        BenchSpec spec = WHOLE.toBuilder().shard(new Shard(index, count)).build();
        BenchResult result = Benchmark.run(spec, new FakeModelClient(answers::apply));
        Path file = dir.resolve("shard-" + index + ".json");
        Files.writeString(file, JSON.writeValueAsString(result.toJson()));
        return file;
    }

    /** Every bucket of a result's histogram, decoded: the encoding itself may differ between equal histograms. */
    private static List<String> recorded(JsonNode result, String metric) {
        LatencyHistogram histogram = HistogramCodec.decode(result.at("/histograms/" + metric).asText(),
                result.at("/moments/" + metric));
        List<String> buckets = new java.util.ArrayList<>();
        histogram.histogram().recordedValues()
                .forEach(v -> buckets.add(v.getValueIteratedTo() + "x" + v.getCountAtValueIteratedTo()));
        return buckets;
    }

    @Test
    void mergedShardsReportExactlyWhatOneRunWithTheSameAnswersReports() throws IOException {
        // Shard i of 3 gets the answers the whole run gives its requests i, i+3, i+6, ...
        Path first = shardFile(0, 3, call -> answer(3 * call));
        Path second = shardFile(1, 3, call -> answer(3 * call + 1));
        Path third = shardFile(2, 3, call -> answer(3 * call + 2));
        JsonNode whole = Benchmark.run(WHOLE, new FakeModelClient(ShardMergeTest::answer))
                .toJson();

        JsonNode merged = ShardMerge.merge(List.of(third, first, second)).toJson();

        for (String key : List.of("metrics", "moments", "requests", "errors", "tokens", "config")) {
            assertThat(merged.get(key)).as(key).isEqualTo(whole.get(key));
        }
        for (String metric : BenchTally.HISTOGRAM_KEYS) {
            assertThat(recorded(merged, metric)).as(metric).isEqualTo(recorded(whole, metric));
        }
        assertThat(merged.at("/goodput/requests").asLong()).isEqualTo(whole.at("/goodput/requests").asLong())
                .isPositive();
        assertThat(merged.at("/requests/failed").asLong()).isPositive();
        assertThat(merged.get("merged_shards").asInt()).isEqualTo(3);
    }

    @Test
    void throughputDividesByTheUnionOfTheShardWindows() throws IOException {
        Path first = shardFile(0, 2, call -> answer(call).held(java.time.Duration.ofMillis(2)));
        Path second = shardFile(1, 2, call -> answer(call).held(java.time.Duration.ofMillis(2)));
        JsonNode a = JSON.readTree(first.toFile()).get("window");
        JsonNode b = JSON.readTree(second.toFile()).get("window");
        double union = Math.max(a.get("last_completion_epoch_ms").asDouble(),
                b.get("last_completion_epoch_ms").asDouble())
                - Math.min(a.get("first_send_epoch_ms").asDouble(), b.get("first_send_epoch_ms").asDouble());

        BenchResult merged = ShardMerge.merge(List.of(first, second));

        assertThat(merged.durationSeconds()).isCloseTo(union / 1000, within(1e-9));
        assertThat(merged.throughput().requestsPerSecond())
                .isCloseTo(merged.requests().completed() / merged.durationSeconds(), within(1e-9));
    }

    @Test
    void requestsThatWaitedForASlotAddUpAcrossShards() throws IOException {
        Path first = withWaitedForSlot(shardFile(0, 2, ShardMergeTest::answer), 3);
        Path second = withWaitedForSlot(shardFile(1, 2, ShardMergeTest::answer), 4);

        assertThat(ShardMerge.merge(List.of(first, second)).requests().waitedForSlot()).isEqualTo(7);
    }

    @Test
    void aClosedLoopShardWrittenBeforeSlotWaitsWereCountedMergesWithNone() throws IOException {
        Path first = withoutWaitedForSlot(shardFile(0, 2, ShardMergeTest::answer));
        Path second = shardFile(1, 2, ShardMergeTest::answer);

        assertThat(ShardMerge.merge(List.of(first, second)).requests().waitedForSlot()).isZero();
    }

    @Test
    void anOpenLoopShardWrittenBeforeSlotWaitsWereCountedIsRefused() throws IOException {
        Path result = dir.resolve("open.json");
        BenchSpec openLoop = WHOLE.toBuilder().rate(1000.0).shard(new Shard(0, 2)).build();
        Files.writeString(result, JSON.writeValueAsString(
                Benchmark.run(openLoop, new FakeModelClient(ShardMergeTest::answer)).toJson()));
        Path old = withoutWaitedForSlot(result);

        assertThatThrownBy(() -> ShardMerge.merge(List.of(old, shardFile(1, 2, ShardMergeTest::answer))))
                .isInstanceOf(MergeException.class)
                .hasMessage(old + ": written before aigate counted the open-loop requests that waited for a slot "
                        + "(no requests.waited_for_slot); run this shard again");
    }

    private static Path withoutWaitedForSlot(Path result) throws IOException {
        return editRequests(result, requests -> requests.remove("waited_for_slot"));
    }

    private static Path withWaitedForSlot(Path result, long count) throws IOException {
        return editRequests(result, requests -> requests.put("waited_for_slot", count));
    }

    /** Rewrites the result file with its {@code requests} section changed by {@code edit}. */
    private static Path editRequests(Path result, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(result.toFile());
        edit.accept((ObjectNode) json.get("requests"));
        Files.writeString(result, JSON.writeValueAsString(json));
        return result;
    }

    @Test
    void shardsOfDifferentRunsAreRefusedNamingTheDifference() throws IOException {
        Path first = shardFile(0, 2, ShardMergeTest::answer);
        BenchSpec other = WHOLE.toBuilder().outputTokens(64).shard(new Shard(1, 2)).build();
        Path second = dir.resolve("other.json");
        Files.writeString(second, JSON.writeValueAsString(
                Benchmark.run(other, new FakeModelClient(ShardMergeTest::answer)).toJson()));

        assertThatThrownBy(() -> ShardMerge.merge(List.of(first, second)))
                .isInstanceOf(MergeException.class)
                .hasMessageContaining("not a shard of the same run")
                .hasMessageContaining("config.output_tokens 64 vs 128");
    }

    @Test
    void aMissingOrRepeatedShardIsRefused() throws IOException {
        Path first = shardFile(0, 3, ShardMergeTest::answer);
        Path copy = dir.resolve("copy.json");
        Files.copy(first, copy);

        assertThatThrownBy(() -> ShardMerge.merge(List.of(first))).hasMessageContaining("missing shards 1/3, 2/3");
        assertThatThrownBy(() -> ShardMerge.merge(List.of(first, copy))).hasMessageContaining("shard 0/3 given twice");
    }

    @Test
    void aShardsOutDirectoryStandsForItsResultJsonAndAnyOtherDirectoryIsNamedAsOne() throws IOException {
        List<Path> outDirectories = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path out = Files.createDirectories(dir.resolve("out-" + i));
            Files.move(shardFile(i, 2, ShardMergeTest::answer), out.resolve("result.json"));
            outDirectories.add(out);
        }
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThat(ShardMerge.merge(outDirectories).mergedShards()).isEqualTo(2);
        assertThatThrownBy(() -> ShardMerge.merge(List.of(empty))).hasMessage(empty + ": a directory without a "
                + "result.json; give each shard's result.json or the --out directory it was written to");
    }

    @Test
    void filesThatAreNotShardResultsAreRefusedByName() throws IOException {
        Path notJson = dir.resolve("notes.txt");
        Files.writeString(notJson, "hello");
        Path other = dir.resolve("canary.json");
        Files.writeString(other, "{\"schema\": \"aigate/canary/v1\"}");
        Path tampered = shardFile(0, 1, ShardMergeTest::answer);
        ObjectNode json = (ObjectNode) JSON.readTree(tampered.toFile());
        ((ObjectNode) json.get("moments").get("ttft")).put("count", 3);
        Files.writeString(tampered, JSON.writeValueAsString(json));

        assertThatThrownBy(() -> ShardMerge.merge(List.of(dir.resolve("absent.json"))))
                .hasMessageContaining("absent.json: no such file");
        assertThatThrownBy(() -> ShardMerge.merge(List.of(notJson))).hasMessageContaining("notes.txt: not a readable");
        assertThatThrownBy(() -> ShardMerge.merge(List.of(other)))
                .hasMessageContaining("canary.json: not an aigate bench result (schema 'aigate/canary/v1')");
        assertThatThrownBy(() -> ShardMerge.merge(List.of(tampered)))
                .hasMessageContaining("histograms.ttft: the histogram holds");
    }
}
