package dev.aigate.cli;

import dev.aigate.action.GithubAction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code aigate action}: the GitHub Action's entrypoint (action/entrypoint.sh runs it in the action's container).
 * Hidden: it takes no flags, only GitHub's {@code INPUT_*} and {@code GITHUB_*} variables (docs/github-action.md).
 */
@Command(name = "action", hidden = true, mixinStandardHelpOptions = true,
        description = "Run as a GitHub Action step: inputs from INPUT_* variables, outputs to $GITHUB_OUTPUT.")
final class ActionCommand implements Callable<Integer> {

    private final CliContext context;

    ActionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return new GithubAction(context.environment(), context.out()).run(args -> {
            StringWriter captured = new StringWriter();
            PrintWriter err = new PrintWriter(new TeeWriter(context.err(), captured), true);
            int code = AigateCli.execute(args.toArray(String[]::new),
                    new CliContext(context.out(), err, context.environment()));
            err.flush();
            return new GithubAction.Invocation(code, captured.toString());
        });
    }
}
