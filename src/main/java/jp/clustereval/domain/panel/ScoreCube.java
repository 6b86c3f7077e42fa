package jp.clustereval.domain.panel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.clustereval.domain.Axis;
import jp.clustereval.domain.GradeRecord;
import jp.clustereval.domain.Ranking;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;

/**
 * Every evaluator's axis scores for every cluster, computed once: [cluster][evaluator][axis], NaN
 * where the evaluator scored nothing on that axis. Axis weights do not enter here (only item
 * weights do), so any set of axis weights, any subset of evaluators and any number of random weight
 * draws recombine these numbers without reading a grade again.
 */
public final class ScoreCube {

    private final List<String> axisCodes;
    private final List<String> clusters;
    private final List<String> evaluators;
    private final double[][][] scores;
    /** [cluster][evaluator]: every graded item of the cluster has a grade on the evaluator's sheet. */
    private final boolean[][] complete;

    private ScoreCube(List<String> axisCodes, List<String> clusters, List<String> evaluators, double[][][] scores,
                      boolean[][] complete) {
        this.axisCodes = List.copyOf(axisCodes);
        this.clusters = List.copyOf(clusters);
        this.evaluators = List.copyOf(evaluators);
        this.scores = scores;
        this.complete = complete;
    }

    /** The cube of the given clusters (null: every graded cluster), grades valued as given. */
    public static ScoreCube of(Round round, Collection<GradeRecord> grades, GradeValuation valuation,
                               Set<String> onlyClusters) {
        Map<String, Map<String, Map<String, Double>>> values = new TreeMap<>(); // cluster -> evaluator -> item
        Set<String> evaluatorIds = new TreeSet<>();
        for (GradeRecord g : grades) {
            if (g.grade() == null || (onlyClusters != null && !onlyClusters.contains(g.clusterCode()))) {
                continue;
            }
            values.computeIfAbsent(g.clusterCode(), k -> new TreeMap<>())
                    .computeIfAbsent(g.evaluatorId(), k -> new HashMap<>()).put(g.itemId(), valuation.value(g));
            evaluatorIds.add(g.evaluatorId());
        }
        List<String> axisCodes = round.axes().stream().map(Axis::code).toList();
        List<String> evaluators = new ArrayList<>(evaluatorIds);
        List<String> clusters = new ArrayList<>(values.keySet());
        SheetScorer scorer = new SheetScorer(round);
        double[][][] scores = new double[clusters.size()][evaluators.size()][axisCodes.size()];
        boolean[][] complete = new boolean[clusters.size()][evaluators.size()];
        for (int c = 0; c < clusters.size(); c++) {
            Map<String, Map<String, Double>> byEvaluator = values.get(clusters.get(c));
            for (int e = 0; e < evaluators.size(); e++) {
                java.util.Arrays.fill(scores[c][e], Double.NaN);
                Map<String, Double> items = byEvaluator.get(evaluators.get(e));
                if (items == null) {
                    continue;
                }
                complete[c][e] = scorer.isComplete(clusters.get(c), items::get);
                Map<String, Double> axes = scorer.axisScoresOf(clusters.get(c), items::get);
                for (int a = 0; a < axisCodes.size(); a++) {
                    Double v = axes.get(axisCodes.get(a));
                    if (v != null) {
                        scores[c][e][a] = v;
                    }
                }
            }
        }
        return new ScoreCube(axisCodes, clusters, evaluators, scores, complete);
    }

    /**
     * The sheets that count for totals, ranks and everything made of them (docs/scoring.md): the
     * complete ones, the others blanked as if not graded; with {@code includePartial} this cube.
     */
    public ScoreCube counted(boolean includePartial) {
        if (includePartial) {
            return this;
        }
        double[][][] kept = new double[scores.length][][];
        for (int c = 0; c < scores.length; c++) {
            kept[c] = new double[scores[c].length][];
            for (int e = 0; e < scores[c].length; e++) {
                kept[c][e] = scores[c][e].clone();
                if (!complete[c][e]) {
                    java.util.Arrays.fill(kept[c][e], Double.NaN);
                }
            }
        }
        return new ScoreCube(axisCodes, clusters, evaluators, kept, complete);
    }

    /** Whether the evaluator's sheet of the cluster is complete (every graded item graded). */
    public boolean complete(int cluster, int evaluator) {
        return complete[cluster][evaluator];
    }

    /** One cluster's {@link #complete} flags, in {@link #evaluators} order. */
    public boolean[] completeSheets(int cluster) {
        return complete[cluster].clone();
    }

    public List<String> axisCodes() {
        return axisCodes;
    }

    public List<String> clusters() {
        return clusters;
    }

    public List<String> evaluators() {
        return evaluators;
    }

    /** An evaluator's score of a cluster on an axis; NaN when not scored. */
    public double score(int cluster, int evaluator, int axis) {
        return scores[cluster][evaluator][axis];
    }

    /** One cluster's sheets: per evaluator (in {@link #evaluators} order) the axis scores, NaN where not scored. */
    public double[][] sheets(int cluster) {
        double[][] copy = new double[evaluators.size()][];
        for (int e = 0; e < copy.length; e++) {
            copy[e] = scores[cluster][e].clone();
        }
        return copy;
    }

    /** Per cluster and axis the mean over evaluators (NaN when none), leaving out one evaluator (-1: none). */
    public double[][] axisMeans(int leftOut) {
        double[][] means = new double[clusters.size()][];
        for (int c = 0; c < clusters.size(); c++) {
            means[c] = Ranking.axisMeans(scores[c], axisCodes.size(), leftOut);
        }
        return means;
    }
}
