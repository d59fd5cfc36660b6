package dev.aigate.prompts.analysis;

/** How a case behaved over its repeats. */
public enum CaseClass {
    /** Every repeat passed. */
    STABLE_PASS,
    /** Every repeat failed. */
    STABLE_FAIL,
    /** Some passed, some failed: the model is not deterministic on this case. */
    FLAKY,
    /** Every call failed (infrastructure), so nothing could be judged. */
    NO_DATA;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
