package dev.aigate.report;

import dev.aigate.gate.Verdict;

/**
 * One judged gate as reports show it, and one JUnit testcase.
 *
 * @param stage   the stage it belongs to, e.g. {@code bench}
 * @param name    what was checked, e.g. the threshold {@code p99(ttft) < 500ms}
 * @param message what was found, e.g. {@code p99(ttft) = 612.4 ms, limit < 500 ms}
 */
public record GateResult(String stage, String name, Verdict verdict, String message) {
}
