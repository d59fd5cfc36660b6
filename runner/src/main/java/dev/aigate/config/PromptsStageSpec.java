package dev.aigate.config;

import dev.aigate.bench.Shard;
import dev.aigate.prompts.exec.Price;
import dev.aigate.prompts.suite.Suite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prompt suite stage: the suite, who answers it (candidate, and a baseline to compare with), how often and
 * how fast, the statistics' settings, the budget and the thresholds. Read by {@link PromptsStageParser}.
 *
 * @param candidate   the target under test, with an optional prompt directory replacing the suite's prompt files
 * @param baseline    what to compare with: another target (or the same with other prompts), or a stored result
 * @param scripts     simulator script files for embedded targets, their rules in this order (first match wins)
 * @param rateLimit   requests started per second at most, per target; 0 for none
 * @param maxCostUsd  the cost breaker's limit, or null for none
 * @param prices      prices by model name (per million tokens), over the built-in table
 * @param grader      the model grading {@code llm-rubric} and {@code factuality}, if any
 */
public record PromptsStageSpec(
        Suite suite,
        Side candidate,
        Optional<Baseline> baseline,
        List<Path> scripts,
        int repeat,
        int concurrency,
        double rateLimit,
        double alpha,
        double margin,
        double confidence,
        Double maxCostUsd,
        Map<String, Price> prices,
        Optional<TargetSpec> grader,
        Cache cache,
        Shard shard,
        List<ThresholdSpec> thresholds) {

    public PromptsStageSpec {
        scripts = List.copyOf(scripts);
        prices = Map.copyOf(prices);
        thresholds = List.copyOf(thresholds);
    }

    /** A target answering the suite, optionally with the prompt files of another directory (e.g. staging). */
    public record Side(TargetSpec target, Optional<Path> promptsDir) {
    }

    /** Either a side to run, or a stored {@code result.json} whose candidate becomes the baseline. */
    public record Baseline(Optional<Side> side, Optional<Path> result) {
        public static Baseline of(Side side) {
            return new Baseline(Optional.of(side), Optional.empty());
        }

        public static Baseline stored(Path result) {
            return new Baseline(Optional.empty(), Optional.of(result));
        }
    }

    /** The answer cache: where, how long an answer stays fresh, and whether it is used at all. */
    public record Cache(Path directory, Duration ttl, boolean enabled) {
        public static Cache defaults() {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                    : Path.of(System.getProperty("user.home"), ".cache");
            return new Cache(base.resolve("aigate").resolve("prompts"), Duration.ofDays(14), true);
        }
    }

    public PromptsStageSpec withCandidate(Side side) {
        return new PromptsStageSpec(suite, side, baseline, scripts, repeat, concurrency, rateLimit, alpha, margin,
                confidence, maxCostUsd, prices, grader, cache, shard, thresholds);
    }

    public PromptsStageSpec withBaseline(Optional<Baseline> other) {
        return new PromptsStageSpec(suite, candidate, other, scripts, repeat, concurrency, rateLimit, alpha, margin,
                confidence, maxCostUsd, prices, grader, cache, shard, thresholds);
    }

    /** This stage running only {@code part} of the suite's cases. */
    public PromptsStageSpec withShard(Shard part) {
        return withRun(repeat, concurrency, maxCostUsd, part, cache);
    }

    public PromptsStageSpec withRun(int repeatCount, int inFlight, Double maxCost, Shard part, Cache answers) {
        return new PromptsStageSpec(suite, candidate, baseline, scripts, repeatCount, inFlight, rateLimit, alpha,
                margin, confidence, maxCost, prices, grader, answers, part, thresholds);
    }
}
