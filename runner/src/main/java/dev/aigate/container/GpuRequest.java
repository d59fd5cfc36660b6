package dev.aigate.container;

import java.util.List;

/**
 * GPUs handed to a container, as {@code docker run --gpus} takes them: none, {@code all}, a count, or device ids.
 *
 * @param count     how many GPUs; -1 for all of them; 0 with {@code deviceIds} naming them instead
 * @param deviceIds GPU indexes or UUIDs, e.g. {@code 0,1}; empty unless chosen by id
 */
public record GpuRequest(int count, List<String> deviceIds) {

    public static final GpuRequest NONE = new GpuRequest(0, List.of());
    public static final GpuRequest ALL = new GpuRequest(-1, List.of());

    public GpuRequest {
        deviceIds = List.copyOf(deviceIds);
        if (count < -1) {
            throw new IllegalArgumentException("a GPU count must be 'all' or at least 1, got " + count);
        }
    }

    /** Parses {@code all}, a count such as {@code 2}, or device ids such as {@code device=0,1} or {@code 0,1}. */
    public static GpuRequest parse(String text) {
        String value = text.strip();
        if (value.equals("all")) {
            return ALL;
        }
        if (value.equals("none") || value.equals("0")) {
            return NONE;
        }
        if (value.matches("[1-9][0-9]*")) {
            return new GpuRequest(Integer.parseInt(value), List.of());
        }
        boolean named = value.startsWith("device=");
        String ids = named ? value.substring("device=".length()) : value;
        if ((named || ids.contains(",")) && ids.matches("[A-Za-z0-9-]+(,[A-Za-z0-9-]+)*")) {
            return new GpuRequest(0, List.of(ids.split(",")));
        }
        throw new IllegalArgumentException("gpus must be 'all', a count such as 2, or device ids such as device=0,1; "
                + "got '" + text + "'");
    }

    public boolean none() {
        return count == 0 && deviceIds.isEmpty();
    }

    @Override
    public String toString() {
        if (none()) {
            return "none";
        }
        if (count == -1) {
            return "all";
        }
        return deviceIds.isEmpty() ? String.valueOf(count) : "device=" + String.join(",", deviceIds);
    }
}
