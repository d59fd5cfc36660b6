package dev.aigate.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A gate file's text written to {@code gate.yaml} in a folder and parsed, for parser tests. */
record WrittenGateFile(Path dir) {

    GateFile parse(String yaml) throws IOException {
        return GateFileParser.parse(Files.writeString(path(), yaml));
    }

    /** The start of an error message about {@code line:column} of the file, e.g. {@code /tmp/x/gate.yaml:3:10: }. */
    String at(String lineAndColumn) {
        return path() + ":" + lineAndColumn + ": ";
    }

    private Path path() {
        return dir.resolve("gate.yaml");
    }
}
