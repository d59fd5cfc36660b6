package dev.aigate.prompts.exec;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.bench.Shard;
import dev.aigate.bench.TokenCounter;
import dev.aigate.prompts.assertion.AssertSet;
import dev.aigate.prompts.assertion.AssertionSpec;
import dev.aigate.prompts.assertion.Check;
import dev.aigate.prompts.assertion.Embedder;
import dev.aigate.prompts.assertion.Grader;
import dev.aigate.prompts.assertion.GradingContext;
import dev.aigate.prompts.assertion.Output;
import dev.aigate.prompts.suite.PromptTemplate;
import dev.aigate.prompts.suite.Suite;
import dev.aigate.prompts.suite.TestCase;
import dev.aigate.provider.ChatMessage;
import dev.aigate.provider.Completion;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.ModelRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a suite's cases against one target: every case of the shard, {@code repeat} times, at most
 * {@code concurrency} at once (fewer after a 429), each answer taken from the cache or asked for, then graded.
 * A call that fails is recorded as an error, never as a failed case: infrastructure is not a regression.
 */
public final class SuiteRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param repeat      how often each case is asked
     * @param concurrency requests in flight at most
     * @param ratePerSecond requests started per second at most, 0 for no limit
     */
    public record Settings(int repeat, int concurrency, double ratePerSecond, Shard shard) {
        public Settings {
            if (repeat < 1) {
                throw new IllegalArgumentException("repeat must be at least 1");
            }
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1");
            }
        }
    }

    /** The services grading may call. */
    public record Services(ResponseCache cache, CostBudget budget, Grader grader, Embedder embedder) {
    }

    private final Suite suite;
    private final Settings settings;
    private final Services services;

    public SuiteRunner(Suite suite, Settings settings, Services services) {
        this.suite = suite;
        this.settings = settings;
        this.services = services;
    }

    /** The cases this run takes (its shard), in suite order. */
    public List<TestCase> cases() {
        List<TestCase> mine = new ArrayList<>();
        for (int i = 0; i < suite.cases().size(); i++) {
            if (settings.shard().includes(i)) {
                mine.add(suite.cases().get(i));
            }
        }
        return mine;
    }

    /** The most the run could cost at {@code price}: every prompt's tokens plus its {@code max_tokens}. */
    public double worstCaseCost(Price price) {
        double total = 0;
        for (TestCase testCase : cases()) {
            total += worstCase(testCase, price) * settings.repeat();
        }
        return total;
    }

    public SideRun run(String side, Target target) {
        AdaptiveLimiter limiter = new AdaptiveLimiter(settings.concurrency(), settings.ratePerSecond());
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "aigate-prompts-" + side);
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Attempt>> futures = new ArrayList<>();
        long skipped = 0;
        boolean interrupted = false;
        try {
            for (TestCase testCase : cases()) {
                for (int repeat = 0; repeat < settings.repeat(); repeat++) {
                    int r = repeat;
                    futures.add(pool.submit(() -> attempt(testCase, r, target, limiter)));
                }
            }
            List<Attempt> attempts = new ArrayList<>(futures.size());
            for (Future<Attempt> future : futures) {
                if (interrupted) {
                    future.cancel(true);
                    continue;
                }
                try {
                    Attempt attempt = future.get();
                    if (attempt == null) {
                        skipped++;
                    } else {
                        attempts.add(attempt);
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                    Thread.currentThread().interrupt();
                    future.cancel(true);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("grading failed: " + e.getCause(), e.getCause());
                }
            }
            double cost = attempts.stream().filter(a -> a.output() != null && !a.cached())
                    .mapToDouble(a -> a.output().costUsd()).sum();
            return new SideRun(side, target.describe(), attempts, skipped, cost, limiter.reductions(), interrupted);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One repeat of one case; null when the budget did not allow sending it. */
    private Attempt attempt(TestCase testCase, int repeat, Target target, AdaptiveLimiter limiter)
            throws InterruptedException {
        PromptTemplate prompt = suite.prompt(testCase);
        List<ChatMessage> messages = prompt.render(testCase.vars());
        ResponseCache cache = target.cacheable() ? services.cache() : ResponseCache.DISABLED;
        String key = cache.enabled() ? cacheKey(prompt, messages, repeat, target) : null;
        Output output = key == null ? null : cache.get(key).orElse(null);
        boolean cached = output != null;
        String error = null;
        if (output == null) {
            double reserve = services.budget().limited() ? worstCase(testCase, target.price()) : 0;
            if (!services.budget().reserve(reserve)) {
                return null;
            }
            limiter.acquire();
            Completion completion = null;
            long start = System.nanoTime();
            try {
                completion = target.client().send(request(testCase, prompt, messages, repeat, target));
            } finally {
                limiter.release(completion != null && rateLimited(completion));
            }
            double latencyMs = (System.nanoTime() - start) / 1e6;
            if (completion.succeeded()) {
                output = output(completion, latencyMs, messages, target.price());
                services.budget().settle(reserve, output.costUsd());
                if (key != null) {
                    cache.put(key, output);
                }
            } else {
                services.budget().settle(reserve, 0);
                error = completion.failure().kind().key() + ": " + completion.failure().message();
            }
        }
        if (output == null) {
            return new Attempt(testCase.id(), repeat, false, 0, List.of(), Map.of(), null, error, false);
        }
        return grade(testCase, repeat, output, lastUser(messages), cached);
    }

    private Attempt grade(TestCase testCase, int repeat, Output output, String prompt, boolean cached) {
        GradingContext context = new GradingContext(testCase.vars(), prompt, services.grader(), services.embedder());
        if (testCase.assertions().isEmpty()) {
            return new Attempt(testCase.id(), repeat, true, 1, List.of(), Map.of(), output, null, cached);
        }
        AssertSet.Score score = AssertSet.Score.of(testCase.assertions(), output, context);
        boolean pass = testCase.threshold() == null ? score.allPassed() : score.value() >= testCase.threshold();
        Map<String, Boolean> metrics = new LinkedHashMap<>();
        for (int i = 0; i < testCase.assertions().size(); i++) {
            AssertionSpec spec = testCase.assertions().get(i);
            Check check = score.checks().get(i);
            if (spec.metric() != null) {
                metrics.merge(spec.metric(), check.pass(), Boolean::logicalAnd);
            }
        }
        return new Attempt(testCase.id(), repeat, pass, score.value(), score.failures(), metrics, output, null, cached);
    }

    /** Everything that decides the answer: target, parameters, rendered prompt, tools and repeat index. */
    private String cacheKey(PromptTemplate prompt, List<ChatMessage> messages, int repeat, Target target) {
        return ResponseCache.key(target.identity(), JSON.valueToTree(prompt.params()).toString(),
                String.valueOf(prompt.temperature()), String.valueOf(prompt.maxTokens()), messages.toString(),
                suite.tools().toString(), String.valueOf(repeat));
    }

    private ModelRequest request(TestCase testCase, PromptTemplate prompt, List<ChatMessage> messages, int repeat,
                                 Target target) {
        Map<String, Object> body = new HashMap<>(prompt.params());
        if (!suite.tools().isEmpty()) {
            body.put("tools", suite.tools());
        }
        if (target.sendCaseMetadata()) {
            body.put("metadata", Map.of("case_id", testCase.id(), "repeat", repeat));
        }
        return new ModelRequest(null, messages, null, prompt.maxTokens(), prompt.temperature(), false, false, body);
    }

    private static Output output(Completion completion, double latencyMs, List<ChatMessage> messages, Price price) {
        int input = completion.reportedUsage().map(u -> u.inputTokens())
                .orElseGet(() -> TokenCounter.count(messages.toString()));
        int generated = completion.reportedUsage().map(u -> u.outputTokens())
                .orElseGet(() -> TokenCounter.count(completion.text() == null ? "" : completion.text()));
        return new Output(completion.text(), completion.toolCalls(), completion.finishReason(), latencyMs, input,
                generated, price.cost(input, generated));
    }

    private double worstCase(TestCase testCase, Price price) {
        PromptTemplate prompt = suite.prompt(testCase);
        int promptTokens = TokenCounter.count(prompt.render(testCase.vars()).toString());
        return price.cost(promptTokens, prompt.maxTokens());
    }

    /** A 429, or any retry (they follow 429s, overload 5xx and resets): signs the target wants less load. */
    private static boolean rateLimited(Completion completion) {
        return completion.retries() > 0
                || (completion.failure() != null && completion.failure().kind() == ErrorKind.HTTP_429);
    }

    private static String lastUser(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role().equals("user")) {
                return messages.get(i).content();
            }
        }
        return "";
    }
}
