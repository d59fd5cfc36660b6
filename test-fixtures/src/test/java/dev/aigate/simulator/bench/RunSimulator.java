package dev.aigate.simulator.bench;

import dev.aigate.simulator.LlmSimulator;
import dev.aigate.simulator.SimulatorConfig;
import java.time.Duration;

/**
 * Starts a fixed-latency simulator in its own JVM for {@link StreamingLoadBench} {@code --port P} (not a test;
 * the product's way is {@code aigate simulate}). Prints its stats when stopped.
 *
 * <pre>java -cp ... dev.aigate.simulator.bench.RunSimulator PORT TTFT_MS ITL_MS</pre>
 */
public final class RunSimulator {

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        SimulatorConfig config = SimulatorConfig.builder().port(port)
                .fixedLatency(Duration.ofMillis(Long.parseLong(args[1])), Duration.ofMillis(Long.parseLong(args[2])))
                .build();
        LlmSimulator simulator = LlmSimulator.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("simulator stats: " + simulator.stats());
            simulator.close();
        }));
        System.out.println("simulator listening on " + simulator.baseUrl());
        Thread.currentThread().join();
    }
}
