package dev.aigate.run;

import dev.aigate.config.ConfigException;
import dev.aigate.config.PromptsStageSpec;
import dev.aigate.config.ScriptFiles;
import dev.aigate.config.TargetSpec;
import dev.aigate.gate.GateOutcome;
import dev.aigate.gate.MetricSource;
import dev.aigate.gate.Threshold;
import dev.aigate.gate.ThresholdEvaluator;
import dev.aigate.gate.ThresholdParser;
import dev.aigate.gate.Verdict;
import dev.aigate.prompts.PromptResults;
import dev.aigate.prompts.PromptsAnalysis;
import dev.aigate.prompts.PromptsMetricSource;
import dev.aigate.prompts.PromptsRun;
import dev.aigate.prompts.analysis.CaseClass;
import dev.aigate.prompts.analysis.CaseSummary;
import dev.aigate.prompts.analysis.PairedComparison;
import dev.aigate.prompts.assertion.AssertionSpec;
import dev.aigate.prompts.assertion.Embedders;
import dev.aigate.prompts.assertion.Grader;
import dev.aigate.prompts.exec.CostBudget;
import dev.aigate.prompts.exec.ModelGrader;
import dev.aigate.prompts.exec.Price;
import dev.aigate.prompts.exec.PriceTable;
import dev.aigate.prompts.exec.ResponseCache;
import dev.aigate.prompts.exec.SideRun;
import dev.aigate.prompts.exec.SuiteRunner;
import dev.aigate.prompts.exec.Target;
import dev.aigate.prompts.suite.PromptFiles;
import dev.aigate.prompts.suite.PromptTemplate;
import dev.aigate.prompts.suite.Suite;
import dev.aigate.report.GateResult;
import dev.aigate.simulator.ScriptRule;
import dev.aigate.simulator.ScriptSet;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the prompt suite stage: opens the candidate (and the baseline, when it is a target), runs the suite on
 * both, compares them case by case, and judges the gates: the McNemar regression gate when there is a baseline,
 * and the thresholds (without either, every case must pass).
 */
public final class PromptsStage {

    public static final String NAME = "prompts";

    /** Above this share of failed calls the suite is inconclusive: too little was answered to judge. */
    private static final double MAX_ERROR_SHARE = 0.10;

    private PromptsStage() {
    }

    /** The metrics a prompts threshold may name, with the suite's named metrics. */
    public static MetricSource catalog(PromptsStageSpec spec) {
        Set<String> named = new TreeSet<>();
        spec.suite().cases().forEach(c -> c.assertions().stream().map(AssertionSpec::metric)
                .filter(java.util.Objects::nonNull).forEach(named::add));
        return PromptsMetricSource.catalog(named);
    }

