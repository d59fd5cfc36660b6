package dev.aigate.bench;

/**
 * One part of a run split over several machines ({@code --shard i/N}): shard {@code index} of {@code count}, counted
 * from 0 by every command and stage so that one CI matrix or Indexed Job index drives them all. A benchmark shard
 * sends its share of the requests, the concurrency and the rate, and the shards' request indices interleave
 * ({@code local × count + index}) so that together they send exactly the prompts one run would; a prompt suite's
 * shard takes the cases at positions {@code index} modulo {@code count} ({@link #includes}). {@link #WHOLE} is an
 * unsplit run.
 *
 * @param index 0-based, below {@code count}
 * @param count how many shards the run is split into
 */
public record Shard(int index, int count) {

    /** An unsplit run: shard 0 of 1. */
    public static final Shard WHOLE = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("a shard is i/N with 0 <= i < N, got " + index + "/" + count);
        }
    }

    /** Parses {@code i/N}, e.g. {@code 2/8}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a shard is written i/N (e.g. 0/4), got '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a shard is written i/N (e.g. 0/4), got '" + text + "'");
        }
    }

    public boolean isWhole() {
        return count == 1;
    }

    /**
     * Checks that a run of {@code concurrency} workers and {@code requests} requests (null: a set duration) can be
     * split into {@link #count()} shards: each needs a worker and a request of its own.
     *
     * @throws UnsplittableException when it cannot
     */
    public void checkSplits(int concurrency, Long requests) {
        if (concurrency < count) {
            throw new UnsplittableException("concurrency " + concurrency + " cannot be split over " + count
                    + " shards");
        }
        if (requests != null && requests < count) {
            throw new UnsplittableException(requests + " requests cannot be split over " + count + " shards");
        }
    }

    /** This shard's part of {@code total}: the parts of all shards differ by at most one and add up to it. */
    public long share(long total) {
        return total / count + (index < total % count ? 1 : 0);
    }

    /** {@link #share(long)} of an int. */
    public int share(int total) {
        return (int) share((long) total);
    }

    /** Whether the item at run-wide {@code position} (0-based) belongs to this shard. */
    public boolean includes(long position) {
        return position % count == index;
    }

    /** The run-wide index of this shard's {@code local}-th request. */
    public long globalIndex(long local) {
        return local * count + index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }

    /** A load too small for its shard count, told apart so that a gate file's error can point at its 'shard' key. */
    public static final class UnsplittableException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        UnsplittableException(String message) {
            super(message);
        }
    }
}
