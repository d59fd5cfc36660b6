package dev.aigate.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one benchmark run does, parsed once from flags or a gate file. Immutable; build one with {@link #builder()}.
 *
 * @param model           the model name sent with every request; null means the client's configured model
 * @param concurrency     the most requests in flight at once (closed loop: exactly this many workers)
 * @param rate            arrivals per second for an open loop; null for a closed loop
 * @param arrivals        how an open loop spaces arrivals (Poisson by default)
 * @param burstiness      the gamma shape of {@link Arrivals#GAMMA} gaps; 1 otherwise
 * @param rampUp          time over which load builds up (open loop: the rate rises linearly from 0; closed loop:
 *                        workers start one by one); null for none. Ramp-up requests are measured
 * @param requests        measured requests to send (warm-up excluded); null to stop by {@code duration} only
 * @param duration        how long to send measured requests; null to stop by {@code requests} only
 * @param warmupRequests  requests sent first and left out of every metric
 * @param warmupDuration  time from the start during which sent requests are left out of every metric; null for none
 * @param cooldown        with a duration: requests due in its last {@code cooldown} are sent but left out of every
 *                        metric, so the run's tail (load draining away) does not flatter it; null for none
 * @param inputTokens     prompt length in {@code cl100k_base} tokens
 * @param outputTokens    {@code max_tokens} of every request
 * @param ignoreEos       ask the server to generate exactly {@code outputTokens} (default true)
 * @param stream          stream the responses (SSE); without it TTFT equals E2EL
 * @param seed            seeds the prompts and the arrival times, so two runs send the same load
 * @param slos            per-request service levels for goodput: {@code ttft}, {@code tpot}, {@code itl} (the
 *                        request's largest gap) or {@code e2el} → limit in milliseconds
 * @param dataset         a prompt file to send instead of synthetic prompts; null for synthetic prompts
 * @param shard           which part of a split run this process sends ({@link Shard#WHOLE} when not split)
 */
public record BenchSpec(
        String model,
        int concurrency,
        Double rate,
        Arrivals arrivals,
        double burstiness,
        Duration rampUp,
        Long requests,
        Duration duration,
        long warmupRequests,
        Duration warmupDuration,
        Duration cooldown,
        int inputTokens,
        int outputTokens,
        boolean ignoreEos,
        boolean stream,
        long seed,
        Map<String, Double> slos,
        DatasetSpec dataset,
        Shard shard) {

    /** The metrics an SLO may name. */
    public static final Set<String> SLO_METRICS = Set.of("ttft", "tpot", "itl", "e2el");

    public BenchSpec {
        require(concurrency >= 1, "concurrency must be >= 1, got " + concurrency);
        require(rate == null || (rate > 0 && Double.isFinite(rate)), "rate must be > 0 requests/s, got " + rate);
        Objects.requireNonNull(arrivals, "arrivals");
        Objects.requireNonNull(shard, "shard");
        require(burstiness > 0 && Double.isFinite(burstiness), "burstiness must be > 0, got " + burstiness);
        require(burstiness == 1.0 || arrivals == Arrivals.GAMMA,
                "burstiness applies to gamma arrivals only (" + arrivals.label() + " given)");
        require(rampUp == null || isPositive(rampUp), "ramp-up must be > 0, got " + rampUp);
        require(requests != null || duration != null, "give a request count, a duration, or both");
        require(requests == null || requests >= 1, "requests must be >= 1, got " + requests);
        require(duration == null || isPositive(duration), "duration must be > 0, got " + duration);
        require(warmupRequests >= 0, "warm-up requests must be >= 0, got " + warmupRequests);
        require(warmupDuration == null || isPositive(warmupDuration),
                "warm-up duration must be > 0, got " + warmupDuration);
        require(cooldown == null || isPositive(cooldown), "cool-down must be > 0, got " + cooldown);
        require(cooldown == null || duration != null && cooldown.compareTo(duration) < 0,
                "a cool-down needs a duration longer than it");
        shard.checkSplits(concurrency, requests);
        require(inputTokens >= 1, "input tokens must be >= 1, got " + inputTokens);
        require(outputTokens >= 1, "output tokens must be >= 1, got " + outputTokens);
        slos = Map.copyOf(Objects.requireNonNull(slos, "slos"));
        slos.forEach((metric, limit) -> {
            require(SLO_METRICS.contains(metric),
                    "unknown SLO metric '" + metric + "': use one of " + new TreeSet<>(SLO_METRICS));
            require(limit > 0 && Double.isFinite(limit), "SLO " + metric + " must be > 0 ms, got " + limit);
        });
    }

    /** Whether arrivals follow a schedule (open loop) rather than each worker sending back to back. */
    public boolean openLoop() {
        return rate != null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's fields, to derive a variant (a sweep point, a shard). */
    public Builder toBuilder() {
        return new Builder().model(model).concurrency(concurrency).rate(rate).arrivals(arrivals)
                .burstiness(burstiness).rampUp(rampUp).requests(requests).duration(duration)
                .warmupRequests(warmupRequests).warmupDuration(warmupDuration).cooldown(cooldown)
                .inputTokens(inputTokens).outputTokens(outputTokens).ignoreEos(ignoreEos).stream(stream).seed(seed)
                .slos(slos).dataset(dataset).shard(shard);
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Collects a spec's fields; defaults: concurrency 1, closed loop (Poisson when a rate is set), 128 tokens in
     * and out, ignore EOS, stream, synthetic prompts, not sharded. */
    public static final class Builder {
        private String model;
        private int concurrency = 1;
        private Double rate;
        private Arrivals arrivals = Arrivals.POISSON;
        private double burstiness = 1.0;
        private Duration rampUp;
        private Long requests;
        private Duration duration;
        private long warmupRequests;
        private Duration warmupDuration;
        private Duration cooldown;
        private int inputTokens = 128;
        private int outputTokens = 128;
        private boolean ignoreEos = true;
        private boolean stream = true;
        private long seed;
        private Map<String, Double> slos = Map.of();
        private DatasetSpec dataset;
        private Shard shard = Shard.WHOLE;

        private Builder() {
        }

        public Builder model(String value) {
            model = value;
            return this;
        }

        public Builder concurrency(int value) {
            concurrency = value;
            return this;
        }

        /** Requests per second for an open loop; null for a closed loop. */
        public Builder rate(Double value) {
            rate = value;
            return this;
        }

        public Builder arrivals(Arrivals value) {
            arrivals = value;
            return this;
        }

        /** Gamma shape of the gaps; a value other than 1 needs {@link Arrivals#GAMMA}. */
        public Builder burstiness(double value) {
            burstiness = value;
            return this;
        }

        public Builder rampUp(Duration value) {
            rampUp = value;
            return this;
        }

        public Builder requests(Long value) {
            requests = value;
            return this;
        }

        public Builder requests(long value) {
            return requests(Long.valueOf(value));
        }

        public Builder duration(Duration value) {
            duration = value;
            return this;
        }

        public Builder warmupRequests(long value) {
            warmupRequests = value;
            return this;
        }

        public Builder warmupDuration(Duration value) {
            warmupDuration = value;
            return this;
        }

        public Builder cooldown(Duration value) {
            cooldown = value;
            return this;
        }

        public Builder inputTokens(int value) {
            inputTokens = value;
            return this;
        }

        public Builder outputTokens(int value) {
            outputTokens = value;
            return this;
        }

        public Builder ignoreEos(boolean value) {
            ignoreEos = value;
            return this;
        }

        public Builder stream(boolean value) {
            stream = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Metric ({@code ttft tpot itl e2el}) → limit in milliseconds. */
        public Builder slos(Map<String, Double> value) {
            slos = value;
            return this;
        }

        public Builder dataset(DatasetSpec value) {
            dataset = value;
            return this;
        }

        public Builder shard(Shard value) {
            shard = value;
            return this;
        }

        public BenchSpec build() {
            return new BenchSpec(model, concurrency, rate, arrivals, burstiness, rampUp, requests, duration,
                    warmupRequests, warmupDuration, cooldown, inputTokens, outputTokens, ignoreEos, stream, seed, slos,
                    dataset, shard);
        }
    }
}