    public static StageResult run(PromptsStageSpec spec, List<Threshold> thresholds, Map<String, String> environment) {
        ScriptSet scripts = scripts(spec.scripts());
        Suite candidateSuite = withPrompts(spec.suite(), spec.candidate().promptsDir());
        ResponseCache cache = spec.cache().enabled()
                ? new ResponseCache(spec.cache().directory(), spec.cache().ttl(), Clock.systemUTC())
                : ResponseCache.DISABLED;
        CostBudget budget = spec.maxCostUsd() == null ? CostBudget.unlimited() : new CostBudget(spec.maxCostUsd());
        SuiteRunner.Settings settings = new SuiteRunner.Settings(spec.repeat(), spec.concurrency(), spec.rateLimit(),
                spec.shard());
        List<String> notes = new ArrayList<>();
        if (!spec.shard().isWhole()) {
            notes.add("shard " + spec.shard() + ": these pass rates and gates cover this shard's cases only; merge "
                    + "every shard's result.json for the suite's");
        }
        try (Closer closer = new Closer()) {
            Grader grader = spec.grader().map(g -> {
                OpenTarget opened = closer.add(TargetLauncher.open(g, spec.concurrency(), environment, scripts));
                return (Grader) new ModelGrader(opened.client(), opened.describe(), price(spec, g, false));
            }).orElse(Grader.NONE);
            SuiteRunner.Services services = new SuiteRunner.Services(cache, budget, grader, Embedders.local());

            Optional<SideRun> baseline = Optional.empty();
            double estimate = 0;
            Optional<PromptsStageSpec.Baseline> baselineSpec = spec.baseline();
            if (baselineSpec.isPresent() && baselineSpec.get().result().isPresent()) {
                Path stored = baselineSpec.get().result().get();
                PromptsRun previous = PromptResults.read(stored);
                baseline = Optional.of(new SideRun("baseline", previous.candidate().target() + " (stored: " + stored
                        + ")", previous.candidate().attempts(), 0, 0, 0, false));
            } else if (baselineSpec.isPresent()) {
                PromptsStageSpec.Side side = baselineSpec.get().side().orElseThrow();
                Suite suite = withPrompts(spec.suite(), side.promptsDir());
                notes.add("baseline prompts: " + labels(suite));
                SuiteRunner runner = new SuiteRunner(suite, settings, services);
                Target target = target(closer, spec, side.target(), scripts, environment);
                estimate += runner.worstCaseCost(target.price());
                baseline = Optional.of(runner.run("baseline", target));
            }
            notes.add("candidate prompts: " + labels(candidateSuite));
            SuiteRunner runner = new SuiteRunner(candidateSuite, settings, services);
            Target candidateTarget = target(closer, spec, spec.candidate().target(), scripts, environment);
            estimate += runner.worstCaseCost(candidateTarget.price());
            SideRun candidate = Thread.currentThread().isInterrupted()
                    ? new SideRun("candidate", candidateTarget.describe(), List.of(), 0, 0, 0, true)
                    : runner.run("candidate", candidateTarget);

            PromptsRun.Budget budgetState = budget.limited()
                    ? new PromptsRun.Budget(budget.limit(), estimate, budget.tripped()) : null;
            PromptsRun.Grading grading = grader instanceof ModelGrader model && model.calls() > 0
                    ? new PromptsRun.Grading(model.describe(), model.calls(), model.failures(), model.spendUsd())
                    : null;
            List<String> caseOrder = spec.suite().cases().stream().map(c -> c.id()).toList();
            PromptsRun run = new PromptsRun(spec.suite().name(), new PromptsRun.Settings(spec.repeat(), spec.alpha(),
                    spec.margin(), spec.confidence(), spec.shard().toString()), caseOrder, candidate, baseline,
                    budgetState, grading);
            boolean anyCacheable = !spec.candidate().target().isEmbedded() || spec.baseline()
                    .flatMap(PromptsStageSpec.Baseline::side).map(side -> !side.target().isEmbedded()).orElse(false);
            if (cache.enabled() && anyCacheable) {
                notes.add("answer cache: " + spec.cache().directory() + " (ttl " + spec.cache().ttl().toDays()
                        + " days; --no-cache to bypass)");
            }
            return judge(run, thresholds, notes);
        }
    }

