package jp.clustereval.domain.panel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.clustereval.domain.ClusterResult;
import jp.clustereval.domain.Ranking;
import jp.clustereval.domain.Results;

/**
 * The panel's results figures from a {@link ScoreCube} and axis weights, by the rules {@link Ranking}
 * holds (ties listed by code), with the spread of the evaluators' own totals added: each counted
 * evaluator's own total for the cluster, and over those the min, max and sample standard deviation.
 */
public final class PanelCalculator {

    private PanelCalculator() {
    }

    /**
     * @param listed the clusters listed (null: every graded cluster of the cube)
     * @param ranked the clusters ranked among themselves (null: every listed cluster); the other
     *               listed clusters follow without a rank
     * @param cohort the clusters averaged in the cohort average
     * @param includePartial count unfinished sheets for totals and ranks too (the old behaviour)
     */
    public static PanelResults compute(String roundId, ScoreCube cube, Map<String, Double> axisWeights,
                                       boolean calibrated, String cohortName, Set<String> listed, Set<String> ranked,
                                       Set<String> cohort, boolean includePartial) {
        double[] w = weightVector(cube, axisWeights);
        List<Ranking.Entry> entries = new ArrayList<>();
        Map<String, List<Double>> ownTotals = new HashMap<>();
        for (int c = 0; c < cube.clusters().size(); c++) {
            String code = cube.clusters().get(c);
            double[][] sheets = cube.sheets(c);
            boolean[] complete = cube.completeSheets(c);
            List<Double> own = new ArrayList<>();
            for (int e = 0; e < sheets.length; e++) {
                double t = Ranking.total(sheets[e], w);
                if (!Double.isNaN(t) && (complete[e] || includePartial)) {
                    own.add(t);
                }
            }
            entries.add(Ranking.entry(code, cube.axisCodes(), sheets, complete, includePartial, w, cube.evaluators()));
            ownTotals.put(code, own);
        }
        Results results = Ranking.results(roundId, cube.axisCodes(), entries, listed, ranked, cohort,
                Ranking.TieListing.BY_CODE);
        List<ClusterFigures> rows = new ArrayList<>();
        for (ClusterResult r : results.clusters()) {
            List<Double> own = ownTotals.get(r.clusterCode());
            double min = own.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            double max = own.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            rows.add(new ClusterFigures(r.clusterCode(), r.evaluators(), r.axes(), r.total(), r.rank(), min, max,
                    Descriptive.sampleSd(own), r.partial()));
        }
        return new PanelResults(roundId, cube.axisCodes(), axisWeights, calibrated, includePartial, cohortName, rows,
                results.cohort());
    }

    /** The axis weights in the cube's axis order (absent axes weigh 0). */
    public static double[] weightVector(ScoreCube cube, Map<String, Double> axisWeights) {
        double[] w = new double[cube.axisCodes().size()];
        for (int a = 0; a < w.length; a++) {
            w[a] = axisWeights.getOrDefault(cube.axisCodes().get(a), 0.0);
        }
        return w;
    }
}
