package dev.aigate.jenkins;

import dev.aigate.secrets.Redactor;
import hudson.console.LineTransformationOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The runner's console on its way into the build log: every line passes the runner's {@link Redactor} with the
 * step's API key registered (the runner masks its own output too; this guards the log should anything slip), and
 * the last non-blank line is kept: a run that wrote no result ends with the one line that says why.
 */
final class MaskedConsole extends LineTransformationOutputStream.Delegating {

    private final Redactor redactor = Redactor.of(Map.of());
    private String lastLine = "";

    MaskedConsole(OutputStream log, String secret) {
        super(log);
        redactor.register(secret);
    }

    @Override
    protected void eol(byte[] bytes, int length) throws IOException {
        String line = redactor.redact(new String(bytes, 0, length, StandardCharsets.UTF_8));
        if (!line.isBlank()) {
            lastLine = trimEOL(line);
        }
        out.write(line.getBytes(StandardCharsets.UTF_8));
    }

    String lastLine() {
        return lastLine;
    }

    /** Leaves the build log open: it belongs to the step's listener. */
    @Override
    public void close() throws IOException {
        forceEol();
        out.flush();
    }
}
