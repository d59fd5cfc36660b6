package dev.aigate.run;

import dev.aigate.provider.ModelClient;
import dev.aigate.simulator.LlmSimulator;

/**
 * A target ready to take requests: its client and, for {@code embedded}, the simulator serving it. Closing it
 * closes both.
 *
 * @param simulator the in-process simulator, or null for a real server
 * @param describe  where requests go, for reports (a URL and model; never a key)
 */
public record OpenTarget(ModelClient client, LlmSimulator simulator, String describe) implements AutoCloseable {

    @Override
    public void close() {
        client.close();
        if (simulator != null) {
            simulator.close();
        }
    }
}
