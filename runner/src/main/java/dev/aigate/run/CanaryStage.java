package dev.aigate.run;

import dev.aigate.canary.CanaryData;
import dev.aigate.canary.CanaryInput;
import dev.aigate.canary.CanaryQuantiles;
import dev.aigate.canary.CanaryJudge;
import dev.aigate.canary.CanaryJudgement;
import dev.aigate.canary.CanaryStageSpec;
import dev.aigate.canary.LiveCanary;
import dev.aigate.canary.ResultFiles;
import dev.aigate.canary.SamplesFile;
import dev.aigate.canary.SequentialMonitor;
import dev.aigate.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the canary stage: gathers baseline and candidate data (files, plain samples, or live interleaved traffic to
 * two targets), judges them, and returns the verdict with the judge's JSON (SPEC §5 keys) as the stage's result.
 */
public final class CanaryStage {

    public static final String NAME = CanaryJudgement.STAGE;

    private CanaryStage() {
    }

    public static StageResult run(CanaryStageSpec stage, Map<String, String> environment) {
        return judge(load(stage, environment), stage);
    }

    static StageResult judge(CanaryData data, CanaryStageSpec stage) {
        CanaryJudgement judgement;
        try {
            judgement = CanaryJudge.judge(data, stage.config());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(data.source() + ": " + e.getMessage());
        }
        List<String> notes = new ArrayList<>();
        notes.add("compared: " + data.source());
        if (data.sequential() != null) {
            notes.add("sequential test stopped the live canary early: " + data.sequential().reason());
        }
        notes.addAll(judgement.score().notes());
        data.requests().forEach((side, outcomes) -> outcomes.describeBehindSchedule(side).ifPresent(notes::add));
        return new StageResult(NAME, judgement.verdict(), judgement.gates(), List.of(judgement.table()),
                CanaryQuantiles.attach(judgement.toJson(), data), notes);
    }

    private static CanaryData load(CanaryStageSpec stage, Map<String, String> environment) {
        CanaryInput input = stage.input();
        if (input instanceof CanaryInput.Samples samples) {
            return SamplesFile.read(samples.file());
        }
        if (input instanceof CanaryInput.ResultFiles files) {
            return ResultFiles.read(files.baseline(), files.candidate());
        }
        CanaryInput.Live live = (CanaryInput.Live) input;
        int concurrency = live.spec().concurrency();
        SequentialMonitor monitor = live.spec().sequential()
                ? new SequentialMonitor(stage.config(), live.spec().minimumPairs()) : null;
        try (OpenTarget baseline = TargetLauncher.open(live.baseline(), concurrency, environment);
                OpenTarget candidate = TargetLauncher.open(live.candidate(), concurrency, environment)) {
            return LiveCanary.collect(new LiveCanary.Target(baseline.client(), live.baseline().model()),
                    new LiveCanary.Target(candidate.client(), live.candidate().model()), live.spec(),
                    "live: " + baseline.describe() + " vs " + candidate.describe(), monitor);
        }
    }
}