    /**
     * Judges a finished (or merged, or partial) run: the regression gate, the thresholds, and whether there was
     * enough to judge at all.
     */
    public static StageResult judge(PromptsRun run, List<Threshold> thresholds, List<String> extraNotes) {
        PromptsAnalysis analysis = PromptsAnalysis.of(run);
        List<String> notes = new ArrayList<>(extraNotes);
        List<GateResult> gates = new ArrayList<>();
        analysis.comparison().ifPresent(c -> gates.add(regressionGate(c, analysis)));
        List<Threshold> effective = thresholds;
        if (thresholds.isEmpty() && analysis.comparison().isEmpty()) {
            effective = List.of(ThresholdParser.parse("pass_rate(prompts) >= 100%"));
            notes.add("no baseline and no threshold given: every case must pass (pass_rate(prompts) >= 100%)");
        }
        List<GateOutcome> outcomes = ThresholdEvaluator.evaluate(effective, PromptsMetricSource.of(analysis));
        outcomes.forEach(o -> gates.add(GateResult.of(NAME, o)));
        Verdict verdict = gates.stream().map(GateResult::verdict).reduce(Verdict.PASS, Verdict::and);

        notes.add("candidate: " + run.candidate().target());
        analysis.baseline().ifPresent(b -> notes.add("baseline: " + b.run().target()));
        long attempts = analysis.candidate().attempts();
        long errors = analysis.candidate().erroredAttempts();
        if (analysis.candidate().judgedCases() == 0) {
            verdict = Verdict.INCONCLUSIVE;
            notes.add("no case could be judged: every call failed or none was sent");
        } else if (errors > MAX_ERROR_SHARE * attempts) {
            verdict = verdict.and(Verdict.INCONCLUSIVE);
            notes.add(String.format(Locale.ROOT, "%d of %d calls failed (more than %.0f%%): too many to judge",
                    errors, attempts, MAX_ERROR_SHARE * 100));
        } else if (errors > 0) {
            notes.add(errors + " of " + attempts + " calls failed; those repeats are left out, not counted as fails");
        }
        firstError(run).ifPresent(e -> notes.add("first failed call: " + e));
        if (run.budget() != null) {
            notes.add(String.format(Locale.ROOT, "cost limit $%.2f, estimated worst case $%.4f before the run",
                    run.budget().limitUsd(), run.budget().estimateUsd()));
            if (run.budget().tripped()) {
                verdict = Verdict.INCONCLUSIVE;
                notes.add("stopped by --max-cost: the next calls would have passed the limit; these are partial "
                        + "results (" + run.candidate().skippedByBudget() + " candidate repeats not sent)");
            }
        }
        if (run.candidate().interrupted() || run.baseline().map(SideRun::interrupted).orElse(false)) {
            verdict = verdict.and(Verdict.INCONCLUSIVE);
            notes.add("interrupted: these are the results gathered until then");
        }
        if (run.grading() != null) {
            notes.add(String.format(Locale.ROOT, "grader %s: %d calls, $%.4f (apart from the suite's cost)",
                    run.grading().grader(), run.grading().calls(), run.grading().costUsd()));
        }
        int reductions = run.candidate().rateLimitReductions();
        if (reductions > 0) {
            notes.add("the target pushed back (429/retries): concurrency halved " + reductions + " times");
        }
        gates.addAll(caseResults(analysis));
        return new StageResult(NAME, verdict, gates, PromptsTables.of(analysis), PromptResults.toJson(analysis), notes);
    }

    private static GateResult regressionGate(PairedComparison c, PromptsAnalysis analysis) {
        String name = String.format(Locale.ROOT, "no regression vs baseline (McNemar p < %s and drop > %s)",
                plain(c.alpha()), percent(c.margin()));
        String found = String.format(Locale.ROOT, "%d of %d paired cases regressed, %d improved; p = %.4f, drop %s",
                c.regressed().size(), c.pairs(), c.improved().size(), c.pValue(), percent(c.drop()));
        if (c.regression()) {
            return new GateResult(NAME, name, Verdict.FAIL, found + ": regressed: " + String.join(", ", c.regressed()));
        }
        String why = c.regressed().isEmpty() ? "" : c.significant() ? " (within the margin)" : " (not significant)";
        return new GateResult(NAME, name, c.pairs() == 0 ? Verdict.INCONCLUSIVE : Verdict.PASS, found + why);
    }

