package dev.aigate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * A {@link LatencyHistogram} as a result file carries it, so shards merge exactly: the HdrHistogram (values in
 * nanoseconds) as Base64 of {@link Histogram#encodeIntoCompressedByteBuffer}, and its exact running sums as
 * {@code {"count", "sum_ns", "sum_squares_ns2", "min_ns", "max_ns"}} (min and max null when empty; the sum of
 * squares is an exact integer of up to 128 bits).
 */
public final class HistogramCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HistogramCodec() {
    }

    static String encode(LatencyHistogram latencies) {
        Histogram histogram = latencies.histogram();
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }

    static ObjectNode moments(LatencyHistogram latencies) {
        RunningMoments moments = latencies.moments();
        ObjectNode node = NODES.objectNode();
        node.put("count", moments.count());
        node.put("sum_ns", moments.sum());
        node.put("sum_squares_ns2", moments.sumOfSquares());
        if (moments.count() > 0) {
            node.put("min_ns", moments.min());
            node.put("max_ns", moments.max());
        } else {
            node.putNull("min_ns");
            node.putNull("max_ns");
        }
        return node;
    }

    /**
     * Rebuilds a histogram from its encoding and sums; throws {@link IllegalArgumentException} with a reason when
     * they are malformed or disagree.
     */
    static LatencyHistogram decode(String base64, JsonNode moments) {
        Histogram histogram = histogram(base64);
        histogram.setAutoResize(true);
        long count = integer(moments, "count");
        RunningMoments sums = RunningMoments.restore(count, integer(moments, "sum_ns"),
                bigInteger(moments, "sum_squares_ns2"),
                count == 0 ? 0 : integer(moments, "min_ns"), count == 0 ? 0 : integer(moments, "max_ns"));
        if (histogram.getTotalCount() != count) {
            throw new IllegalArgumentException("the histogram holds " + histogram.getTotalCount()
                    + " values but its sums count " + count);
        }
        return new LatencyHistogram(histogram, sums);
    }

    /**
     * The HdrHistogram of an {@link #encode encoding}, as result files carry it under {@code histograms.<metric>};
     * throws {@link IllegalArgumentException} with a reason when it is not one.
     */
    public static Histogram histogram(String base64) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException("not an encoded HdrHistogram (" + e.getMessage() + ")");
        }
    }

    private static long integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("'" + field + "' must be an integer");
        }
        return value.asLong();
    }

    private static BigInteger bigInteger(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be an integer");
        }
        return value.bigIntegerValue();
    }
}
