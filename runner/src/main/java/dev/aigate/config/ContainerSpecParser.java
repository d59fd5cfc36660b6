package dev.aigate.config;

import dev.aigate.container.ContainerSpec;
import dev.aigate.container.GpuRequest;
import dev.aigate.container.VolumeMount;
import dev.aigate.text.ShellWords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a target's {@code container:} section (docs/containers.md) into a {@link ContainerSpec}. Relative host
 * paths (volumes, the model cache, the log file) are taken from the gate file's folder, and {@code ~} is the home
 * folder, so a gate file means the same wherever it is run from.
 */
final class ContainerSpecParser {

    /** Where Hugging Face's libraries (vLLM, TGI, SGLang) keep downloaded weights when running as root. */
    static final String HF_CACHE_IN_CONTAINER = "/root/.cache/huggingface";

    private static final Set<String> KEYS = Set.of("image", "entrypoint", "command", "env", "pass_env", "port",
            "base_path", "volumes", "model_cache", "gpus", "ready_path", "ready_timeout", "logs");

    private ContainerSpecParser() {
    }

    static ContainerSpec parse(ConfigNode node, Path gateFileFolder) {
        ConfigMap map = node.asMap().allowOnly(KEYS);
        ContainerSpec.Builder spec = ContainerSpec.builder(map.require("image").asString());
        map.get("entrypoint").ifPresent(n -> spec.entrypoint(words(n)));
        map.get("command").ifPresent(n -> spec.command(words(n)));
        map.get("env").ifPresent(n -> {
            ConfigMap env = n.asMap();
            env.keys().forEach(name -> spec.env(name, env.get(name).map(ConfigNode::asString).orElse("")));
        });
        map.get("pass_env").ifPresent(n -> spec.passEnv(strings(n)));
        map.get("port").ifPresent(n -> spec.port(port(n)));
        map.get("base_path").ifPresent(n -> spec.basePath(absolutePath(n)));
        List<VolumeMount> volumes = new ArrayList<>();
        map.get("model_cache").ifPresent(n -> volumes.add(new VolumeMount(hostPath(n.asString(), gateFileFolder),
                HF_CACHE_IN_CONTAINER, false)));
        map.get("volumes").ifPresent(n -> n.asList().forEach(item -> volumes.add(volume(item, gateFileFolder))));
        spec.volumes(volumes);
        map.get("gpus").ifPresent(n -> spec.gpus(gpus(n)));
        map.get("ready_path").ifPresent(n -> spec.readyPaths(n.isList()
                ? n.asList().stream().map(ContainerSpecParser::absolutePath).toList()
                : List.of(absolutePath(n))));
        map.get("ready_timeout").ifPresent(n -> spec.readyTimeout(n.asDuration()));
        map.get("logs").ifPresent(n -> spec.logFile(gateFileFolder.resolve(expandHome(n.asString()))));
        try {
            return spec.build();
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    /** A list of words, or one string split as a shell would ({@code --model x --port 8000}). */
    private static List<String> words(ConfigNode node) {
        if (node.isList()) {
            return strings(node);
        }
        try {
            return ShellWords.split(node.asString());
        } catch (IllegalArgumentException e) {
            throw node.error("'" + node.path() + "': " + e.getMessage());
        }
    }

    private static List<String> strings(ConfigNode node) {
        return node.asList().stream().map(ConfigNode::asString).toList();
    }

    private static int port(ConfigNode node) {
        int port = node.asInt(1);
        if (port > 65535) {
            throw node.error("'" + node.path() + "' must be a port between 1 and 65535, got " + port);
        }
        return port;
    }

    private static String absolutePath(ConfigNode node) {
        String path = node.asString();
        if (!path.startsWith("/")) {
            throw node.error("'" + node.path() + "' must start with '/', got '" + path + "'");
        }
        return path;
    }

    private static VolumeMount volume(ConfigNode node, Path gateFileFolder) {
        try {
            VolumeMount parsed = VolumeMount.parse(node.asString());
            return new VolumeMount(hostPath(parsed.source(), gateFileFolder), parsed.target(), parsed.readOnly());
        } catch (IllegalArgumentException e) {
            throw node.error("'" + node.path() + "': " + e.getMessage());
        }
    }

    private static GpuRequest gpus(ConfigNode node) {
        try {
            return GpuRequest.parse(node.asString());
        } catch (IllegalArgumentException e) {
            throw node.error("'" + node.path() + "': " + e.getMessage());
        }
    }

    /** A named volume stays a name; a path (with a '/', '.' or '~') becomes absolute, as Docker requires. */
    private static String hostPath(String source, Path gateFileFolder) {
        boolean isPath = source.contains("/") || source.startsWith(".") || source.startsWith("~");
        if (!isPath) {
            return source;
        }
        return gateFileFolder.resolve(expandHome(source)).toAbsolutePath().normalize().toString();
    }

    private static String expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }
}
