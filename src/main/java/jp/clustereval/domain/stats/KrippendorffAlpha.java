package jp.clustereval.domain.stats;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Krippendorff's alpha, as "Computing Krippendorff's Alpha-Reliability" (Krippendorff, 2011) defines
 * it: alpha = 1 - D_o / D_e, computed from the coincidence matrix of the pairable values. A unit
 * counts with every value it has, as long as it has at least two (missing values are simply not
 * there: a panel where each unit is graded by some of the evaluators is the normal case). With
 * o(c,k) = sum over units of (pairs of c and k in the unit) / (m_u - 1), n_c = sum_k o(c,k) and
 * n = sum_c n_c: alpha = 1 - (n - 1) sum o(c,k) d(c,k) / sum n_c n_k d(c,k), for the metric's
 * squared difference d. Reading it: 1 is perfect agreement, 0 is what chance gives, below 0 is
 * systematic disagreement; Krippendorff asks for at least 0.800, and 0.667 for tentative conclusions.
 */
public final class KrippendorffAlpha {

    /** The levels of measurement and their squared differences (2011, section E). */
    public enum Metric {
        /** Values are categories: any two different values differ by 1. */
        NOMINAL,
        /** Values are ranks: the difference is how many values lie between them (n_g of the values between). */
        ORDINAL,
        /** Differences are meaningful: (c - k)^2. */
        INTERVAL,
        /** Ratios are meaningful: ((c - k) / (c + k))^2. */
        RATIO
    }

    private KrippendorffAlpha() {
    }

    /**
     * Alpha of the units' values (each unit: the values its raters gave; {@link Double#NaN} for a rater
     * who gave none); NaN when fewer than two units have two values, or when every pairable value is
     * the same (no expected disagreement: alpha is undefined, not perfect).
     */
    public static double of(List<double[]> units, Metric metric) {
        Map<Double, Map<Double, Double>> o = new TreeMap<>();
        for (double[] unit : units) {
            double[] values = java.util.Arrays.stream(unit).filter(v -> !Double.isNaN(v)).toArray();
            int m = values.length;
            if (m < 2) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        o.computeIfAbsent(values[i], c -> new TreeMap<>()).merge(values[j], 1.0 / (m - 1), Double::sum);
                    }
                }
            }
        }
        Map<Double, Double> nc = new TreeMap<>();
        o.forEach((c, row) -> nc.put(c, row.values().stream().mapToDouble(Double::doubleValue).sum()));
        double n = nc.values().stream().mapToDouble(Double::doubleValue).sum();
        if (nc.size() < 2) {
            return Double.NaN;
        }
        double observed = 0;
        double expected = 0;
        for (double c : nc.keySet()) {
            for (double k : nc.keySet()) {
                double d = difference(metric, c, k, nc);
                observed += o.get(c).getOrDefault(k, 0.0) * d;
                expected += nc.get(c) * nc.get(k) * d;
            }
        }
        return expected == 0 ? Double.NaN : 1 - (n - 1) * observed / expected;
    }

    private static double difference(Metric metric, double c, double k, Map<Double, Double> nc) {
        if (c == k) {
            return 0;
        }
        return switch (metric) {
            case NOMINAL -> 1;
            case INTERVAL -> (c - k) * (c - k);
            case RATIO -> {
                double r = (c - k) / (c + k);
                yield r * r;
            }
            case ORDINAL -> {
                double low = Math.min(c, k);
                double high = Math.max(c, k);
                double between = 0;
                for (Map.Entry<Double, Double> g : nc.entrySet()) {
                    if (g.getKey() >= low && g.getKey() <= high) {
                        between += g.getValue();
                    }
                }
                double s = between - (nc.get(c) + nc.get(k)) / 2;
                yield s * s;
            }
        };
    }
}
