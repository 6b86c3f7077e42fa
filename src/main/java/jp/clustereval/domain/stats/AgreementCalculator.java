package jp.clustereval.domain.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import jp.clustereval.domain.Axis;
import jp.clustereval.domain.GradeRecord;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;
import jp.clustereval.domain.panel.GradeValuation;
import jp.clustereval.domain.panel.ScoreCube;

/**
 * Agreement per cluster (targets: its graded items), per axis and for the totals (targets: the
 * clusters). ICC(2,1) needs a complete table, so evaluators with a gap drop out of it; Krippendorff's
 * alpha uses every value there is (with partial assignment, the usual case, it is the figure that
 * exists); Kendall's W of the totals uses the evaluators and clusters of {@link #commonBlock}.
 * Grades are valued as given: raw, or calibrated for {@code --calibrated}, in every row.
 */
public final class AgreementCalculator {

    private AgreementCalculator() {
    }

    public static List<Agreement> perCluster(Round round, Collection<GradeRecord> grades, GradeValuation valuation) {
        Map<String, Map<String, Map<String, Double>>> sheets = new TreeMap<>(); // cluster -> evaluator -> item
        for (GradeRecord g : grades) {
            if (g.grade() != null) {
                sheets.computeIfAbsent(g.clusterCode(), k -> new TreeMap<>())
                        .computeIfAbsent(g.evaluatorId(), k -> new HashMap<>()).put(g.itemId(), valuation.value(g));
            }
        }
        SheetScorer scorer = new SheetScorer(round);
        List<Agreement> result = new ArrayList<>();
        sheets.forEach((cluster, byEvaluator) -> {
            List<Item> items = round.items().gradedItems(cluster);
            double[][] table = new double[items.size()][byEvaluator.size()]; // item x evaluator, NaN where missing
            int e = 0;
            for (Map<String, Double> values : byEvaluator.values()) {
                for (int i = 0; i < items.size(); i++) {
                    OptionalDouble s = scorer.itemScoreOf(cluster, items.get(i).id(), values::get);
                    table[i][e] = s.orElse(Double.NaN);
                }
                e++;
            }
            result.add(of(Agreement.Kind.CLUSTER, cluster, table, completeRaters(table, allRows(table)), Double.NaN));
        });
        return result;
    }

    public static List<Agreement> perAxis(ScoreCube cube) {
        List<Agreement> result = new ArrayList<>();
        for (int a = 0; a < cube.axisCodes().size(); a++) {
            double[][] table = new double[cube.clusters().size()][cube.evaluators().size()];
            for (int c = 0; c < table.length; c++) {
                for (int e = 0; e < table[c].length; e++) {
                    table[c][e] = cube.score(c, e, a);
                }
            }
            int[] rated = java.util.stream.IntStream.range(0, table.length)
                    .filter(c -> Arrays.stream(table[c]).filter(v -> !Double.isNaN(v)).count() >= 2).toArray();
            result.add(of(Agreement.Kind.AXIS, cube.axisCodes().get(a), table, completeRaters(table, rated), Double.NaN));
        }
        return result;
    }

    /** The clusters' totals (the round's weighted mean of each sheet's axis scores), with Kendall's W. */
    public static Agreement totals(Round round, ScoreCube cube) {
        SheetScorer scorer = new SheetScorer(round);
        List<String> weighted = round.axes().stream().filter(x -> x.weight() > 0).map(Axis::code).toList();
        double[][] table = new double[cube.clusters().size()][cube.evaluators().size()];
        for (int c = 0; c < table.length; c++) {
            double[][] sheets = cube.sheets(c);
            for (int e = 0; e < sheets.length; e++) {
                Map<String, Double> axes = new HashMap<>();
                for (int a = 0; a < cube.axisCodes().size(); a++) {
                    if (!Double.isNaN(sheets[e][a])) {
                        axes.put(cube.axisCodes().get(a), sheets[e][a]);
                    }
                }
                table[c][e] = axes.keySet().containsAll(weighted) ? scorer.total(axes).orElse(Double.NaN) : Double.NaN;
            }
        }
        Block block = commonBlock(table);
        double w = Double.NaN;
        if (block.rows().length >= 2 && block.columns().length >= 2) {
            double[][] byRater = new double[block.columns().length][block.rows().length];
            for (int j = 0; j < block.columns().length; j++) {
                for (int i = 0; i < block.rows().length; i++) {
                    byRater[j][i] = table[block.rows()[i]][block.columns()[j]];
                }
            }
            w = KendallW.of(byRater);
        }
        return of(Agreement.Kind.TOTAL, "total", table, block, w);
    }

