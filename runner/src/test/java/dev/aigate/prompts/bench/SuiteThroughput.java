package dev.aigate.prompts.bench;

import dev.aigate.bench.Shard;
import dev.aigate.config.YamlFiles;
import dev.aigate.prompts.assertion.Embedders;
import dev.aigate.prompts.assertion.Grader;
import dev.aigate.prompts.exec.CostBudget;
import dev.aigate.prompts.exec.Price;
import dev.aigate.prompts.exec.ResponseCache;
import dev.aigate.prompts.exec.SideRun;
import dev.aigate.prompts.exec.SuiteRunner;
import dev.aigate.prompts.exec.Target;
import dev.aigate.prompts.suite.Suite;
import dev.aigate.prompts.suite.SuiteParser;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelClients;
import dev.aigate.provider.ProviderConfig;
import dev.aigate.simulator.LlmSimulator;
import dev.aigate.simulator.ScriptSet;
import dev.aigate.simulator.SimulatorConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How close the suite runner comes to the ideal wall time of {@code cases × repeats × latency ÷ concurrency}
 * against the simulator in fixed-latency mode (every answer takes exactly the latency, however many run at once).
 * Run (see docs/prompts.md):
 * <pre>
 * java -cp ... dev.aigate.prompts.bench.SuiteThroughput [cases=10000] [repeat=3] [latencyMs=20] [concurrency=64]
 * </pre>
 */
public final class SuiteThroughput {

    private SuiteThroughput() {
    }

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int latencyMs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 64;

        StringBuilder yaml = new StringBuilder("prompts: [\"Classify ticket {{n}}: {{text}}\"]\ntests:\n");
        for (int i = 0; i < cases; i++) {
            yaml.append("  - {id: t").append(i).append(", vars: {n: '").append(i)
                    .append("', text: 'my parcel is late'}, assert: [{type: icontains, value: shipping}, ")
                    .append("{type: not-is-refusal}]}\n");
        }
        Suite suite = SuiteParser.parse(YamlFiles.parse("throughput.yaml", yaml.toString()).asMap(), "throughput",
                Path.of("."));
        SimulatorConfig config = SimulatorConfig.builder()
                .fixedLatency(Duration.ofMillis(latencyMs), Duration.ofMillis(1))
                .scripts(ScriptSet.parse("rules:\n  - respond: {text: shipping}\n"))
                .build();
        try (LlmSimulator simulator = LlmSimulator.start(config);
             ModelClient client = ModelClients.create(ProviderConfig.openAi(simulator.baseUrl(), "bench")
                     .withConcurrency(concurrency), Map.of())) {
            SuiteRunner runner = new SuiteRunner(suite, new SuiteRunner.Settings(repeat, concurrency, 0, Shard.WHOLE),
                    new SuiteRunner.Services(ResponseCache.DISABLED, CostBudget.unlimited(), Grader.NONE,
                            Embedders.local()));
            Target target = new Target(client, "simulator", "bench", Price.FREE, true, false);
            runner.run("warm-up", target); // JIT and connection pool; not measured
            long start = System.nanoTime();
            SideRun run = runner.run("candidate", target);
            double seconds = (System.nanoTime() - start) / 1e9;
            double ideal = (double) cases * repeat * latencyMs / 1000 / concurrency;
            long passed = run.attempts().stream().filter(a -> a.pass()).count();
            long errors = run.attempts().stream().filter(a -> a.errored()).count();
            System.out.printf(Locale.ROOT, "%d cases x %d repeats, %d ms latency, concurrency %d: %.2f s "
                    + "(ideal %.2f s, +%.1f%%); %d attempts, %d passed, %d errors%n", cases, repeat, latencyMs,
                    concurrency, seconds, ideal, (seconds / ideal - 1) * 100, run.attempts().size(), passed, errors);
        }
    }
}
