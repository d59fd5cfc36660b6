package dev.aigate.bench;

import java.math.BigInteger;

/**
 * Count, sum, sum of squares, min and max of non-negative integers, kept exactly so that merging shards gives the
 * same mean and standard deviation as one run. The sum of squares is a 128-bit integer: nanosecond latencies
 * squared overflow a {@code long} after a handful of one-second requests. Not thread-safe.
 */
final class RunningMoments {

    private long count;
    private long sum;
    private long sumOfSquaresHigh;
    private long sumOfSquaresLow;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;

    void add(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a latency cannot be negative: " + value + " ns");
        }
        count++;
        sum = Math.addExact(sum, value);
        addToSumOfSquares(Math.multiplyHigh(value, value), value * value);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    void merge(RunningMoments other) {
        count += other.count;
        sum = Math.addExact(sum, other.sum);
        addToSumOfSquares(other.sumOfSquaresHigh, other.sumOfSquaresLow);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /** Moments with exactly these sums, as a result file recorded them; {@code sumOfSquares} is unsigned 128-bit. */
    static RunningMoments restore(long count, long sum, BigInteger sumOfSquares, long min, long max) {
        if (count < 0 || sum < 0 || sumOfSquares.signum() < 0 || sumOfSquares.bitLength() > 127) {
            throw new IllegalArgumentException("moments out of range: count " + count + ", sum " + sum
                    + ", sum of squares " + sumOfSquares);
        }
        RunningMoments moments = new RunningMoments();
        moments.count = count;
        moments.sum = sum;
        moments.sumOfSquaresHigh = sumOfSquares.shiftRight(64).longValueExact();
        moments.sumOfSquaresLow = sumOfSquares.longValue();
        if (count > 0) {
            moments.min = min;
            moments.max = max;
        }
        return moments;
    }

    RunningMoments copy() {
        RunningMoments copy = new RunningMoments();
        copy.merge(this);
        return copy;
    }

    long count() {
        return count;
    }

    long min() {
        return min;
    }

    long max() {
        return max;
    }

    long sum() {
        return sum;
    }

    double mean() {
        return (double) sum / count;
    }

    /** The population standard deviation (numpy's default, as vLLM reports it): sqrt((nΣx² − (Σx)²) / n²). */
    double standardDeviation() {
        BigInteger n = BigInteger.valueOf(count);
        BigInteger total = BigInteger.valueOf(sum);
        BigInteger numerator = n.multiply(sumOfSquares()).subtract(total.multiply(total));
        return Math.sqrt(numerator.doubleValue()) / count;
    }

    BigInteger sumOfSquares() {
        return BigInteger.valueOf(sumOfSquaresHigh).shiftLeft(64)
                .add(new BigInteger(Long.toUnsignedString(sumOfSquaresLow)));
    }

    /** Adds the unsigned 128-bit number {@code high:low}, carrying out of the low word. */
    private void addToSumOfSquares(long high, long low) {
        long newLow = sumOfSquaresLow + low;
        long carry = Long.compareUnsigned(newLow, sumOfSquaresLow) < 0 ? 1 : 0;
        sumOfSquaresLow = newLow;
        sumOfSquaresHigh = Math.addExact(sumOfSquaresHigh, Math.addExact(high, carry));
    }
}
