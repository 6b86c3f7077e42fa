package jp.clustereval.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results rules of docs/scoring.md (rules 4 to 7), written once: a cluster's axis value is the
 * mean over the evaluators who scored that axis; its total the weighted mean of its axis values;
 * ranks follow the total, highest first, totals equal to 1e-9 sharing the better rank and the next
 * rank skipped (1, 2, 2, 4); the cohort average of a figure is the mean over the cohort's clusters
 * that have it. Tiers split the ranked clusters in thirds (the subsidy tiers).
 *
 * <p>Every figure of the application comes from here: the results command and the radar charts
 * ({@link Aggregator}, over sheets read one at a time), the panel's views, reports, exports,
 * calibration and allocation ({@code panel.PanelCalculator}, over a score cube), and the sensitivity
 * analysis (which ranks recombined figures). What differs between them is a parameter, not a rule:
 * which clusters are ranked, the axis weights, and how clusters that share a rank are listed.
 */
public final class Ranking {

    private static final double TIE_TOLERANCE = 1e-9;

    /** A third of the ranking. */
    public enum Tier { TOP, MIDDLE, BOTTOM }

    /**
     * How clusters that share a rank are listed. The two uses listed them differently before the
     * rules were written once, and each keeps its order: with totals equal only to 1e-9 (the same
     * grades summed in another order) the order shows.
     */
    public enum TieListing {
        /** By the unrounded total, larger first, then by code: the results command and the radar. */
        BY_TOTAL,
        /** By code: the panel's views, reports and exports. */
        BY_CODE
    }

    /**
     * A cluster's figures before ranking: its axis values with the number of evaluators behind each
     * (axes nobody scored left out; every sheet counts here, complete or not), its total (NaN when it
     * has none: it is then listed but not ranked), the evaluators whose sheets counted for the total
     * (and for the cohort average), and how many sheets were left out of the total as unfinished.
     */
    public record Entry(String clusterCode, Map<String, Score> axes, double total, Collection<String> evaluators,
                        int partial) {
    }

    private Ranking() {
    }

