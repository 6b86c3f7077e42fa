package jp.clustereval.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Combines every evaluator's grades into cluster results and the cohort average, by the rules
 * {@link Ranking} holds: here the sheets are read one at a time (a national round does not fit in
 * memory as a score cube), each cluster reduced to its axis values and total with the round's own
 * axis weights (the total over complete sheets only, unless partial sheets are included), the
 * cohort's clusters ranked, every other graded cluster listed after them without a rank, ties
 * listed by the unrounded total.
 */
public final class Aggregator {

    private final Round round;
    private final SheetScorer scorer;
    private final List<String> axisCodes;
    private final double[] axisWeights;
    private final boolean includePartial;

    /** Totals and ranks from complete sheets only (docs/scoring.md). */
    public Aggregator(Round round) {
        this(round, false);
    }

    /** @param includePartial count unfinished sheets for totals and ranks too (the old behaviour) */
    public Aggregator(Round round, boolean includePartial) {
        this.round = round;
        this.includePartial = includePartial;
        this.scorer = new SheetScorer(round);
        this.axisCodes = round.axes().stream().map(Axis::code).toList();
        this.axisWeights = round.axes().stream().mapToDouble(Axis::weight).toArray();
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
        // cluster -> evaluator -> whether that sheet is complete
        private final Map<String, Map<String, Boolean>> complete = new HashMap<>();
        // clusters handed over whole, already reduced
        private final Map<String, Ranking.Entry> done = new HashMap<>();

        private Accumulator() {
        }

        /** One evaluator's grades of a cluster (item id to grade code); an empty map is ignored. */
        public void sheet(String cluster, String evaluator, Map<String, String> itemGrades) {
            if (itemGrades.isEmpty()) {
                return;
            }
            sheetScores(cluster, evaluator, scorer.axisScoreArray(cluster, itemGrades), scorer.isComplete(cluster, itemGrades));
        }

        /**
         * One evaluator's sheet of a cluster with at least one grade, as its axis scores already
         * computed by {@link SheetScorer#axisScoreArray} for this round (round axis order, NaN = axis not
         * graded) and whether it is complete ({@link SheetScorer#isComplete}): what the database keeps
         * per sheet. Gives exactly what {@link #sheet} gives.
         */
        public void sheetScores(String cluster, String evaluator, double[] axisScores, boolean isComplete) {
            checkLength(axisScores);
            if (done.containsKey(cluster)
                    || scores.computeIfAbsent(cluster, k -> new TreeMap<>()).put(evaluator, axisScores) != null) {
                throw new IllegalArgumentException("two sheets of " + evaluator + " for " + cluster);
            }
            complete.computeIfAbsent(cluster, k -> new HashMap<>()).put(evaluator, isComplete);
        }

        /**
         * Every sheet of one cluster at once (evaluators in any order, each once), as axis scores like
         * {@link #sheetScores}; the same result as handing them over one by one.
         */
        public void cluster(String cluster, List<String> evaluators, List<double[]> axisScores, List<Boolean> isComplete) {
            if (evaluators.size() != axisScores.size() || evaluators.size() != isComplete.size()) {
                throw new IllegalArgumentException(evaluators.size() + " evaluators, " + axisScores.size() + " sheets");
            }
            TreeMap<String, double[]> byEvaluator = new TreeMap<>(); // the order the sums run in
            Map<String, Boolean> completeOf = new HashMap<>();
            for (int i = 0; i < evaluators.size(); i++) {
                checkLength(axisScores.get(i));
                if (byEvaluator.put(evaluators.get(i), axisScores.get(i)) != null) {
                    throw new IllegalArgumentException("two sheets of " + evaluators.get(i) + " for " + cluster);
                }
                completeOf.put(evaluators.get(i), isComplete.get(i));
            }
            if (scores.containsKey(cluster) || done.containsKey(cluster)) {
                throw new IllegalArgumentException("two sheets of " + byEvaluator.firstKey() + " for " + cluster);
            }
            done.put(cluster, reduce(cluster, byEvaluator, completeOf));
        }

        private void checkLength(double[] axisScores) {
            if (axisScores.length != axisCodes.size()) {
                throw new IllegalArgumentException(axisScores.length + " axis scores for " + axisCodes.size() + " axes");
            }
        }

        /** A cluster's axis values and total from its evaluators' axis scores (no total: no axis graded). */
        private Ranking.Entry reduce(String cluster, TreeMap<String, double[]> byEvaluator, Map<String, Boolean> completeOf) {
            List<String> evaluators = List.copyOf(byEvaluator.keySet());
            boolean[] isComplete = new boolean[evaluators.size()];
            for (int i = 0; i < isComplete.length; i++) {
                isComplete[i] = completeOf.get(evaluators.get(i));
            }
            return Ranking.entry(cluster, axisCodes, byEvaluator.values().toArray(new double[0][]), isComplete,
                    includePartial, axisWeights, evaluators);
        }

        /**
         * The cohort's clusters ranked among themselves, every other graded cluster listed after them
         * without a rank (the order clusters came in does not matter), and the cohort's average.
         */
        public Results results(Set<String> cohort) {
            return results(cohort, cohort);
        }

        /** As {@link #results(Set)}, ranking the clusters in {@code ranked} (null: every graded one). */
        public Results results(Set<String> ranked, Set<String> cohort) {
            List<Ranking.Entry> entries = new ArrayList<>(done.values());
            scores.forEach((cluster, byEvaluator) -> entries.add(reduce(cluster, byEvaluator, complete.get(cluster))));
            return Ranking.results(round.id(), axisCodes, entries, null, ranked, cohort, Ranking.TieListing.BY_TOTAL);
        }
    }
}