    /** One JUnit testcase per candidate case: failed, flaky, or passed. */
    private static List<GateResult> caseResults(PromptsAnalysis analysis) {
        List<GateResult> cases = new ArrayList<>();
        for (CaseSummary summary : analysis.candidate().cases().values()) {
            String counts = summary.passes() + "/" + summary.judged() + " repeats passed"
                    + (summary.errors() > 0 ? ", " + summary.errors() + " errors" : "");
            GateResult.Kind kind = GateResult.Kind.CASE;
            Verdict verdict;
            String message;
            if (summary.caseClass() == CaseClass.NO_DATA) {
                verdict = Verdict.INCONCLUSIVE;
                message = "no answer: " + counts;
            } else if (summary.passed()) {
                verdict = summary.caseClass() == CaseClass.FLAKY ? Verdict.MARGINAL : Verdict.PASS;
                kind = summary.caseClass() == CaseClass.FLAKY ? GateResult.Kind.FLAKY_CASE : GateResult.Kind.CASE;
                message = summary.caseClass().label() + ": " + counts;
            } else {
                verdict = Verdict.FAIL;
                message = summary.caseClass().label() + ": " + counts + "; "
                        + String.join("; ", summary.example() == null ? List.of() : summary.example().failures());
            }
            cases.add(new GateResult(NAME + ".cases", summary.caseId(), verdict, message, kind));
        }
        return cases;
    }

    private static Optional<String> firstError(PromptsRun run) {
        return run.candidate().attempts().stream().filter(a -> a.error() != null).map(a -> a.error()).findFirst();
    }

    private static Target target(Closer closer, PromptsStageSpec spec, TargetSpec target, ScriptSet scripts,
                                 Map<String, String> environment) {
        OpenTarget opened = closer.add(TargetLauncher.open(target, spec.concurrency(), environment, scripts));
        String identity = target.api() + " " + (target.isEmbedded() ? "embedded" : target.url()) + " " + target.model();
        return new Target(opened.client(), opened.describe(), identity, price(spec, target, spec.maxCostUsd() != null),
                target.isEmbedded(), !target.isEmbedded());
    }

    /** The suite's price for the model, else the list price; unknown prices are an error only under a cost limit. */
    private static Price price(PromptsStageSpec spec, TargetSpec target, boolean required) {
        Price price = spec.prices().get(target.model());
        if (price != null) {
            return price;
        }
        Optional<Price> listed = PriceTable.lookup(target.model());
        if (listed.isPresent()) {
            return listed.get();
        }
        if (required && !target.isEmbedded()) {
            throw new ConfigException("--max-cost: no price known for model '" + target.model() + "'; add it under "
                    + "'prices' ({" + target.model() + ": {input_per_1m: ..., output_per_1m: ...}})");
        }
        return Price.FREE;
    }

    private static Suite withPrompts(Suite suite, Optional<Path> directory) {
        if (directory.isEmpty()) {
            return suite;
        }
        Map<String, PromptTemplate> replacements = PromptFiles.directory(directory.get(), null);
        for (String id : replacements.keySet()) {
            if (!suite.prompts().containsKey(id)) {
                throw new ConfigException(directory.get() + ": prompt '" + id + "' is not in the suite (prompts: "
                        + String.join(", ", suite.prompts().keySet()) + ")");
            }
        }
        return suite.withPrompts(replacements);
    }

    /** The prompts with their versions, e.g. {@code extract-invoice@4, classify-ticket@7}. */
    private static String labels(Suite suite) {
        return String.join(", ", suite.prompts().values().stream().map(PromptTemplate::label).toList());
    }

    private static ScriptSet scripts(List<Path> files) {
        List<ScriptRule> rules = new ArrayList<>();
        for (Path file : files) {
            rules.addAll(ScriptFiles.read(file, "scripts").rules());
        }
        return new ScriptSet(rules);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Closes every target opened for the stage, last first. */
    private static final class Closer implements AutoCloseable {
        private final List<OpenTarget> opened = new ArrayList<>();

        OpenTarget add(OpenTarget target) {
            opened.add(target);
            return target;
        }

        @Override
        public void close() {
            for (int i = opened.size() - 1; i >= 0; i--) {
                opened.get(i).close();
            }
        }
    }
}
