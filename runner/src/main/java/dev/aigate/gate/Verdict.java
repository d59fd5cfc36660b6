package dev.aigate.gate;

/** The outcome of one gate or of a whole release, and the exit code it maps to (SPEC §2, fixed). */
public enum Verdict {
    PASS(0),
    /** A warning: exits 0, reported as such (Jenkins: UNSTABLE). */
    MARGINAL(0),
    FAIL(1),
    /** Not enough to judge: target unreachable, too many errors, no data. */
    INCONCLUSIVE(3);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The lower-case name used in result files and action outputs. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Combines two verdicts: a failure outranks inconclusive, which outranks marginal, which outranks pass. */
    public Verdict and(Verdict other) {
        return severity() >= other.severity() ? this : other;
    }

    private int severity() {
        switch (this) {
            case FAIL:
                return 3;
            case INCONCLUSIVE:
                return 2;
            case MARGINAL:
                return 1;
            default:
                return 0;
        }
    }
}
