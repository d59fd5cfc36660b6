package dev.aigate.stats;

/**
 * The rank sum of one sample within the pooled sample, with ties given their average rank, and the tie term
 * {@code sum(t^3 - t)} over groups of equal values. Works on sorted arrays by merging, so shifting the candidate by
 * {@code d} (as the Hodges–Lehmann interval search does many times) costs O(n + m), not a new sort.
 */
record RankSum(double candidateRankSum, double tieTerm, boolean hasTies) {

    /**
     * @param candidate sorted ascending
     * @param baseline  sorted ascending
     * @param shift     subtracted from every candidate value before ranking, as R's {@code c(x - d, y)}
     */
    static RankSum of(double[] candidate, double[] baseline, double shift) {
        int i = 0;
        int j = 0;
        long position = 0; // values ranked so far
        double rankSum = 0;
        double tieTerm = 0;
        boolean ties = false;
        while (i < candidate.length || j < baseline.length) {
            double value = Math.min(i < candidate.length ? candidate[i] - shift : Double.POSITIVE_INFINITY,
                    j < baseline.length ? baseline[j] : Double.POSITIVE_INFINITY);
            long fromCandidate = 0;
            while (i < candidate.length && candidate[i] - shift == value) {
                fromCandidate++;
                i++;
            }
            long fromBaseline = 0;
            while (j < baseline.length && baseline[j] == value) {
                fromBaseline++;
                j++;
            }
            long group = fromCandidate + fromBaseline;
            // The group holds ranks position+1 .. position+group; each member gets their mean.
            rankSum += fromCandidate * (position + (group + 1) / 2.0);
            if (group > 1) {
                ties = true;
                double t = group;
                tieTerm += t * t * t - t;
            }
            position += group;
        }
        return new RankSum(rankSum, tieTerm, ties);
    }
}
