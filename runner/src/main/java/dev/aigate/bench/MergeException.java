package dev.aigate.bench;

/** Shard results that cannot be merged: unreadable, not bench results, or not shards of one run. One-line message. */
public final class MergeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    MergeException(String message) {
        super(message);
    }
}
