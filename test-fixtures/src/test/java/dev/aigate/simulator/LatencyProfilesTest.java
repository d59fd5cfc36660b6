package dev.aigate.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.simulator.LatencyProfile.Timing.ContinuousBatching;
import dev.aigate.simulator.LatencyProfile.Timing.FixedLatency;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shipped profiles. */
class LatencyProfilesTest {

    @Test
    void everyShippedProfileLoads() {
        assertThat(LatencyProfiles.names()).contains("llama-3.1-8b-h100", "llama-3.1-70b-4xh100", "fast",
                "degraded", "fixed");
        for (String name : LatencyProfiles.names()) {
            assertThat(LatencyProfiles.named(name).name()).isEqualTo(name);
        }
    }

    @Test
    void defaultIsTheEightBillionModelOnOneH100AtAbout13MsPerToken() {
        LatencyProfile profile = LatencyProfiles.named("default");

        assertThat(profile.name()).isEqualTo("llama-3.1-8b-h100");
        ContinuousBatching timing = (ContinuousBatching) profile.timing();
        assertThat(timing.decodeBaseMs() + timing.decodePerSeqMs()).isBetween(11.0, 14.0);
    }

    @Test
    void degradedIsClearlySlowerThanTheEightBillionProfile() {
        ContinuousBatching base = (ContinuousBatching) LatencyProfiles.named("llama-3.1-8b-h100").timing();
        ContinuousBatching degraded = (ContinuousBatching) LatencyProfiles.named("degraded").timing();

        assertThat(degraded.decodeBaseMs()).isGreaterThan(base.decodeBaseMs() * 1.2);
        assertThat(degraded.prefillPerTokenMs()).isGreaterThan(base.prefillPerTokenMs() * 1.2);
    }

    @Test
    void fixedProfileHasNoJitterAndItsTimesCanBeOverridden() {
        assertThat(LatencyProfiles.named("fixed").jitter()).isZero();

        LatencyProfile custom = LatencyProfile.fixed(Duration.ofMillis(5), Duration.ofMillis(2));

        assertThat(custom.timing()).isEqualTo(new FixedLatency(5, 2));
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        assertThatThrownBy(() -> LatencyProfiles.named("gpt-9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gpt-9")
                .hasMessageContaining("llama-3.1-70b-4xh100")
                .hasMessageContaining("fast");
    }
}
