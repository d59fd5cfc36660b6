package dev.aigate.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.aigate.config.ConfigException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain samples, bench result files (HdrHistogram encodings) and per-request logs become the same data. */
class CanaryInputsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void plainSamplesKeepValuesAndDirection() throws IOException {
        CanaryData data = SamplesFile.read(write("s.json", "{\"metrics\": {\"score\": {\"baseline\": [1, 2.5],"
                + " \"candidate\": [3], \"direction\": \"decrease\"}}}"));
        MetricData.Samples score = (MetricData.Samples) data.metrics().get("score");
        assertThat(score.baseline()).containsExactly(1, 2.5);
        assertThat(score.candidate()).containsExactly(3);
        assertThat(score.direction()).isEqualTo(Direction.DECREASE);
    }

    @Test
    void badPlainSamplesNameTheFileAndTheKey() throws IOException {
        assertThatThrownBy(() -> SamplesFile.read(write("a.json", "{\"metrics\": {\"ttft\": {\"baseline\": [1, \"x\"],"
                + " \"candidate\": [2]}}}"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("a.json: metrics.ttft.baseline[1] must be a finite number");
        assertThatThrownBy(() -> SamplesFile.read(write("b.json", "{\"metrics\": {\"ttft\": {\"baseline\": [1],"
                + " \"candidate\": [2], \"direction\": \"up\"}}}"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("metrics.ttft.direction: direction must be increase, decrease or either");
        assertThatThrownBy(() -> SamplesFile.read(write("c.json", "{\"metrics\": {\"ttft\": {\"baseline\": [1],"
                + " \"candidat\": [2]}}}"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'candidat'");
        assertThatThrownBy(() -> SamplesFile.read(write("d.json", "{\"metrics\": ")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("d.json:1:").hasMessageContaining(
                        "invalid JSON");
    }

    @Test
    void aMetricNamedTwiceIsRefusedNotSilentlyHalved() throws IOException {
        // Jackson keeps the last of two equal keys by default: one side's samples would vanish without a word.
        assertThatThrownBy(() -> SamplesFile.read(write("dup.json", "{\"metrics\": {\"ttft\": {\"baseline\": [1],"
                + " \"candidate\": [2]},\n \"ttft\": {\"baseline\": [3], \"candidate\": [4]}}}")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("dup.json:2:")
                .hasMessageContaining("'ttft'");
    }

    @Test
    void contentAfterTheJsonValueIsRefused() throws IOException {
        assertThatThrownBy(() -> SamplesFile.read(write("tail.json", "{\"metrics\": {\"ttft\": {\"baseline\": [1],"
                + " \"candidate\": [2]}}} {\"metrics\": {}}"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("tail.json:1:").hasMessageContaining("invalid JSON");
    }

    private static String encode(long... nanos) {
        Histogram h = new Histogram(3);
        for (long v : nanos) {
            h.recordValue(v);
        }
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
    }

    private static String benchResult(String ttft, long sent, long failed) {
        return "{\"schema\": \"aigate/bench/v1\", \"requests\": {\"sent\": " + sent + ", \"failed\": " + failed
                + "}, \"histograms\": {\"ttft\": \"" + ttft + "\"}}";
    }

    @Test
    void benchResultHistogramsBecomeMillisecondSamplesWithTheirCounts() throws IOException {
        Path baseline = write("b.json", benchResult(encode(100_000_000L, 100_000_000L, 250_000_000L), 4, 1));
        Path candidate = write("c.json", benchResult(encode(120_000_000L), 10, 0));
        CanaryData data = ResultFiles.read(baseline, candidate);
        MetricData.Samples ttft = (MetricData.Samples) data.metrics().get("ttft");
        assertThat(ttft.baseline()).hasSize(3);
        assertThat(ttft.baseline()[0]).isCloseTo(100, within(0.1)); // HdrHistogram 3 digits: 0.1% value error
        assertThat(ttft.baseline()[1]).isEqualTo(ttft.baseline()[0]);
        assertThat(ttft.baseline()[2]).isCloseTo(250, within(0.25));
        assertThat(ttft.candidate()).hasSize(1);
        assertThat(data.metrics().get("error_rate")).isEqualTo(new MetricData.Counts(1, 4, 0, 10));
        assertThat(data.source()).isEqualTo("b.json vs c.json");
        assertThat(data.requests().get("baseline").waitedForSlot()).isZero(); // a file written before the key
    }

    @Test
    void aBenchResultCarriesTheRequestsThatWaitedForASlot() throws IOException {
        Path behind = write("behind.json", "{\"schema\": \"aigate/bench/v1\", \"requests\": {\"sent\": 100, "
                + "\"failed\": 0, \"waited_for_slot\": 92}, \"histograms\": {\"ttft\": \"" + encode(1_000_000L)
                + "\"}}");

        assertThat(ResultFiles.read(behind, behind).requests().get("candidate").waitedForSlot()).isEqualTo(92);
    }

    @Test
    void aBenchResultWithoutHistogramsSaysWhatToDo() throws IOException {
        Path old = write("old.json", "{\"schema\": \"aigate/bench/v1\", \"requests\": {\"sent\": 1, \"failed\": 0}}");
        assertThatThrownBy(() -> ResultFiles.read(old, old)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no per-request latencies (histograms.*)");
        Path other = write("other.json", "{\"schema\": \"aigate/cost/v1\"}");
        assertThatThrownBy(() -> ResultFiles.read(other, old)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not a result aigate can compare (schema 'aigate/cost/v1')");
        Path garbage = write("g.json", "{\"schema\": \"aigate/bench/v1\", \"histograms\": {\"ttft\": \"!!\"}}");
        assertThatThrownBy(() -> ResultFiles.read(garbage, garbage)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("histograms.ttft is not a Base64 HdrHistogram encoding");
    }

    @Test
    void requestLogsSkipWarmupAndCooldownAndCountFailuresAndSlotWaits() throws IOException {
        Path log = write("b.jsonl", String.join("\n",
                "{\"index\":0,\"warmup\":true,\"ok\":true,\"ttft_ms\":999,\"tpot_ms\":9,\"e2el_ms\":9999}",
                "{\"index\":1,\"warmup\":false,\"ok\":true,\"ttft_ms\":10.5,\"tpot_ms\":2,\"e2el_ms\":100}",
                "{\"index\":2,\"warmup\":false,\"ok\":false,\"ttft_ms\":null,\"error\":\"http_5xx\"}",
                "{\"index\":3,\"warmup\":false,\"waited_for_slot\":true,\"ok\":true,\"ttft_ms\":11.5,"
                        + "\"tpot_ms\":null,\"e2el_ms\":120}",
                "{\"index\":4,\"warmup\":false,\"cooldown\":true,\"waited_for_slot\":true,\"ok\":false,"
                        + "\"ttft_ms\":888,\"error\":\"timeout\"}", ""));
        CanaryData data = ResultFiles.read(log, log);
        assertThat(((MetricData.Samples) data.metrics().get("ttft")).baseline()).containsExactly(10.5, 11.5);
        assertThat(((MetricData.Samples) data.metrics().get("tpot")).baseline()).containsExactly(2);
        assertThat(data.metrics().get("error_rate")).isEqualTo(new MetricData.Counts(1, 3, 1, 3));
        assertThat(data.requests().get("baseline").waitedForSlot()).isEqualTo(1);
        Path bad = write("bad.jsonl", "{\"ok\": true}\nnot json\n");
        assertThatThrownBy(() -> ResultFiles.read(bad, log)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bad.jsonl:2: not a JSON object");
    }
}
