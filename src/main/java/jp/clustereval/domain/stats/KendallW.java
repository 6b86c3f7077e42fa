package jp.clustereval.domain.stats;

/**
 * Kendall's coefficient of concordance W, with the correction for ties: m raters each rank the same
 * n objects (tied scores share the mean of their ranks); with R_i the sum of object i's ranks,
 * S = sum (R_i - m (n + 1) / 2)^2 and, per rater, T_j = sum over its groups of tied scores of
 * (t^3 - t): W = 12 S / (m^2 (n^3 - n) - m sum T_j). Reading it: 1 when every rater ranks the objects
 * alike, 0 when their rankings have nothing in common.
 */
public final class KendallW {

    private KendallW() {
    }

    /**
     * W of scores[rater][object] (higher or lower first does not matter, as long as every rater is
     * read the same way); NaN when fewer than two raters or objects, or when every rater ties every
     * object (nothing is ranked).
     */
    public static double of(double[][] scores) {
        int m = scores.length;
        int n = m == 0 ? 0 : scores[0].length;
        if (m < 2 || n < 2) {
            return Double.NaN;
        }
        double[] rankSums = new double[n];
        double ties = 0;
        for (double[] rater : scores) {
            if (rater.length != n) {
                throw new IllegalArgumentException("every rater must score the same " + n + " objects");
            }
            Ranks r = Ranks.of(rater);
            for (int i = 0; i < n; i++) {
                rankSums[i] += r.ranks[i];
            }
            ties += r.ties;
        }
        double mean = m * (n + 1) / 2.0;
        double s = 0;
        for (double sum : rankSums) {
            s += (sum - mean) * (sum - mean);
        }
        double denominator = (double) m * m * ((double) n * n * n - n) - m * ties;
        return denominator <= 0 ? Double.NaN : 12 * s / denominator;
    }

    /** One rater's mid-ranks (1 = lowest score) and its tie term sum (t^3 - t). */
    private record Ranks(double[] ranks, double ties) {

        static Ranks of(double[] scores) {
            int n = scores.length;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
            double[] ranks = new double[n];
            double ties = 0;
            for (int i = 0; i < n; ) {
                int j = i;
                while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                    j++;
                }
                double mid = (i + j) / 2.0 + 1;
                for (int k = i; k <= j; k++) {
                    ranks[order[k]] = mid;
                }
                int t = j - i + 1;
                ties += (double) t * t * t - t;
                i = j + 1;
            }
            return new Ranks(ranks, ties);
        }
    }
}
