package dev.aigate.action;

import dev.aigate.config.ConfigException;
import java.util.ArrayList;
import java.util.List;

/** Turns the action's inputs into one aigate command line, exactly as a user would type it. */
final class AigateArguments {

    private AigateArguments() {
    }

    static List<String> of(ActionInputs inputs) {
        List<String> line = new ArrayList<>();
        line.add(inputs.command());
        if (inputs.config() != null) {
            switch (inputs.command()) {
                case "run":
                case "prompts":
                    line.add(inputs.config()); // the gate file or suite is their positional argument
                    break;
                case "bench":
                case "merge":
                    throw new ConfigException("input 'config': " + inputs.command() + " takes its settings as flags; "
                            + "put them in 'args'" + (inputs.command().equals("bench")
                                    ? " or use command 'run' with a gate file" : ""));
                default:
                    line.add("--config");
                    line.add(inputs.config());
                    break;
            }
        } else if (inputs.command().equals("run")) {
            throw new ConfigException("input 'config': command 'run' needs a gate file, e.g. config: aigate.yaml");
        }
        if (inputs.baseline() != null) {
            line.add("--baseline");
            line.add(inputs.baseline());
        }
        for (String threshold : inputs.thresholds()) {
            line.add("--threshold");
            line.add(threshold);
        }
        line.addAll(inputs.args());
        if (outDir(inputs.args()) == null) {
            line.add("--out");
            line.add(inputs.outDir().toString());
        }
        return line;
    }

    /** The directory an {@code --out DIR} or {@code --out=DIR} in {@code line} names, or null. */
    static String outDir(List<String> line) {
        String dir = null;
        for (int i = 0; i < line.size(); i++) {
            String word = line.get(i);
            if (word.equals("--out") && i + 1 < line.size()) {
                dir = line.get(i + 1);
            } else if (word.startsWith("--out=")) {
                dir = word.substring("--out=".length());
            }
        }
        return dir;
    }
}
