package dev.aigate.bench;

import java.util.Locale;

/** Why a benchmark stopped sending requests. */
public enum StopReason {
    /** The requested number of measured requests was sent. */
    REQUESTS,
    /** The requested duration passed. */
    DURATION,
    /** The run was interrupted (e.g. Ctrl-C); its result holds what was gathered until then. */
    INTERRUPTED;

    /** The lower-case name written to result files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
