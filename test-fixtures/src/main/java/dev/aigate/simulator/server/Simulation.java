package dev.aigate.simulator.server;

import dev.aigate.simulator.Endpoint;
import dev.aigate.simulator.SimulatorConfig;
import dev.aigate.simulator.engine.InferenceEngine;
import dev.aigate.simulator.engine.SeededRandom;
import dev.aigate.simulator.wire.AnthropicMessagesFormat;
import dev.aigate.simulator.wire.OpenAiChatFormat;
import dev.aigate.simulator.wire.OpenAiCompletionsFormat;
import dev.aigate.simulator.wire.WireFormat;
import java.util.concurrent.atomic.AtomicLong;

/** What every connection of one simulator shares: config, latency engine, reply planner, counters. */
final class Simulation {

    private static final WireFormat CHAT = new OpenAiChatFormat();
    private static final WireFormat COMPLETIONS = new OpenAiCompletionsFormat();
    private static final WireFormat MESSAGES = new AnthropicMessagesFormat();

    final SimulatorConfig config;
    final InferenceEngine engine;
    final StatsRecorder stats;
    final RequestParser parser;
    final ReplyPlanner planner;
    final ApiKeyCheck apiKeyCheck;
    private final AtomicLong arrivals = new AtomicLong();

    Simulation(SimulatorConfig config, InferenceEngine engine, StatsRecorder stats) {
        this.config = config;
        this.engine = engine;
        this.stats = stats;
        this.parser = new RequestParser(config.profile().model());
        this.planner = new ReplyPlanner(config.scripts(), config.profile().outputLength(), config.seed());
        this.apiKeyCheck = new ApiKeyCheck(config.requiredApiKey());
    }

    /** The next generation request's arrival index, which keys its fault and random choices. */
    long nextArrival() {
        return arrivals.getAndIncrement();
    }

    String responseId(WireFormat format, long arrival) {
        return format.idPrefix() + Long.toHexString(SeededRandom.mix(config.seed(), arrival));
    }

    static WireFormat formatOf(Endpoint endpoint) {
        return switch (endpoint) {
            case COMPLETIONS -> COMPLETIONS;
            case MESSAGES -> MESSAGES;
            default -> CHAT;
        };
    }
}
