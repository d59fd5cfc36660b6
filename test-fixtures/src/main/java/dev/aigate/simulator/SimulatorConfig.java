package dev.aigate.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a simulator is started with. Build one with {@link #builder()}.
 *
 * @param host           the address to bind; loopback by default
 * @param port           the port, 0 for an ephemeral one
 * @param profile        the latency model
 * @param seed           seeds every random choice (faults, output lengths, filler text, variants, jitter)
 * @param faults         per-request fault rates
 * @param scripts        scripted answers
 * @param requiredApiKey when present, requests must carry it as {@code Authorization: Bearer K},
 *                       {@code api-key: K} or {@code x-api-key: K}, else they get 401
 * @param stampTokens    each streamed token's text is the {@link System#nanoTime()} at which it was written
 *                       (then a space) instead of filler, the first token's followed by {@code @} and the time its
 *                       request was received: the truth for a client's accuracy on the same host, where every JVM
 *                       reads the same monotonic clock (benchmarks/accuracy/stamped.sh)
 */
public record SimulatorConfig(String host, int port, LatencyProfile profile, long seed, FaultPlan faults,
                              ScriptSet scripts, Optional<String> requiredApiKey, boolean stampTokens) {

    public SimulatorConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(scripts, "scripts");
        Objects.requireNonNull(requiredApiKey, "requiredApiKey");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be within 0..65535, got " + port);
        }
    }

    /** Defaults: 127.0.0.1, ephemeral port, the default profile, seed 0, no faults, no scripts, no key. */
    public static Builder builder() {
        return new Builder();
    }

    /** The key never appears here: configs get logged. */
    @Override
    public String toString() {
        return "SimulatorConfig[host=" + host + ", port=" + port + ", profile=" + profile.name() + ", seed=" + seed
                + ", faults=" + faults + ", scripts=" + scripts.rules().size() + " rules, requiredApiKey="
                + (requiredApiKey.isPresent() ? "***" : "none") + ", stampTokens=" + stampTokens + "]";
    }

    /** Builds a {@link SimulatorConfig}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private LatencyProfile profile = LatencyProfiles.named(LatencyProfiles.DEFAULT);
        private long seed;
        private FaultPlan faults = FaultPlan.NONE;
        private ScriptSet scripts = ScriptSet.EMPTY;
        private Optional<String> requiredApiKey = Optional.empty();
        private boolean stampTokens;

        private Builder() {
        }

        public Builder host(String value) {
            this.host = value;
            return this;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder profile(LatencyProfile value) {
            this.profile = value;
            return this;
        }

        /** A shipped profile by name, see {@link LatencyProfiles#named(String)}. */
        public Builder profile(String name) {
            return profile(LatencyProfiles.named(name));
        }

        /** Fixed-latency mode with these times (overrides the {@code fixed} profile's defaults). */
        public Builder fixedLatency(Duration ttft, Duration itl) {
            return profile(LatencyProfile.fixed(ttft, itl));
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder faults(FaultPlan value) {
            this.faults = value;
            return this;
        }

        public Builder scripts(ScriptSet value) {
            this.scripts = value;
            return this;
        }

        public Builder requiredApiKey(String key) {
            this.requiredApiKey = Optional.ofNullable(key).filter(k -> !k.isEmpty());
            return this;
        }

        public Builder stampTokens(boolean value) {
            this.stampTokens = value;
            return this;
        }

        public SimulatorConfig build() {
            return new SimulatorConfig(host, port, profile, seed, faults, scripts, requiredApiKey, stampTokens);
        }
    }
}
