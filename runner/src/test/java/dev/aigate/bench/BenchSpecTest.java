package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A spec is valid once built, or says which field is wrong. */
class BenchSpecTest {

    @Test
    void defaultsControlOutputLengthAndStream() {
        BenchSpec spec = BenchSpec.builder().requests(10).build();

        assertThat(spec.ignoreEos()).isTrue();
        assertThat(spec.stream()).isTrue();
        assertThat(spec.concurrency()).isEqualTo(1);
        assertThat(spec.openLoop()).isFalse();
        assertThat(BenchSpec.builder().requests(1).rate(5.0).build().openLoop()).isTrue();
    }

    @Test
    void needsACountOrADuration() {
        assertThatThrownBy(() -> BenchSpec.builder().build())
                .hasMessageContaining("request count, a duration");
        assertThat(BenchSpec.builder().duration(Duration.ofSeconds(5)).build().requests()).isNull();
    }

    @Test
    void rejectsImpossibleValues() {
        assertThatThrownBy(() -> BenchSpec.builder().requests(1).concurrency(0).build())
                .hasMessageContaining("concurrency");
        assertThatThrownBy(() -> BenchSpec.builder().requests(1).rate(0.0).build()).hasMessageContaining("rate");
        assertThatThrownBy(() -> BenchSpec.builder().requests(0).build()).hasMessageContaining("requests");
        assertThatThrownBy(() -> BenchSpec.builder().duration(Duration.ZERO).build())
                .hasMessageContaining("duration");
        assertThatThrownBy(() -> BenchSpec.builder().requests(1).inputTokens(0).build())
                .hasMessageContaining("input tokens");
    }

    @Test
    void sloMetricsAreKnownAndPositive() {
        assertThatThrownBy(() -> BenchSpec.builder().requests(1).slos(Map.of("latency", 5.0)).build())
                .hasMessageContaining("unknown SLO metric 'latency'")
                .hasMessageContaining("ttft");
        assertThatThrownBy(() -> BenchSpec.builder().requests(1).slos(Map.of("ttft", -1.0)).build())
                .hasMessageContaining("SLO ttft");
    }
}
