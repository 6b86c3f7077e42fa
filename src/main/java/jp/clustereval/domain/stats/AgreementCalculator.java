package jp.clustereval.domain.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import jp.clustereval.domain.GradeRecord;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;
import jp.clustereval.domain.panel.ScoreCube;

/**
 * Agreement per cluster (targets: its graded items; raters: the evaluators who scored all of
 * them) and per axis (targets: the clusters; raters: the evaluators who scored that axis for every
 * one of them). Evaluators with a gap drop out, since ICC(2,1) needs a complete table.
 */
public final class AgreementCalculator {

    private AgreementCalculator() {
    }

    public static List<Agreement> perCluster(Round round, Collection<GradeRecord> grades) {
        Map<String, Map<String, Map<String, String>>> sheets = new TreeMap<>();
        for (GradeRecord g : grades) {
            if (g.grade() != null) {
                sheets.computeIfAbsent(g.clusterCode(), k -> new TreeMap<>())
                        .computeIfAbsent(g.evaluatorId(), k -> new HashMap<>()).put(g.itemId(), g.grade());
            }
        }
        SheetScorer scorer = new SheetScorer(round);
        List<Agreement> result = new ArrayList<>();
        sheets.forEach((cluster, byEvaluator) -> {
            List<Item> items = round.items().gradedItems(cluster);
            List<double[]> columns = new ArrayList<>();
            for (Map<String, String> itemGrades : byEvaluator.values()) {
                double[] column = new double[items.size()];
                boolean complete = true;
                for (int i = 0; i < items.size() && complete; i++) {
                    OptionalDouble s = scorer.itemScore(cluster, items.get(i).id(), itemGrades);
                    complete = s.isPresent();
                    column[i] = s.orElse(Double.NaN);
                }
                if (complete) {
                    columns.add(column);
                }
            }
            result.add(agreement(cluster, items.size(), columns));
        });
        return result;
    }

    public static List<Agreement> perAxis(ScoreCube cube) {
        List<Agreement> result = new ArrayList<>();
        int clusters = cube.clusters().size();
        for (int a = 0; a < cube.axisCodes().size(); a++) {
            List<Integer> targets = new ArrayList<>();
            for (int c = 0; c < clusters; c++) {
                int n = 0;
                for (int e = 0; e < cube.evaluators().size(); e++) {
                    n += Double.isNaN(cube.score(c, e, a)) ? 0 : 1;
                }
                if (n >= 2) {
                    targets.add(c);
                }
            }
            List<double[]> columns = new ArrayList<>();
            for (int e = 0; e < cube.evaluators().size(); e++) {
                double[] column = new double[targets.size()];
                boolean complete = true;
                for (int t = 0; t < targets.size() && complete; t++) {
                    column[t] = cube.score(targets.get(t), e, a);
                    complete = !Double.isNaN(column[t]);
                }
                if (complete) {
                    columns.add(column);
                }
            }
            result.add(agreement(cube.axisCodes().get(a), targets.size(), columns));
        }
        return result;
    }

    private static Agreement agreement(String scope, int targets, List<double[]> columns) {
        double[][] x = new double[targets][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            for (int i = 0; i < targets; i++) {
                x[i][j] = columns.get(j)[i];
            }
        }
        return new Agreement(scope, targets, columns.size(), Icc.icc21(x));
    }
}
