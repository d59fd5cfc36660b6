package dev.aigate.action;

import dev.aigate.pipeline.Numbers;
import dev.aigate.pipeline.StepResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The step's outputs, from a result.json: {@code verdict}, {@code score}, {@code report-dir} (SPEC §1, fixed),
 * then the exit code, gate counts and the result's key figures ({@link dev.aigate.pipeline.KeyFigures}: the
 * benchmark's latencies and throughputs, error rate, prompt pass rate, canary score, cost). The Jenkins steps
 * return the same values. docs/github-action.md lists every name.
 */
final class ActionOutputs {

    private ActionOutputs() {
    }

    static Map<String, String> of(ResultFile result, String reportDir, int exitCode) {
        StepResult step = StepResult.of(result.json(), reportDir);
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("verdict", step.verdict().label());
        outputs.put("score", Numbers.plain(step.score()));
        outputs.put("report-dir", reportDir);
        outputs.put("exit-code", String.valueOf(exitCode));
        outputs.put("gates-total", String.valueOf(step.gates().size()));
        outputs.put("gates-failed", String.valueOf(step.failedGates().size()));
        step.figures().forEach((name, value) -> outputs.put(name, Numbers.plain(value)));
        return outputs;
    }

    /** The outputs when the command wrote no result (bad input): where reports would be, and the exit code. */
    static Map<String, String> withoutResult(String reportDir, int exitCode) {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("report-dir", reportDir);
        outputs.put("exit-code", String.valueOf(exitCode));
        return outputs;
    }
}
