package jp.clustereval.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Combines every evaluator's grades into cluster results and the cohort average.
 *
 * <p>A cluster's axis value is the mean over the evaluators who graded that axis; its total is
 * the weighted mean of its axis values; the cohort average of a figure is the mean of the cohort
 * clusters' values of that figure. Ranks follow the total, highest first; equal totals (to 1e-9)
 * share the better rank and the next rank is skipped (1, 2, 2, 4).
 */
public final class Aggregator {

    private static final double TIE_TOLERANCE = 1e-9;

    private final Round round;
    private final SheetScorer scorer;

    public Aggregator(Round round) {
        this.round = round;
        this.scorer = new SheetScorer(round);
    }

    public Results aggregate(Collection<GradeRecord> grades, Set<String> cohort) {
        // cluster -> evaluator -> item -> grade; TreeMap keeps the output independent of input order
        Map<String, Map<String, Map<String, String>>> sheets = new TreeMap<>();
        for (GradeRecord g : grades) {
            if (g.grade() == null) {
                continue;
            }
            sheets.computeIfAbsent(g.clusterCode(), k -> new TreeMap<>())
                    .computeIfAbsent(g.evaluatorId(), k -> new HashMap<>())
                    .put(g.itemId(), g.grade());
        }
        Accumulator acc = accumulator();
        sheets.forEach((cluster, byEvaluator) -> byEvaluator.forEach((evaluator, items) -> acc.sheet(cluster, evaluator, items)));
        return acc.results(cohort);
    }

    /** Sheets fed one at a time, for a round too large to hold every grade (the national review). */
    public Accumulator accumulator() {
        return new Accumulator();
    }

    /**
     * Takes one evaluator's non-null grades of one cluster at a time, in any order, and keeps only
     * their axis scores; {@link #results} then gives exactly what {@link #aggregate} gives for the
     * same grades (the sums run over evaluators in the same order, so even the rounding is the same).
     * A whole cluster handed over at once ({@link #cluster}) is reduced to its result right away, so
     * that a national round read cluster by cluster holds only the results, not 500,000 sheets.
     */
    public final class Accumulator {
        // cluster -> evaluator -> axis scores of that evaluator's sheet (NaN: axis not graded)
        private final Map<String, TreeMap<String, double[]>> scores = new TreeMap<>();
        private final List<String> axisCodes = round.axes().stream().map(Axis::code).toList();
        // clusters handed over whole, already reduced, and their evaluators (for the cohort's count)
        private final Map<String, ClusterResult> done = new HashMap<>();
        private final Map<String, Collection<String>> doneEvaluators = new HashMap<>();

        private Accumulator() {
        }

        /** One evaluator's grades of a cluster (item id to grade code); an empty map is ignored. */
        public void sheet(String cluster, String evaluator, Map<String, String> itemGrades) {
            if (itemGrades.isEmpty()) {
                return;
            }
            sheetScores(cluster, evaluator, scorer.axisScoreArray(cluster, itemGrades));
        }

        /**
         * One evaluator's sheet of a cluster with at least one grade, as its axis scores already
         * computed by {@link SheetScorer#axisScoreArray} for this round (round axis order, NaN = axis not
         * graded): what the database keeps per sheet. Gives exactly what {@link #sheet} gives.
         */
        public void sheetScores(String cluster, String evaluator, double[] axisScores) {
            checkLength(axisScores);
            if (done.containsKey(cluster) || doneEvaluators.containsKey(cluster)
                    || scores.computeIfAbsent(cluster, k -> new TreeMap<>()).put(evaluator, axisScores) != null) {
                throw new IllegalArgumentException("two sheets of " + evaluator + " for " + cluster);
            }
        }

        /**
         * Every sheet of one cluster at once (evaluators in any order, each once), as axis scores like
         * {@link #sheetScores}; the same result as handing them over one by one.
         */
        public void cluster(String cluster, List<String> evaluators, List<double[]> axisScores) {
            if (evaluators.size() != axisScores.size()) {
                throw new IllegalArgumentException(evaluators.size() + " evaluators, " + axisScores.size() + " sheets");
            }
            TreeMap<String, double[]> byEvaluator = new TreeMap<>(); // the order the sums run in
            for (int i = 0; i < evaluators.size(); i++) {
                checkLength(axisScores.get(i));
                if (byEvaluator.put(evaluators.get(i), axisScores.get(i)) != null) {
                    throw new IllegalArgumentException("two sheets of " + evaluators.get(i) + " for " + cluster);
                }
            }
            if (scores.containsKey(cluster) || done.containsKey(cluster) || doneEvaluators.containsKey(cluster)) {
                throw new IllegalArgumentException("two sheets of " + byEvaluator.firstKey() + " for " + cluster);
            }
            ClusterResult r = reduce(cluster, byEvaluator);
            doneEvaluators.put(cluster, List.copyOf(byEvaluator.keySet()));
            if (r != null) {
                done.put(cluster, r);
            }
        }

