package jp.clustereval.domain.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.clustereval.domain.CohortAverage;
import jp.clustereval.domain.Score;

/**
 * The results figures from a {@link ScoreCube} and axis weights, by the rules of docs/scoring.md:
 * a cluster's axis value is the mean over its evaluators, its total the weighted mean of its axis
 * values, the cohort average the mean over the cohort's clusters. Adds the spread of evaluators' totals.
 */
public final class PanelCalculator {

    private PanelCalculator() {
    }

    public static PanelResults compute(String roundId, ScoreCube cube, Map<String, Double> axisWeights,
                                       boolean calibrated, String cohortName, Set<String> cohort) {
        double[] w = weightVector(cube, axisWeights);
        double[][] means = cube.axisMeans(-1);
        List<String> codes = cube.clusters();
        double[] totals = new double[codes.size()];
        for (int c = 0; c < codes.size(); c++) {
            totals[c] = ScoreCube.weightedTotal(means[c], w);
        }
        int[] ranks = Ranking.ranks(totals, codes);
        List<ClusterFigures> rows = new ArrayList<>();
        Map<String, Set<String>> evaluatorsOf = new LinkedHashMap<>();
        for (int c = 0; c < codes.size(); c++) {
            if (Double.isNaN(totals[c])) {
                continue;
            }
            rows.add(figures(cube, c, means[c], totals[c], ranks[c], w, evaluatorsOf));
        }
        rows.sort(Comparator.comparingInt(ClusterFigures::rank).thenComparing(ClusterFigures::clusterCode));
        return new PanelResults(roundId, cube.axisCodes(), axisWeights, calibrated, cohortName, rows,
                cohortAverage(cube.axisCodes(), rows, cohort, evaluatorsOf));
    }

    /** The axis weights in the cube's axis order (absent axes weigh 0). */
    public static double[] weightVector(ScoreCube cube, Map<String, Double> axisWeights) {
        double[] w = new double[cube.axisCodes().size()];
        for (int a = 0; a < w.length; a++) {
            w[a] = axisWeights.getOrDefault(cube.axisCodes().get(a), 0.0);
        }
        return w;
    }

    private static ClusterFigures figures(ScoreCube cube, int c, double[] means, double total, int rank, double[] w,
                                          Map<String, Set<String>> evaluatorsOf) {
        Map<String, Score> axes = new LinkedHashMap<>();
        for (int a = 0; a < means.length; a++) {
            if (!Double.isNaN(means[a])) {
                int n = 0;
                for (int e = 0; e < cube.evaluators().size(); e++) {
                    n += Double.isNaN(cube.score(c, e, a)) ? 0 : 1;
                }
                axes.put(cube.axisCodes().get(a), new Score(means[a], n));
            }
        }
        List<Double> own = new ArrayList<>();
        Set<String> who = new HashSet<>();
        double[] row = new double[means.length];
        for (int e = 0; e < cube.evaluators().size(); e++) {
            for (int a = 0; a < row.length; a++) {
                row[a] = cube.score(c, e, a);
            }
            double t = ScoreCube.weightedTotal(row, w);
            if (!Double.isNaN(t)) {
                own.add(t);
            }
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    who.add(cube.evaluators().get(e));
                    break;
                }
            }
        }
        String code = cube.clusters().get(c);
        evaluatorsOf.put(code, who);
        double min = own.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = own.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return new ClusterFigures(code, who.size(), axes, total, rank, min, max, Descriptive.sampleSd(own));
    }

    private static CohortAverage cohortAverage(List<String> axisCodes, List<ClusterFigures> rows, Set<String> cohort,
                                               Map<String, Set<String>> evaluatorsOf) {
        Map<String, Score> axes = new LinkedHashMap<>();
        for (String axis : axisCodes) {
            double sum = 0;
            int n = 0;
            for (ClusterFigures r : rows) {
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
        for (ClusterFigures r : rows) {
            if (cohort.contains(r.clusterCode())) {
                sum += r.total();
                n++;
                evaluators.addAll(evaluatorsOf.get(r.clusterCode()));
            }
        }
        return new CohortAverage(cohort, axes, n == 0 ? null : new Score(sum / n, n), evaluators.size());
    }
}
