package dev.aigate.container;

import java.util.Objects;

/**
 * One mount of a container, as {@code docker run -v SOURCE:TARGET[:ro]} writes it.
 *
 * @param source a host path (absolute) or a named volume, e.g. {@code hf-cache}
 * @param target the path inside the container, e.g. {@code /root/.cache/huggingface}
 */
public record VolumeMount(String source, String target, boolean readOnly) {

    public VolumeMount {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (!target.startsWith("/")) {
            throw new IllegalArgumentException("a mount's container path must be absolute, got '" + target + "'");
        }
    }

    /** Parses {@code SOURCE:TARGET} or {@code SOURCE:TARGET:ro}, as {@code docker run -v} takes it. */
    public static VolumeMount parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()
                || (parts.length == 3 && !parts[2].equals("ro") && !parts[2].equals("rw"))) {
            throw new IllegalArgumentException("a volume is SOURCE:TARGET or SOURCE:TARGET:ro, got '" + text + "'");
        }
        return new VolumeMount(parts[0], parts[1], parts.length == 3 && parts[2].equals("ro"));
    }
}
