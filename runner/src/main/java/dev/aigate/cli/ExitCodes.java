package dev.aigate.cli;

/** The process exit codes of SPEC §2 (fixed). */
final class ExitCodes {

    static final int PASS = 0;
    static final int GATE_FAILED = 1;
    static final int USAGE = 2;
    static final int INCONCLUSIVE = 3;

    private ExitCodes() {
    }
}