    /** The complete sub-table of a table with gaps: which rows and columns. */
    record Block(int[] rows, int[] columns) {
    }

    /**
     * The raters and targets of the totals' complete table (ICC and W). Start with every rater who
     * rated at least two targets; the targets are those every one of them rated. While fewer than two
     * targets remain and more than two raters, one rater leaves: the one whose leaving keeps the most
     * targets in common (on a tie the one with the fewest ratings, then the later one). Deterministic,
     * and the whole table when it is complete.
     */
    static Block commonBlock(double[][] table) {
        int n = table.length;
        int k = n == 0 ? 0 : table[0].length;
        List<Integer> raters = new ArrayList<>();
        int[] counts = new int[k];
        for (int j = 0; j < k; j++) {
            for (double[] row : table) {
                counts[j] += Double.isNaN(row[j]) ? 0 : 1;
            }
            if (counts[j] >= 2) {
                raters.add(j);
            }
        }
        List<Integer> targets = common(table, raters);
        while (targets.size() < 2 && raters.size() > 2) {
            int leaving = raters.get(0);
            int keeps = -1;
            for (int j : raters) {
                List<Integer> others = new ArrayList<>(raters);
                others.remove(Integer.valueOf(j));
                int kept = common(table, others).size();
                if (kept > keeps || (kept == keeps && counts[j] <= counts[leaving])) {
                    keeps = kept;
                    leaving = j;
                }
            }
            raters.remove(Integer.valueOf(leaving));
            targets = common(table, raters);
        }
        return targets.size() >= 2
                ? new Block(targets.stream().mapToInt(Integer::intValue).toArray(),
                        raters.stream().mapToInt(Integer::intValue).toArray())
                : new Block(new int[0], new int[0]);
    }

    /** The rows every one of the raters rated. */
    private static List<Integer> common(double[][] table, List<Integer> raters) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < table.length; i++) {
            final int row = i;
            if (!raters.isEmpty() && raters.stream().noneMatch(j -> Double.isNaN(table[row][j]))) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static int[] allRows(double[][] table) {
        return java.util.stream.IntStream.range(0, table.length).toArray();
    }

    /** The given rows with the raters who rated every one of them (the ICC's table, as before alpha). */
    private static Block completeRaters(double[][] table, int[] rows) {
        int k = table.length == 0 ? 0 : table[0].length;
        int[] raters = java.util.stream.IntStream.range(0, k)
                .filter(j -> Arrays.stream(rows).noneMatch(i -> Double.isNaN(table[i][j]))).toArray();
        return new Block(rows, raters);
    }

    private static Agreement of(Agreement.Kind kind, String scope, double[][] table, Block block, double kendallW) {
        double[][] x = new double[block.rows().length][block.columns().length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = table[block.rows()[i]][block.columns()[j]];
            }
        }
        double icc = x.length >= 2 && block.columns().length >= 2 ? Icc.icc21(x) : Double.NaN;
        List<double[]> units = Arrays.asList(table);
        int alphaUnits = (int) units.stream().filter(u -> Arrays.stream(u).filter(v -> !Double.isNaN(v)).count() >= 2).count();
        return new Agreement(kind, scope, block.rows().length, block.columns().length, icc, alphaUnits,
                KrippendorffAlpha.of(units, KrippendorffAlpha.Metric.INTERVAL),
                KrippendorffAlpha.of(units, KrippendorffAlpha.Metric.ORDINAL), kendallW);
    }
}
