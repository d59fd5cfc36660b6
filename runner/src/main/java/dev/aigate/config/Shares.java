package dev.aigate.config;

/** A share of a whole written as a fraction ({@code 0.9}) or a percentage ({@code 90%}), as flags and files take it. */
public final class Shares {

    private Shares() {
    }

    /**
     * The share {@code text} writes, as a fraction; its range is the caller's to check.
     *
     * @throws IllegalArgumentException when {@code text} is neither a number nor a percentage
     */
    public static double parse(String text) {
        String share = text.trim();
        try {
            return share.endsWith("%") ? Double.parseDouble(share.substring(0, share.length() - 1).trim()) / 100
                    : Double.parseDouble(share);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a share is written 0.9 or 90%, got '" + text + "'");
        }
    }

    /** The share written at {@code node}, which must lie in (0, 1] (a fraction or up to 100%). */
    static double read(ConfigNode node) {
        double share;
        try {
            share = parse(node.asString());
        } catch (IllegalArgumentException e) {
            throw node.error("'" + node.path() + "': " + e.getMessage());
        }
        if (!(share > 0 && share <= 1)) {
            throw node.error("'" + node.path() + "' must be in (0, 1] (or up to 100%), got " + node.asString());
        }
        return share;
    }
}
