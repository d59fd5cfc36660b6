package dev.aigate.report;

import dev.aigate.config.SourceLocation;
import dev.aigate.gate.Verdict;

/**
 * One judged gate as reports show it, and one JUnit testcase.
 *
 * @param stage    the stage it belongs to, e.g. {@code bench}
 * @param name     what was checked, e.g. the threshold {@code p99(ttft) < 500ms}
 * @param message  what was found, e.g. {@code p99(ttft) = 612.4 ms, limit < 500 ms}
 * @param location where the gate was written (a gate-file line), or null for a flag; CI annotations point there
 */
public record GateResult(String stage, String name, Verdict verdict, String message, SourceLocation location) {

    /** A gate with no source location (a {@code --threshold} flag, or a gate no file declared). */
    public GateResult(String stage, String name, Verdict verdict, String message) {
        this(stage, name, verdict, message, null);
    }

    public GateResult withLocation(SourceLocation where) {
        return new GateResult(stage, name, verdict, message, where);
    }
}
