package dev.aigate.gpu;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds a program the way a shell would: an explicit override variable first, then the {@code PATH}. */
public final class Executables {

    private Executables() {
    }

    /**
     * The program {@code name}: the path in {@code overrideVariable} when the environment sets it (used as given,
     * so tests and unusual installs can point at one), else the first executable {@code name} on {@code PATH},
     * else the first existing of {@code fallbacks}.
     */
    public static Optional<Path> find(String name, String overrideVariable, Map<String, String> environment,
            Path... fallbacks) {
        String override = environment.get(overrideVariable);
        if (override != null && !override.isBlank()) {
            return Optional.of(Path.of(override));
        }
        String path = environment.getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty()) {
                Path candidate = Path.of(directory, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        for (Path fallback : fallbacks) {
            if (Files.isRegularFile(fallback) && Files.isExecutable(fallback)) {
                return Optional.of(fallback);
            }
        }
        return Optional.empty();
    }
}
