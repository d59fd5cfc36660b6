package dev.aigate.prompts.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.config.PromptsStageParser;
import dev.aigate.config.PromptsStageSpec;
import dev.aigate.config.TargetSpec;
import dev.aigate.run.PromptsStage;
import dev.aigate.run.StageResult;
import dev.aigate.stats.Interval;
import dev.aigate.stats.WilsonInterval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The McNemar gate's false-alarm rate over simulated A/A runs: baseline and candidate are two model names the
 * simulator answers with the <em>same</em> per-case pass probabilities (40 cases: 25 always pass, 10 pass 80% of
 * the time, 5 pass half the time), each run with its own seed, through the whole prompts stage. Any FAIL of the
 * regression gate is a false alarm. Run (see docs/prompts.md):
 * <pre>java -cp ... dev.aigate.prompts.bench.AaFalseAlarms [runs=400]</pre>
 */
public final class AaFalseAlarms {

    private static final int STABLE = 25;
    private static final int MOSTLY = 10;
    private static final int COIN = 5;

    private AaFalseAlarms() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Path dir = Files.createTempDirectory("aigate-aa");
        PromptsStageSpec spec = PromptsStageParser.suiteFile(writeSuite(dir));
        List<double[]> outcomes = new ArrayList<>(); // p-value, regressed, improved, pairs
        long start = System.nanoTime();
        for (int seed = 1; seed <= runs; seed++) {
            PromptsStageSpec run = spec.withCandidate(side("aa-candidate", seed))
                    .withBaseline(Optional.of(PromptsStageSpec.Baseline.of(side("aa-baseline", seed + 1_000_000L))));
            StageResult result = PromptsStage.run(run, List.of(), System.getenv());
            JsonNode comparison = result.json().path("comparison");
            outcomes.add(new double[] {comparison.path("p_value").asDouble(),
                    comparison.path("regressed_count").asDouble(), comparison.path("improved_count").asDouble(),
                    comparison.path("pairs").asDouble()});
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d A/A runs (%d cases x repeat 3 per side) in %.1f s%n", runs,
                STABLE + MOSTLY + COIN, seconds);
        System.out.println("| alpha | margin | false alarms | rate | 95% Wilson interval |");
        System.out.println("|---|---|---|---|---|");
        for (double[] setting : new double[][] {{0.05, 0}, {0.10, 0}, {0.10, 0.05}, {0.05, 0.05}}) {
            long alarms = outcomes.stream().filter(o -> o[0] < setting[0] && o[1] > o[2]
                    && (o[1] - o[2]) / o[3] > setting[1]).count();
            Interval interval = WilsonInterval.of(alarms, runs, 0.95);
            System.out.printf(Locale.ROOT, "| %.2f | %.0f%% | %d of %d | %.4f | %.4f – %.4f |%n", setting[0],
                    setting[1] * 100, alarms, runs, (double) alarms / runs, interval.low(), interval.high());
        }
        long anyDifference = outcomes.stream().filter(o -> o[1] + o[2] > 0).count();
        System.out.printf(Locale.ROOT, "runs with at least one discordant case: %d of %d (the noise is real)%n",
                anyDifference, runs);
    }

    private static PromptsStageSpec.Side side(String model, long seed) {
        TargetSpec base = TargetSpec.embedded();
        return new PromptsStageSpec.Side(new TargetSpec(model, TargetSpec.EMBEDDED, base.api(), model,
                base.endpoint(), null, null, null, "fast", seed, 0, base.timeout()), Optional.empty());
    }

    private static Path writeSuite(Path dir) throws IOException {
        StringBuilder scripts = new StringBuilder("rules:\n");
        StringBuilder suite = new StringBuilder("scripts: scripts.yaml\nrepeat: 3\nconcurrency: 32\n"
                + "cache: {enabled: false}\nprompts: [\"Case {{n}}\"]\ntests:\n");
        for (int i = 0; i < STABLE + MOSTLY + COIN; i++) {
            int passWeight = i < STABLE ? 1 : i < STABLE + MOSTLY ? 4 : 1;
            int failWeight = i < STABLE ? 0 : 1;
            scripts.append("  - match: {model: \"aa-*\", case_id: c").append(i).append("}\n    respond:\n")
                    .append("      variants:\n        - {weight: ").append(passWeight).append(", text: PASS}\n");
            if (failWeight > 0) {
                scripts.append("        - {weight: ").append(failWeight).append(", text: FAIL}\n");
            }
            suite.append("  - {id: c").append(i).append(", vars: {n: '").append(i)
                    .append("'}, assert: [{type: equals, value: PASS}]}\n");
        }
        Files.writeString(dir.resolve("scripts.yaml"), scripts);
        Path file = dir.resolve("aa.yaml");
        Files.writeString(file, suite);
        return file;
    }
}
