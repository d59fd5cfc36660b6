package dev.aigate.run;

import dev.aigate.provider.ModelClient;

/**
 * A target ready to take requests: its client and, when aigate started the server itself (the embedded simulator,
 * a model-server container), that server. Closing it closes both.
 *
 * @param server   the server aigate started for this run, or null for one it only connects to
 * @param describe where requests go, for reports (a URL and model; never a key)
 */
public record OpenTarget(ModelClient client, AutoCloseable server, String describe) implements AutoCloseable {

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            closeServer();
        }
    }

    private void closeServer() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the target's server: " + e.getMessage(), e);
        }
    }
}
