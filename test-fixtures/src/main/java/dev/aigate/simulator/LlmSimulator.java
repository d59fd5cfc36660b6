package dev.aigate.simulator;

import dev.aigate.simulator.server.SimulatorServer;

/**
 * An in-process LLM inference server that speaks the OpenAI, Azure OpenAI and Anthropic HTTP APIs, with a
 * continuous-batching (or fixed) latency model, injectable faults and scripted answers. The embedded default
 * target of aigate, and what its tests run against.
 *
 * <pre>
 * try (LlmSimulator sim = LlmSimulator.start(SimulatorConfig.builder().profile("fast").seed(7).build())) {
 *     String url = sim.baseUrl(); // http://127.0.0.1:PORT/v1
 * }
 * </pre>
 */
public final class LlmSimulator implements AutoCloseable {

    private final SimulatorConfig config;
    private final SimulatorServer server;

    private LlmSimulator(SimulatorConfig config, SimulatorServer server) {
        this.config = config;
        this.server = server;
    }

    /** Binds the configured address and starts serving. */
    public static LlmSimulator start(SimulatorConfig config) {
        return new LlmSimulator(config, SimulatorServer.start(config));
    }

    public int port() {
        return server.port();
    }

    /** The OpenAI-style base URL, e.g. {@code http://127.0.0.1:8000/v1}. */
    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/v1";
    }

    public SimulatorConfig config() {
        return config;
    }

    /** Requests served by endpoint, faults injected by kind, concurrent streams. */
    public SimulatorStats stats() {
        return server.stats();
    }

    /** Stops serving and closes every connection. */
    @Override
    public void close() {
        server.close();
    }
}
