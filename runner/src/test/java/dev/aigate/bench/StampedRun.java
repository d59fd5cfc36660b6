package dev.aigate.bench;

import dev.aigate.provider.Completion;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.StreamObserver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The truth of a run against {@link StampingSseServer}, read from the stamps in its answers: when the server wrote
 * each event and how late its thread woke for it, next to when the client read it. Shared by the accuracy test and
 * the accuracy benchmark.
 */
final class StampedRun {

    private static final double NANOS_PER_MILLI = 1e6;

    /** Passes requests through and keeps every completion, whose text carries the server's write stamps. */
    static final class CapturingClient implements ModelClient {
        private final ModelClient delegate;
        private final Queue<Completion> completions = new ConcurrentLinkedQueue<>();

        CapturingClient(ModelClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public Completion send(ModelRequest request, StreamObserver observer) {
            Completion completion = delegate.send(request, observer);
            completions.add(completion);
            return completion;
        }

        /** The last {@code count} completions by start time: the measured ones, after the warm-up. */
        List<Completion> lastStarted(int count) {
            List<Completion> all = new ArrayList<>(completions);
            all.sort(Comparator.comparingLong(Completion::startNanos));
            return all.subList(all.size() - count, all.size());
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    final List<Long> ttft = new ArrayList<>();
    final List<Long> itl = new ArrayList<>();
    final List<Long> e2el = new ArrayList<>();
    /** Read minus written, per event: the client's and the loopback's share of any error. */
    final List<Long> delivery = new ArrayList<>();
    /** How late the server's thread woke for each event (empty when the server does not say). */
    final List<Long> lateness = new ArrayList<>();
    /** TTFT as the client's own stamps give it, per request. */
    final List<Long> measuredTtft = new ArrayList<>();
    /** The request's trip in: from the client's start to the server having it (empty when the server does not say). */
    final List<Long> requestTrip = new ArrayList<>();
    /** From the server having the request to its writing the first event: the TTFT it served. */
    final List<Long> serverTtft = new ArrayList<>();

    StampedRun(List<Completion> completions) {
        for (Completion completion : completions) {
            // "<written>/<late>" from StampingSseServer; "<written>" from the simulator's --stamp-tokens, whose
            // first token is "<written>@<received>".
            String[] stamps = completion.text().trim().split(" ");
            long[] written = Arrays.stream(stamps).mapToLong(s -> Long.parseLong(s.split("[/@]")[0])).toArray();
            Arrays.stream(stamps).filter(s -> s.contains("/"))
                    .forEach(s -> lateness.add(Long.parseLong(s.split("/")[1])));
            if (stamps[0].contains("@")) {
                long received = Long.parseLong(stamps[0].split("@")[1]);
                requestTrip.add(received - completion.startNanos());
                serverTtft.add(written[0] - received);
            }
            long[] arrived = completion.contentEventNanos();
            if (arrived.length != written.length) {
                throw new IllegalStateException(arrived.length + " events read, " + written.length + " written");
            }
            ttft.add(written[0] - completion.startNanos());
            measuredTtft.add(arrived[0] - completion.startNanos());
            e2el.add(written[written.length - 1] - completion.startNanos());
            for (int i = 0; i < written.length; i++) {
                delivery.add(arrived[i] - written[i]);
                if (i > 0) {
                    itl.add(written[i] - written[i - 1]);
                }
            }
        }
    }

    /** numpy's median, in milliseconds; NaN for no values. */
    static double median(List<Long> nanos) {
        long[] sorted = sorted(nanos);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        double value = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return value / NANOS_PER_MILLI;
    }

    /** The nearest-rank percentile, in milliseconds; NaN for no values. */
    static double percentile(List<Long> nanos, double percentile) {
        long[] sorted = sorted(nanos);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / NANOS_PER_MILLI;
    }

    private static long[] sorted(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}
