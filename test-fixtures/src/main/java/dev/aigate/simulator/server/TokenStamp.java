package dev.aigate.simulator.server;

import dev.aigate.simulator.wire.OutputToken;

/**
 * A stamped token's text ({@code SimulatorConfig.stampTokens}): the {@link System#nanoTime()} at which it is
 * written, and on the first token also when its request was received ({@code written@received}), so a client on
 * the same host can split its TTFT into the request's trip in, the server's wait and the first event's trip out.
 *
 * @param receivedNanos when the server had the whole request
 */
record TokenStamp(long receivedNanos) {

    /** Call just before the token is written: the write happens on the same thread, at once. */
    OutputToken token(int index) {
        long written = System.nanoTime();
        return OutputToken.content(index == 0 ? written + "@" + receivedNanos + " " : written + " ");
    }
}
