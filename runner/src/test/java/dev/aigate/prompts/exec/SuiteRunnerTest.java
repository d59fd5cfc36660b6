package dev.aigate.prompts.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.bench.Shard;
import dev.aigate.config.YamlFiles;
import dev.aigate.prompts.assertion.Embedders;
import dev.aigate.prompts.assertion.Grader;
import dev.aigate.prompts.suite.Suite;
import dev.aigate.prompts.suite.SuiteParser;
import dev.aigate.provider.Completion;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.Failure;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeats, concurrency, the cache (and so resume), the cost breaker, shards and errors. */
class SuiteRunnerTest {

    @TempDir
    Path dir;

    private static Suite suite(int cases) {
        StringBuilder yaml = new StringBuilder("prompts: [\"Say {{n}}\"]\ntests:\n");
        IntStream.range(0, cases).forEach(i -> yaml.append("  - {id: c").append(i).append(", vars: {n: '")
                .append(i).append("'}, assert: [{type: contains, value: '").append(i % 4 == 3 ? "never" : "echo")
                .append("'}]}\n"));
        return SuiteParser.parse(YamlFiles.parse("suite.yaml", yaml.toString()).asMap(), "s", Path.of("."));
    }

    private static SuiteRunner.Services services(ResponseCache cache, CostBudget budget) {
        return new SuiteRunner.Services(cache, budget, Grader.NONE, Embedders.local());
    }

    private static Target target(ScriptedClient client, Price price) {
        return new Target(client, "fake", "fake-endpoint model", price, true, true);
    }

    @Test
    void runsEveryCaseRepeatTimesAtMostConcurrencyAtOnceAndGrades() {
        ScriptedClient client = ScriptedClient.echo(20);
        SuiteRunner runner = new SuiteRunner(suite(8), new SuiteRunner.Settings(3, 4, 0, Shard.WHOLE),
                services(ResponseCache.DISABLED, CostBudget.unlimited()));

        SideRun run = runner.run("candidate", target(client, Price.FREE));

        assertThat(run.attempts()).hasSize(24);
        assertThat(client.requests).hasSize(24);
        assertThat(client.peak.get()).isBetween(2, 4);
        Set<String> seen = new HashSet<>();
        client.requests.forEach(r -> seen.add(r.messages().get(0).content() + "#" + ScriptedClient.repeatOf(r)));
        assertThat(seen).hasSize(24);
        assertThat(run.attempts().stream().filter(a -> a.pass()).count()).isEqualTo(18);
        assertThat(run.attempts().stream().filter(a -> !a.pass()).map(Attempt::caseId).distinct())
                .containsExactlyInAnyOrder("c3", "c7");
    }

    @Test
    void theCacheAnswersASecondRunAndResumesAnInterruptedOne() {
        ResponseCache cache = new ResponseCache(dir, Duration.ofDays(1), Clock.systemUTC());
        Suite suite = suite(6);
        SuiteRunner firstHalf = new SuiteRunner(suite, new SuiteRunner.Settings(2, 2, 0, new Shard(0, 2)),
                services(cache, CostBudget.unlimited()));
        ScriptedClient first = ScriptedClient.echo(0);
        firstHalf.run("candidate", target(first, Price.FREE));
        assertThat(first.requests).hasSize(6);

        ScriptedClient second = ScriptedClient.echo(0);
        SideRun whole = new SuiteRunner(suite, new SuiteRunner.Settings(2, 2, 0, Shard.WHOLE),
                services(cache, CostBudget.unlimited())).run("candidate", target(second, Price.FREE));

        assertThat(whole.attempts()).hasSize(12);
        assertThat(second.requests).as("only what the first run did not ask").hasSize(6);
        assertThat(whole.attempts().stream().filter(Attempt::cached).count()).isEqualTo(6);
    }

