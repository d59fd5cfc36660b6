package dev.aigate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command of the contract (SPEC §2) that this version does not do yet: it is listed in {@code --help} and, when
 * called, says so plainly and exits 2 instead of pretending.
 */
final class PendingCommand implements Callable<Integer> {

    private final String name;
    private final PrintWriter err;

    private PendingCommand(String name, PrintWriter err) {
        this.name = name;
        this.err = err;
    }

    static CommandLine create(String name, String description, PrintWriter err) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(new PendingCommand(name, err));
        spec.name(name);
        spec.usageMessage().description(description + " (not built yet in this version)");
        spec.parser().unmatchedArgumentsAllowed(true);
        spec.mixinStandardHelpOptions(true);
        return new CommandLine(spec);
    }

    @Override
    public Integer call() {
        err.println("aigate " + name + ": not built yet in this version; see 'aigate --help' for the commands that are.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