        private void checkLength(double[] axisScores) {
            if (axisScores.length != axisCodes.size()) {
                throw new IllegalArgumentException(axisScores.length + " axis scores for " + axisCodes.size() + " axes");
            }
        }

        /** A cluster's result (rank 0) from its evaluators' axis scores; null when no axis was graded. */
        private ClusterResult reduce(String cluster, TreeMap<String, double[]> byEvaluator) {
            Map<String, Score> axes = clusterAxes(byEvaluator.values());
            if (axes.isEmpty()) {
                return null;
            }
            double total = scorer.total(values(axes)).orElseThrow();
            return new ClusterResult(cluster, byEvaluator.size(), axes, total, 0);
        }

        public Results results(Set<String> cohort) {
            List<ClusterResult> unranked = new ArrayList<>(done.values());
            Map<String, Collection<String>> evaluatorsByCluster = new HashMap<>(doneEvaluators);
            for (var clusterEntry : scores.entrySet()) {
                ClusterResult r = reduce(clusterEntry.getKey(), clusterEntry.getValue());
                if (r != null) {
                    evaluatorsByCluster.put(clusterEntry.getKey(), clusterEntry.getValue().keySet());
                    unranked.add(r);
                }
            }
            // rank() orders by total, then code: the order clusters came in does not matter
            List<ClusterResult> ranked = rank(unranked);
            return new Results(round.id(), axisCodes, ranked, cohortAverage(ranked, cohort, evaluatorsByCluster));
        }
    }

    private Map<String, Score> clusterAxes(Collection<double[]> byEvaluator) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        List<Axis> roundAxes = round.axes();
        for (double[] v : byEvaluator) {
            for (int i = 0; i < v.length; i++) {
                if (!Double.isNaN(v[i])) {
                    double[] s = sums.computeIfAbsent(roundAxes.get(i).code(), k -> new double[2]);
                    s[0] += v[i];
                    s[1]++;
                }
            }
        }
        Map<String, Score> axes = new LinkedHashMap<>();
        for (Axis axis : round.axes()) {
            double[] s = sums.get(axis.code());
            if (s != null) {
                axes.put(axis.code(), new Score(s[0] / s[1], (int) s[1]));
            }
        }
        return axes;
    }

    private static Map<String, Double> values(Map<String, Score> scores) {
        Map<String, Double> v = new LinkedHashMap<>();
        scores.forEach((k, s) -> v.put(k, s.value()));
        return v;
    }

    private static List<ClusterResult> rank(List<ClusterResult> results) {
        List<ClusterResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingDouble(ClusterResult::total).reversed()
                .thenComparing(ClusterResult::clusterCode));
        List<ClusterResult> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ClusterResult r = sorted.get(i);
            int rank = i + 1;
            if (i > 0 && Math.abs(sorted.get(i - 1).total() - r.total()) <= TIE_TOLERANCE) {
                rank = ranked.get(i - 1).rank();
            }
            ranked.add(new ClusterResult(r.clusterCode(), r.evaluators(), r.axes(), r.total(), rank));
        }
        return ranked;
    }

    private CohortAverage cohortAverage(List<ClusterResult> ranked, Set<String> cohort,
                                        Map<String, Collection<String>> evaluatorsByCluster) {
        Map<String, Score> axes = new LinkedHashMap<>();
        for (Axis axis : round.axes()) {
            double sum = 0;
            int n = 0;
            for (ClusterResult r : ranked) {
                Score s = r.axes().get(axis.code());
                if (cohort.contains(r.clusterCode()) && s != null) {
                    sum += s.value();
                    n++;
                }
            }
            if (n > 0) {
                axes.put(axis.code(), new Score(sum / n, n));
            }
        }
        double totalSum = 0;
        int totalN = 0;
        Set<String> evaluators = new HashSet<>();
        for (ClusterResult r : ranked) {
            if (cohort.contains(r.clusterCode())) {
                totalSum += r.total();
                totalN++;
                evaluators.addAll(evaluatorsByCluster.get(r.clusterCode()));
            }
        }
        Score total = totalN == 0 ? null : new Score(totalSum / totalN, totalN);
        return new CohortAverage(cohort, axes, total, evaluators.size());
    }
}
