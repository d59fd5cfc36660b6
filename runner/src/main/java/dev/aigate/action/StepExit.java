package dev.aigate.action;

/**
 * The step's exit code (SPEC §2): the verdict's, except that a marginal verdict fails the step (1) when the
 * workflow asked for it with {@code fail-on-marginal: true}. Without a result the command's own code stands.
 */
final class StepExit {

    private StepExit() {
    }

    /** @param verdict the result's verdict label, or null when the command wrote no result */
    static int code(String verdict, int commandExit, boolean failOnMarginal) {
        if (verdict == null) {
            return commandExit;
        }
        switch (verdict) {
            case "pass":
                return 0;
            case "marginal":
                return failOnMarginal ? 1 : 0;
            case "fail":
                return 1;
            case "inconclusive":
                return 3;
            default:
                return commandExit;
        }
    }
}
