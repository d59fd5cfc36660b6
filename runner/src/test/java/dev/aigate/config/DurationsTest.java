package dev.aigate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void parsesEveryUnit() {
        assertThat(Durations.parse("500us")).isEqualTo(Duration.ofNanos(500_000));
        assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void rejectsWhatIsNotADuration() {
        assertThatThrownBy(() -> Durations.parse("30")).hasMessageContaining("'30' is not a duration");
        assertThatThrownBy(() -> Durations.parse("-1s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Durations.parse("10 days")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slosAreMillisecondsPerMetric() {
        assertThat(SloParser.parse("ttft:200ms, tpot:0.05s"))
                .containsEntry("ttft", 200.0).containsEntry("tpot", 50.0);
        assertThatThrownBy(() -> SloParser.parse("ttft=200ms")).hasMessageContaining("metric:limit");
        assertThatThrownBy(() -> SloParser.parse("ttft:1s,ttft:2s")).hasMessageContaining("given twice");
    }
}
