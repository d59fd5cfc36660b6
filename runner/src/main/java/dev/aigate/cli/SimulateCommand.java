package dev.aigate.cli;

import dev.aigate.config.ConfigException;
import dev.aigate.config.Durations;
import dev.aigate.config.ScriptFiles;
import dev.aigate.config.TargetSpec;
import dev.aigate.gate.Verdict;
import dev.aigate.report.Report;
import dev.aigate.report.ResultJson;
import dev.aigate.report.Table;
import dev.aigate.simulator.Endpoint;
import dev.aigate.simulator.FaultKind;
import dev.aigate.simulator.FaultPlan;
import dev.aigate.simulator.LlmSimulator;
import dev.aigate.simulator.SimulatorConfig;
import dev.aigate.simulator.SimulatorStats;
import dev.aigate.simulator.TokenLag;
import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aigate simulate}: serves the LLM server simulator until Ctrl-C (or {@code --duration}). */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the LLM server simulator: OpenAI-compatible and Anthropic APIs with a continuous-batching "
                + "latency model, scripted responses and fault injection (docs/simulator.md).")
final class SimulateCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default 8000).")
    int port = 8000;

    @Option(names = "--host", description = "Address to bind (default 127.0.0.1; 0.0.0.0 inside a container).")
    String host = "127.0.0.1";

    @Option(names = "--profile", description = "Latency profile (default 'default' = llama-3.1-8b-h100).")
    String profile = TargetSpec.DEFAULT_PROFILE;

    @Option(names = "--seed", description = "Seed of every random choice (default 42).")
    long seed = 42;

    @Option(names = "--ttft", paramLabel = "D", description = "Fixed-latency mode: exact time to first token, e.g. 50ms.")
    String ttft;

    @Option(names = "--itl", paramLabel = "D", description = "Fixed-latency mode: exact gap between tokens, e.g. 10ms.")
    String itl;

    @Option(names = "--faults", paramLabel = "KIND=RATE,...",
            description = "Fault rates, e.g. http_429=0.05,http_503=0.01,reset=0.01,cut=0.01,bad_json=0.01,stall=0.01,"
                    + "retry_after=1,stall_ms=2000.")
    String faults;

    @Option(names = "--scripts", paramLabel = "FILE", description = "Scripted responses (YAML), for prompt suites.")
    Path scripts;

    @Option(names = "--require-api-key-env", paramLabel = "VAR",
            description = "Answer 401 unless requests carry the key held in this environment variable.")
    String requireApiKeyEnv;

    @Option(names = "--stamp-tokens", description = "Each streamed token's text is the monotonic time (ns) at which it "
            + "was written, the first token's followed by @ and when its request was received: the truth for a "
            + "client's accuracy on this host (benchmarks/accuracy/stamped.sh).")
    boolean stampTokens;

    @Option(names = "--duration", paramLabel = "D", description = "Stop after this long (default: until Ctrl-C).")
    String duration;

    @Mixin
    CommonOptions common;

    SimulateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!common.thresholds().isEmpty()) {
            throw new ConfigException("--threshold: the simulator has no metrics to gate; use it as a target of run or bench");
        }
        SimulatorConfig config = config();
        return Interruptible.runAndPublish("simulate", () -> serve(config), new ReportPublisher(context.out()),
                common);
    }

    private Report serve(SimulatorConfig config) {
        try (LlmSimulator simulator = start(config)) {
            context.out().println("aigate simulator listening on " + simulator.baseUrl() + " (profile " + profile
                    + ", seed " + seed + ")" + (duration == null ? "; Ctrl-C stops it" : "; stops after " + duration));
            context.out().flush();
            waitUntilDone();
            return report(simulator.stats());
        }
    }

    private static LlmSimulator start(SimulatorConfig config) {
        try {
            return LlmSimulator.start(config);
        } catch (UnresolvedAddressException e) {
            throw new ConfigException("--host " + config.host() + ": not an address or host name of this machine");
        } catch (Exception e) { // Netty throws its checked bind failure undeclared
            if (String.valueOf(e.getMessage()).contains("Address already in use")) {
                throw new ConfigException("--port " + config.port() + ": address already in use");
            }
            if (e instanceof BindException) {
                throw new ConfigException("--host " + config.host() + ": cannot listen there (" + e.getMessage() + ")");
            }
            throw e;
        }
    }

    private void waitUntilDone() {
        try {
            if (duration == null) {
                Thread.sleep(Long.MAX_VALUE);
            } else {
                Thread.sleep(Durations.parseFlag("--duration", duration).toMillis());
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    private SimulatorConfig config() {
        if (port < 0 || port > 65535) {
            throw new ConfigException("--port must be between 0 and 65535, got " + port);
        }
        TargetSpec.checkProfile(profile, message -> new ConfigException("--profile: " + message));
        if (duration != null) {
            Durations.parseFlag("--duration", duration);
        }
        SimulatorConfig.Builder builder = SimulatorConfig.builder().host(host).port(port).profile(profile).seed(seed)
                .stampTokens(stampTokens);
        if (ttft != null || itl != null) {
            if (ttft == null || itl == null) {
                throw new ConfigException("--ttft and --itl go together (fixed-latency mode)");
            }
            builder.fixedLatency(Durations.parseFlag("--ttft", ttft), Durations.parseFlag("--itl", itl));
        }
        if (faults != null) {
            try {
                builder.faults(FaultPlan.parse(faults));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("--faults: " + e.getMessage());
            }
        }
        if (scripts != null) {
            builder.scripts(ScriptFiles.read(scripts, "--scripts"));
        }
        if (requireApiKeyEnv != null) {
            String key = context.environment().get(requireApiKeyEnv);
            if (key == null || key.isBlank()) {
                throw new ConfigException("--require-api-key-env: variable " + requireApiKeyEnv + " is not set");
            }
            builder.requiredApiKey(key);
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private Report report(SimulatorStats stats) {
        List<List<String>> requests = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            requests.add(List.of(endpoint.name().toLowerCase(java.util.Locale.ROOT),
                    String.valueOf(stats.requests(endpoint))));
        }
        List<List<String>> faultRows = new ArrayList<>();
        for (FaultKind kind : FaultKind.values()) {
            faultRows.add(List.of(kind.name().toLowerCase(java.util.Locale.ROOT), String.valueOf(stats.faults(kind))));
        }
        var details = ResultJson.MAPPER.createObjectNode();
        details.put("profile", profile);
        details.put("seed", seed);
        details.put("peak_concurrent_streams", stats.peakConcurrentStreams());
        details.put("tokens_generated", stats.tokensGenerated());
        requests.forEach(row -> details.with("requests").put(row.get(0), Long.parseLong(row.get(1))));
        faultRows.forEach(row -> details.with("faults").put(row.get(0), Long.parseLong(row.get(1))));
        // How late tokens left the latency model: tells "the simulator fell behind" from "the client did".
        TokenLag lag = stats.scheduleLag();
        details.putObject("schedule_lag_us").put("tokens", lag.tokens()).put("p50", lag.p50Micros())
                .put("p99", lag.p99Micros()).put("max", lag.maxMicros());
        return new Report("simulate", "simulator, profile " + profile, Verdict.PASS, List.of(),
                List.of(new Table("Requests served", List.of("endpoint", "requests"), requests),
                        new Table("Faults injected", List.of("fault", "count"), faultRows)),
                details, List.of("peak concurrent streams: " + stats.peakConcurrentStreams(),
                        "tokens left the latency model late by p50 " + lag.p50Micros() + " µs, p99 "
                                + lag.p99Micros() + " µs, max " + lag.maxMicros() + " µs (" + lag.tokens()
                                + " tokens)"), Instant.now());
    }
}
