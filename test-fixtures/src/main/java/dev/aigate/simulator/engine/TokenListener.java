package dev.aigate.simulator.engine;

/** Receives a sequence's tokens, on the sequence's own executor, in order. */
@FunctionalInterface
public interface TokenListener {

    /**
     * Token {@code index} (0-based) has been generated.
     *
     * @param last whether it is the sequence's final token
     */
    void onToken(int index, boolean last);
}
