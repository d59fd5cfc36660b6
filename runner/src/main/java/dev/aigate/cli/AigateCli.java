package dev.aigate.cli;

import dev.aigate.AigateVersion;
import dev.aigate.config.ConfigException;
import dev.aigate.container.ContainerException;
import dev.aigate.secrets.Redactor;
import dev.aigate.secrets.RedactingWriter;
import io.netty.util.ResourceLeakDetector;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code aigate} command line: a thin adapter that parses flags into the library's configuration, runs it,
 * and maps the verdict to the exit codes of SPEC §2. Every line it prints passes through the {@link Redactor}.
 */
@Command(name = "aigate", mixinStandardHelpOptions = true, versionProvider = AigateCli.Version.class,
        description = "Gates AI releases in CI: prompt suites, serving benchmarks, canary statistics, cost.",
        footer = {"", "Exit codes: 0 every gate passed (marginal included), 1 a gate failed, 2 usage or configuration "
                + "error, 3 inconclusive (target unreachable, too many errors, no data)."})
public final class AigateCli implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        withoutNettyDiagnostics();
        Redactor redactor = Redactor.global();
        PrintWriter out = new PrintWriter(new RedactingWriter(
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8), redactor), true);
        PrintWriter err = new PrintWriter(new RedactingWriter(
                new OutputStreamWriter(System.err, StandardCharsets.UTF_8), redactor), true);
        int code = execute(args, new CliContext(out, err, System.getenv()));
        out.flush();
        err.flush();
        if (!shuttingDown()) {
            System.exit(code);
        }
        // Stopped by a signal: System.exit would block behind the running shutdown hooks; the JVM exits by itself
        // once they finish (with the signal's status, e.g. 130 for Ctrl-C).
    }

    /**
     * Two Netty diagnostics that cost the paths timing every event are off here unless their system properties ask
     * for them (the tests keep both): leak tracking samples buffers and records a stack trace at each hand-over
     * (about 2% of the client's and the simulator's CPU at 512 streams; {@code -Dio.netty.leakDetection.level});
     * and the buffer allocator's JFR events load the JFR machinery when an event loop first allocates, about half
     * a second on a 2-core runner, just as the first requests are timed ({@code -Dio.netty.jfr.enabled}).
     */
    private static void withoutNettyDiagnostics() {
        // Before any Netty class reads it: ResourceLeakDetector below initialises Netty's platform probe.
        if (System.getProperty("io.netty.jfr.enabled") == null) {
            System.setProperty("io.netty.jfr.enabled", "false");
        }
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
    }

    private static boolean shuttingDown() {
        try {
            Thread probe = new Thread(() -> { });
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** Runs one command line in-process and returns its exit code; used by main and by tests. */
    static int execute(String[] args, CliContext context) {
        Redactor.global().registerSecretsFrom(context.environment());
        CommandLine commandLine = build(context);
        return commandLine.execute(args);
    }

    static CommandLine build(CliContext context) {
        CommandLine commandLine = new CommandLine(new AigateCli());
        for (CommandLine sub : Commands.all(context)) {
            commandLine.addSubcommand(sub);
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setParameterExceptionHandler((ex, args) -> badUsage(ex, context.err()));
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> failed(ex, cmd, context.err()));
        return commandLine;
    }

    /** No command given: a usage error, as a command group without its subcommand is ({@code aigate gpu}). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    private static int badUsage(ParameterException ex, PrintWriter err) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        StringBuilder line = new StringBuilder(command).append(": ").append(ex.getMessage());
        if (ex instanceof UnmatchedArgumentException) {
            List<String> suggestions = ((UnmatchedArgumentException) ex).getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append("; did you mean '").append(suggestions.get(0)).append("'?");
            }
        }
        line.append(" (see '").append(command).append(" --help')");
        err.println(line);
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int failed(Exception ex, CommandLine command, PrintWriter err) {
        boolean debug = command.getParseResult() != null && command.getParseResult().hasMatchedOption("--debug");
        if (debug) {
            ex.printStackTrace(err);
        }
        String name = command.getCommandSpec().qualifiedName();
        int code;
        if (ex instanceof ConfigException) {
            err.println(name + ": " + ex.getMessage());
            code = ExitCodes.USAGE;
        } else if (ex instanceof ContainerException) {
            err.println(name + ": " + ex.getMessage());
            code = ExitCodes.INCONCLUSIVE;
        } else {
            err.println(name + ": internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
            code = ExitCodes.INCONCLUSIVE;
        }
        err.flush();
        return code;
    }

    /** Reads the version stamped into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"aigate " + AigateVersion.get()};
        }
    }
}
