package dev.aigate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.bench.Shard;
import dev.aigate.bench.SweepSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bench stage's {@code sweep:} and {@code shard:} keys: the gate-file form of the CLI's flags. */
class SweepParserTest {

    private WrittenGateFile written;

    @BeforeEach
    void writeTo(@TempDir Path dir) {
        written = new WrittenGateFile(dir);
    }

    @Test
    void aConcurrencySweepWithItsDefaults() throws Exception {
        BenchStageSpec bench = written.parse("bench:\n  sweep:\n    concurrency: [1, 8, 32]\n").bench().orElseThrow();

        assertThat(bench.sweep()).isEqualTo(new SweepSpec(SweepSpec.Axis.CONCURRENCY, java.util.List.of(1.0, 8.0, 32.0),
                false, 0.9, 3));
        assertThat(bench.spec().shard()).isEqualTo(Shard.WHOLE);
    }

    @Test
    void aMaxGoodputSearchOverRates() throws Exception {
        SweepSpec sweep = written.parse(String.join("\n",
                "bench:",
                "  slo: {ttft: 200ms}",
                "  sweep:",
                "    rate: [2, 4.5, 8]",
                "    max_goodput: true",
                "    attainment: 95%",
                "    search_steps: 2",
                "")).bench().orElseThrow().sweep();

        assertThat(sweep).isEqualTo(new SweepSpec(SweepSpec.Axis.RATE, java.util.List.of(2.0, 4.5, 8.0), true, 0.95,
                2));
        assertThat(written.parse("bench:\n  slo: {ttft: 1s}\n  sweep: {rate: [1], max_goodput: yes, attainment: 0.5}\n")
                .bench().orElseThrow().sweep().attainment()).isEqualTo(0.5);
    }

    @Test
    void aShardSplitsTheLoad() throws Exception {
        BenchStageSpec bench = written.parse("bench:\n  concurrency: 8\n  requests: 40\n  shard: 2/4\n").bench()
                .orElseThrow();

        assertThat(bench.spec().shard()).isEqualTo(new Shard(2, 4));
        assertThat(bench.sweep()).isNull();
    }

    @Test
    void theCommandLineShardReplacesTheFilesShard() throws Exception {
        GateFile gate = written.parse("bench:\n  concurrency: 8\n  requests: 40\n  shard: 2/4\n");

        assertThat(gate.withShard(new Shard(1, 2)).bench().orElseThrow().spec().shard()).isEqualTo(new Shard(1, 2));
        assertThatThrownBy(() -> gate.withShard(new Shard(0, 16)))
                .hasMessage("--shard 0/16: concurrency 8 cannot be split over 16 shards");
        assertThatThrownBy(() -> written.parse("bench:\n  sweep: {rate: [1, 2]}\n").withShard(new Shard(0, 2)))
                .hasMessageContaining("--shard: the bench stage of").hasMessageContaining("sweeps");
        assertThatThrownBy(() -> written.parse("gpu: {probe: }\n").withShard(new Shard(0, 2)))
                .hasMessageContaining("--shard splits the bench stage's load and the prompts stage's cases")
                .hasMessageContaining("has neither a 'bench' nor a 'prompts' section");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no loads | sweep: {max_goodput: false} | 3:10 | 'bench.sweep' needs the loads to run
            both axes | sweep: {concurrency: [1], rate: [2]} | 3:35 | varies one load, concurrency or rate, not both
            loads not a list | sweep: {concurrency: 8} | 3:24 | 'bench.sweep.concurrency' must be a list
            empty list | sweep: {concurrency: []} | 3:24 | 'bench.sweep.concurrency' must list at least one load
            load not a number | sweep: {rate: [1, fast]} | 3:21 | 'bench.sweep.rate[2]' must be a number
            loads not increasing | sweep: {concurrency: [1, 8, 4]} | 3:24 | 'bench.sweep.concurrency': sweep loads must increase, got 8 then 4
            fractional concurrency | sweep: {concurrency: [1.5]} | 3:24 | concurrency loads must be whole numbers >= 1, got 1.5
            zero rate | sweep: {rate: [0, 1]} | 3:17 | rate loads must be > 0, got 0
            unknown key | sweep: {rates: [1]} | 3:11 | unknown key 'rates' in 'bench.sweep'; did you mean 'rate'?
            max goodput no slo | sweep: {rate: [1], max_goodput: true} | 3:35 | max_goodput searches for the highest load meeting the SLOs
            attainment not share | sweep: {rate: [1], attainment: most} | 3:34 | 'bench.sweep.attainment': a share is written 0.9 or 90%, got 'most'
            attainment above 100% | sweep: {rate: [1], attainment: 120%} | 3:34 | 'bench.sweep.attainment' must be in (0, 1]
            negative search steps | sweep: {rate: [1], search_steps: -1} | 3:36 | 'bench.sweep.search_steps' must be at least 0
            shard not i/N | shard: 3 | 3:10 | 'bench.shard': a shard is written i/N (e.g. 0/4), got '3'
            shard out of range | shard: 5/4 | 3:10 | 'bench.shard': a shard is i/N with 0 <= i < N, got 5/4
            shard over concurrency | shard: 1/16 | 3:10 | 'bench.shard': concurrency 8 cannot be split over 16 shards
            sweep and shard | shard: 0/2\\n  sweep: {concurrency: [2, 4]} | 3:10 | a sweep runs its loads one after another on one machine
            """)
    void badSweepsAndShardsSayWhere(String name, String lines, String where, String message) {
        String yaml = "bench:\n  concurrency: 8\n  " + lines.replace("\\n", "\n") + "\n";

        assertThatThrownBy(() -> written.parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(written.at(where))
                .hasMessageContaining(message);
    }

    @Test
    void aConcurrencySweepIsAClosedLoop() {
        assertThatThrownBy(() -> written.parse("bench:\n  rate: 5\n  sweep: {concurrency: [1, 2]}\n"))
                .hasMessageStartingWith(written.at("3:24") + "a concurrency sweep runs closed loops");
    }
}
