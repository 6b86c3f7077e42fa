package jp.clustereval.domain.panel;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks by total, highest first; totals equal to 1e-9 share the better rank and the next rank is
 * skipped (1, 2, 2, 4), as in the published ranking. NaN (no total) gets rank 0 = unranked.
 * Tiers split the ranked clusters in thirds: top, middle, bottom (the subsidy tiers).
 */
public final class Ranking {

    private static final double TIE_TOLERANCE = 1e-9;

    public enum Tier { TOP, MIDDLE, BOTTOM }

    private Ranking() {
    }

    /** Ranks of the totals; ties broken for listing only by the codes' order. */
    public static int[] ranks(double[] totals, List<String> codes) {
        Integer[] order = new Integer[totals.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> Double.isNaN(totals[i]) ? Double.NEGATIVE_INFINITY : -totals[i])
                .thenComparing(codes::get));
        int[] ranks = new int[totals.length];
        int position = 0;
        double previous = Double.NaN;
        int previousRank = 0;
        for (int i : order) {
            if (Double.isNaN(totals[i])) {
                ranks[i] = 0;
                continue;
            }
            position++;
            int rank = position > 1 && Math.abs(previous - totals[i]) <= TIE_TOLERANCE ? previousRank : position;
            ranks[i] = rank;
            previous = totals[i];
            previousRank = rank;
        }
        return ranks;
    }

    /** The tier of a rank among n ranked clusters: the top and bottom thirds (rounded) and the rest. */
    public static Tier tier(int rank, int n) {
        int third = (int) Math.round(n / 3.0);
        if (rank <= third) {
            return Tier.TOP;
        }
        if (rank > n - third) {
            return Tier.BOTTOM;
        }
        return Tier.MIDDLE;
    }
}
