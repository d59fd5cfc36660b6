package dev.aigate.report;

import dev.aigate.config.SourceLocation;
import dev.aigate.gate.GateOutcome;
import dev.aigate.gate.Verdict;

/**
 * One judged gate (or one prompt case) as reports show it, and one JUnit testcase.
 *
 * @param stage    the stage it belongs to, e.g. {@code bench}
 * @param name     what was checked, e.g. the threshold {@code p99(ttft) < 500ms}
 * @param message  what was found, e.g. {@code p99(ttft) = 612.4 ms, limit < 500 ms}
 * @param kind     a release gate, or one prompt case (a JUnit testcase that does not decide the verdict by itself)
 * @param location where the gate was written (a gate-file line), or null for a flag; CI annotations point there
 */
public record GateResult(String stage, String name, Verdict verdict, String message, Kind kind,
        SourceLocation location) {

    /** What a result stands for. */
    public enum Kind {
        /** A gate: its verdict counts toward the release verdict. */
        GATE,
        /** One case of a prompt suite: reported per case (junit.xml), judged through the suite's gates. */
        CASE,
        /** A case whose repeats disagreed but whose majority passed: junit.xml marks it flaky. */
        FLAKY_CASE,
        /**
         * A gate its own rule leaves out of the verdict (a canary metric without data under {@code nodata: ignore}):
         * reported as not judged, and skipped in junit.xml, since it decided nothing.
         */
        NOT_SCORED
    }

    /** A gate with no source location (a {@code --threshold} flag, or a gate no file declared). */
    public GateResult(String stage, String name, Verdict verdict, String message) {
        this(stage, name, verdict, message, Kind.GATE, null);
    }

    /** The report line of a judged threshold. */
    public static GateResult of(String stage, GateOutcome outcome) {
        return new GateResult(stage, outcome.threshold(), outcome.verdict(), outcome.message());
    }

    /** A gate or case with no source location. */
    public GateResult(String stage, String name, Verdict verdict, String message, Kind kind) {
        this(stage, name, verdict, message, kind, null);
    }

    public GateResult withLocation(SourceLocation where) {
        return new GateResult(stage, name, verdict, message, kind, where);
    }

    /** A gate, scored or not, as opposed to one prompt case. */
    public boolean isGate() {
        return kind == Kind.GATE || kind == Kind.NOT_SCORED;
    }
}