    /**
     * Per axis (by index) the mean over the sheets (one per evaluator, in the order the sums run)
     * that scored it, NaN when none did; the sheet at {@code leftOut} is left out (-1: none).
     */
    public static double[] axisMeans(double[][] sheets, int axes, int leftOut) {
        double[] means = new double[axes];
        for (int a = 0; a < axes; a++) {
            double sum = 0;
            int n = 0;
            for (int e = 0; e < sheets.length; e++) {
                double v = sheets[e][a];
                if (e != leftOut && !Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            means[a] = n == 0 ? Double.NaN : sum / n;
        }
        return means;
    }

    /**
     * A cluster's entry from its evaluators' sheets (axis scores in {@code axisCodes} order, NaN where
     * a sheet scored nothing, in the order the sums run; {@code evaluators} in the same order): each
     * axis the mean over the sheets that scored it with their number; the total the weighted mean of
     * the axis means over the counted sheets only. A sheet counts when it is complete (every graded
     * item of the cluster has a grade), or with {@code includePartial} when it scored anything.
     */
    public static Entry entry(String clusterCode, List<String> axisCodes, double[][] sheets, boolean[] complete,
                              boolean includePartial, double[] weights, List<String> evaluators) {
        double[] means = axisMeans(sheets, axisCodes.size(), -1);
        List<double[]> counted = new ArrayList<>();
        List<String> who = new ArrayList<>();
        int partial = 0;
        for (int e = 0; e < sheets.length; e++) {
            if (!scoredAnything(sheets[e])) {
                continue;
            }
            if (!complete[e]) {
                partial++;
            }
            if (complete[e] || includePartial) {
                counted.add(sheets[e]);
                who.add(evaluators.get(e));
            }
        }
        double[] countedMeans = axisMeans(counted.toArray(new double[0][]), axisCodes.size(), -1);
        Map<String, Score> axes = new LinkedHashMap<>();
        for (int a = 0; a < means.length; a++) {
            if (!Double.isNaN(means[a])) {
                int n = 0;
                for (double[] sheet : sheets) {
                    n += Double.isNaN(sheet[a]) ? 0 : 1;
                }
                axes.put(axisCodes.get(a), new Score(means[a], n));
            }
        }
        return new Entry(clusterCode, axes, total(countedMeans, weights), who, partial);
    }

    private static boolean scoredAnything(double[] sheet) {
        for (double v : sheet) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /** Axis values as an array in the given axis order, NaN for an axis without a value. */
    public static double[] values(List<String> axisCodes, Map<String, Double> byAxis) {
        double[] v = new double[axisCodes.size()];
        for (int a = 0; a < v.length; a++) {
            Double d = byAxis.get(axisCodes.get(a));
            v[a] = d == null ? Double.NaN : d;
        }
        return v;
    }

    /** The weighted mean of the present values (weights renormalised over them); NaN when none or no weight. */
    public static double total(double[] values, double[] weights) {
        double sum = 0;
        double weightSum = 0;
        for (int a = 0; a < values.length; a++) {
            if (!Double.isNaN(values[a])) {
                sum += values[a] * weights[a];
                weightSum += weights[a];
            }
        }
        return weightSum > 0 ? sum / weightSum : Double.NaN;
    }

    /** Ranks of the totals (NaN: no total, rank 0 = unranked); ties broken for listing only by the codes' order. */
    public static int[] ranks(double[] totals, List<String> codes) {
        Integer[] order = new Integer[totals.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, byTotal(i -> totals[i], codes::get));
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

    /**
     * The results: the entries that scored anything (only those whose code is in {@code listed};
     * null: every one); those with a total whose code is in {@code ranked} (null: every one) ranked
     * among themselves and listed first, best rank first; then the others with rank 0 (no rank),
     * larger total first, those without a total last, then by code. The average of the
     * {@code cohort}'s ranked clusters, summed in the order listed.
     */
    public static Results results(String roundId, List<String> axisCodes, Collection<Entry> entries, Set<String> listed,
                                  Set<String> ranked, Set<String> cohort, TieListing listing) {
        List<Entry> shown = entries.stream()
                .filter(e -> !e.axes().isEmpty() && (listed == null || listed.contains(e.clusterCode()))).toList();
        List<Entry> in = shown.stream()
                .filter(e -> !Double.isNaN(e.total()) && (ranked == null || ranked.contains(e.clusterCode()))).toList();
        double[] totals = in.stream().mapToDouble(Entry::total).toArray();
        List<String> codes = in.stream().map(Entry::clusterCode).toList();
        int[] ranks = ranks(totals, codes);
        List<ClusterResult> rankedRows = new ArrayList<>();
        Map<String, Collection<String>> evaluatorsOf = new LinkedHashMap<>();
        for (int i = 0; i < in.size(); i++) {
            Entry e = in.get(i);
            rankedRows.add(new ClusterResult(e.clusterCode(), e.evaluators().size(), e.axes(), e.total(), ranks[i],
                    e.partial()));
            evaluatorsOf.put(e.clusterCode(), e.evaluators());
        }
        rankedRows.sort(listing == TieListing.BY_TOTAL ? byTotal(ClusterResult::total, ClusterResult::clusterCode)
                : Comparator.comparingInt(ClusterResult::rank).thenComparing(ClusterResult::clusterCode));
        List<ClusterResult> unranked = new ArrayList<>();
        for (Entry e : shown) {
            if (!evaluatorsOf.containsKey(e.clusterCode())) {
                unranked.add(new ClusterResult(e.clusterCode(), e.evaluators().size(), e.axes(), e.total(), 0, e.partial()));
            }
        }
        unranked.sort(byTotal(ClusterResult::total, ClusterResult::clusterCode));
        List<ClusterResult> rows = new ArrayList<>(rankedRows);
        rows.addAll(unranked);
        return new Results(roundId, axisCodes, rows, cohortAverage(axisCodes, rankedRows, cohort, evaluatorsOf));
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

    /** Highest total first (no total last), then by code. */
    private static <T> Comparator<T> byTotal(java.util.function.ToDoubleFunction<T> total,
                                             java.util.function.Function<T, String> code) {
        return Comparator.<T>comparingDouble(t -> Double.isNaN(total.applyAsDouble(t))
                ? Double.NEGATIVE_INFINITY : total.applyAsDouble(t)).reversed().thenComparing(code);
    }

    private static CohortAverage cohortAverage(List<String> axisCodes, List<ClusterResult> listed, Set<String> cohort,
                                               Map<String, Collection<String>> evaluatorsOf) {
        Map<String, Score> axes = new LinkedHashMap<>();
        for (String axis : axisCodes) {
            double sum = 0;
            int n = 0;
            for (ClusterResult r : listed) {
                Score s = r.axes().get(axis);
                if (cohort.contains(r.clusterCode()) && s != null) {
                    sum += s.value();
                    n++;
                }
            }
            if (n > 0) {
                axes.put(axis, new Score(sum / n, n));
            }
        }
        double sum = 0;
        int n = 0;
        Set<String> evaluators = new HashSet<>();
        for (ClusterResult r : listed) {
            if (cohort.contains(r.clusterCode())) {
                sum += r.total();
                n++;
                evaluators.addAll(evaluatorsOf.get(r.clusterCode()));
            }
        }
        return new CohortAverage(cohort, axes, n == 0 ? null : new Score(sum / n, n), evaluators.size());
    }
}
