package dev.aigate.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What commands share from the process: redacted output streams and the environment (API keys are read from it,
 * never from flags).
 */
record CliContext(PrintWriter out, PrintWriter err, Map<String, String> environment) {
}