    @Test
    void expiredCacheEntriesAreAskedAgain() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Suite suite = suite(2);
        new SuiteRunner(suite, new SuiteRunner.Settings(1, 1, 0, Shard.WHOLE), services(new ResponseCache(dir,
                Duration.ofHours(1), Clock.fixed(now, ZoneOffset.UTC)), CostBudget.unlimited()))
                .run("candidate", target(ScriptedClient.echo(0), Price.FREE));
        ScriptedClient later = ScriptedClient.echo(0);
        new SuiteRunner(suite, new SuiteRunner.Settings(1, 1, 0, Shard.WHOLE), services(new ResponseCache(dir,
                Duration.ofHours(1), Clock.fixed(now.plus(Duration.ofHours(2)), ZoneOffset.UTC)),
                CostBudget.unlimited())).run("candidate", target(later, Price.FREE));

        assertThat(later.requests).hasSize(2);
    }

    @Test
    void theCostBreakerStopsBeforeTheLimitIsPassed() {
        Price price = new Price(1000, 1000); // $0.001 per token: every call's worst case is about half a dollar
        CostBudget budget = new CostBudget(2.00);
        SuiteRunner runner = new SuiteRunner(suite(20), new SuiteRunner.Settings(1, 4, 0, Shard.WHOLE),
                services(ResponseCache.DISABLED, budget));
        ScriptedClient client = ScriptedClient.echo(0);

        SideRun run = runner.run("candidate", target(client, price));

        assertThat(budget.tripped()).isTrue();
        assertThat(run.skippedByBudget()).isPositive();
        assertThat(run.attempts().size() + run.skippedByBudget()).isEqualTo(20);
        assertThat(budget.spent()).isLessThanOrEqualTo(2.00);
        assertThat(run.costUsd()).isCloseTo(client.requests.size() * price.cost(100, 10),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(runner.worstCaseCost(price)).isGreaterThan(2.00);
    }

    @Test
    void shardsPartitionTheCasesExactly() {
        Suite suite = suite(10);
        Set<String> all = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            List<String> ids = new SuiteRunner(suite, new SuiteRunner.Settings(1, 1, 0, new Shard(i, 3)),
                    services(ResponseCache.DISABLED, CostBudget.unlimited())).cases().stream().map(c -> c.id())
                    .toList();
            assertThat(ids.get(0)).as("shard i/N starts at position i, as bench --shard does")
                    .isEqualTo(suite.cases().get(i).id());
            ids.forEach(id -> assertThat(all.add(id)).as("in one shard only: " + id).isTrue());
        }
        assertThat(all).hasSize(10);
    }

    @Test
    void failedCallsAreErrorsNotFailuresAndThrottleTheTarget() {
        ScriptedClient client = new ScriptedClient(r -> r.messages().get(0).content().endsWith("1")
                ? new Completion(0, new long[0], "", null, null, 3, new Failure(ErrorKind.HTTP_429, "slow down", 429))
                : ScriptedClient.ok("echo"), 0);
        SideRun run = new SuiteRunner(suite(4), new SuiteRunner.Settings(2, 4, 0, Shard.WHOLE),
                services(ResponseCache.DISABLED, CostBudget.unlimited())).run("candidate", target(client, Price.FREE));

        List<Attempt> errored = run.attempts().stream().filter(Attempt::errored).toList();
        assertThat(errored).hasSize(2).allMatch(a -> a.caseId().equals("c1") && !a.pass());
        assertThat(errored.get(0).error()).startsWith("http_429");
        assertThat(run.rateLimitReductions()).isEqualTo(2);
    }

    @Test
    void theAdaptiveLimiterHalvesOnRateLimitsAndRecoversAdditively() throws InterruptedException {
        AdaptiveLimiter limiter = new AdaptiveLimiter(8, 0);
        limiter.acquire();
        limiter.release(true);
        assertThat(limiter.currentLimit()).isEqualTo(4);
        limiter.acquire();
        limiter.release(true);
        assertThat(limiter.currentLimit()).isEqualTo(2);
        for (int i = 0; i < 20; i++) {
            limiter.acquire();
            limiter.release(false);
        }
        assertThat(limiter.currentLimit()).isBetween(5, 8);
        assertThat(limiter.reductions()).isEqualTo(2);
    }
}
