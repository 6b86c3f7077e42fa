package jp.clustereval.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.clustereval.domain.GradeRecord;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.TestRounds;
import jp.clustereval.domain.panel.Calibration;
import jp.clustereval.domain.panel.GradeValuation;
import jp.clustereval.domain.panel.ScoreCube;

/** The agreement rows, hand-worked: partial assignment, the totals' Kendall's W, calibrated cluster rows. */
class AgreementCalculatorTest {

    private static final double EPS = 1e-12;
    private static final List<String> ALL_ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");

    /**
     * Only axis A counts (weight 1, the others 0), and only item 1.1 is on it, so a sheet's total is
     * its grade of 1.1. Totals (S=4 ... C=1), clusters by evaluators e1, e2, e3; e3 did not grade P:
     * <pre>
     *      e1 e2 e3
     *   P   4  3  -
     *   Q   3  3  2
     *   R   2  1  1
     *   S   1  2  3
     * </pre>
     * ICC and W use the complete table Q, R, S x e1, e2, e3. ICC(2,1): grand mean 2, row means 8/3,
     * 4/3, 2, column means 2, 2, 2; SSR = 3 (4/9 + 4/9 + 0) = 8/3, SSC = 0, SST = 6, SSE = 10/3;
     * MSR = 4/3, MSC = 0, MSE = 5/6; ICC = (4/3 - 5/6) / (4/3 + 2 x 5/6 + 3 (0 - 5/6) / 3) = 3/13.
     * Kendall's W (ranks 1 = lowest): e1 ranks
     * Q, R, S as 3, 2, 1; e2 as 3, 1, 2; e3 as 2, 1, 3; rank sums 8, 4, 6 about their mean 6: S = 8;
     * W = 12 x 8 / (3^2 (3^3 - 3)) = 96 / 216 = 4/9. Krippendorff's alpha (interval) over all four
     * clusters, P included with its two values: the coincidences o(4,3) = o(3,4) = 1, o(3,3) = 1,
     * o(3,2) = o(2,3) = 1.5, o(2,1) = o(1,2) = 1.5, o(1,1) = 1, o(1,3) = o(3,1) = 0.5; n_1 = 3, n_2 = 3,
     * n_3 = 4, n_4 = 1, n = 11; observed sum o d = 2 + 3 + 3 + 4 = 12; expected sum n_c n_k d = 2 (9 +
     * 48 + 27 + 12 + 12 + 4) = 224; alpha = 1 - 10 x 12 / 224 = 13/28.
     */
    @Test
    void theTotalsRowHasKendallsWAndAlphaWithPartialAssignment() {
        Round round = TestRounds.round(Map.of("A", 1.0, "B", 0.0, "C", 0.0, "D", 0.0, "E", 0.0), Map.of(), Set.of(), List.of());
        List<GradeRecord> grades = new ArrayList<>();
        add(grades, "P", "1.1", "S", "A", null);
        add(grades, "Q", "1.1", "A", "A", "B");
        add(grades, "R", "1.1", "B", "C", "C");
        add(grades, "S", "1.1", "C", "B", "A");
        ScoreCube cube = ScoreCube.of(round, grades, GradeValuation.raw(round), null);

        Agreement totals = AgreementCalculator.totals(round, cube);

        assertEquals(Agreement.Kind.TOTAL, totals.kind());
        assertEquals(3, totals.targets(), "Q, R and S: graded by all three");
        assertEquals(3, totals.raters());
        assertEquals(4.0 / 9, totals.kendallW(), EPS);
        assertEquals(Icc.icc21(new double[][] {{3, 3, 2}, {2, 1, 1}, {1, 2, 3}}), totals.icc(), EPS);
        assertEquals(3.0 / 13, totals.icc(), EPS);
        assertEquals(4, totals.alphaUnits());
        assertEquals(13.0 / 28, totals.alphaInterval(), EPS);
    }

    /** The per-axis ICC is blank when nobody graded every cluster; alpha is not. */
    @Test
    void anAxisWithoutACompleteTableStillHasAlpha() {
        Round round = TestRounds.equalWeights(Set.of());
        List<GradeRecord> grades = new ArrayList<>();
        add(grades, "P", "1.1", "S", "A", null);
        add(grades, "Q", "1.1", "A", null, "B");
        add(grades, "R", "1.1", null, "C", "C");
        ScoreCube cube = ScoreCube.of(round, grades, GradeValuation.raw(round), null);

        Agreement a = AgreementCalculator.perAxis(cube).get(0);

        assertEquals("A", a.scope());
        assertTrue(Double.isNaN(a.icc()), "no evaluator graded all three clusters");
        assertEquals(3, a.alphaUnits());
        // pairs (4,3), (3,2), (1,1): o(4,3)=o(3,4)=1, o(3,2)=o(2,3)=1, o(1,1)=2; n_1=2, n_2=1, n_3=2, n_4=1, n=6;
        // observed 1+1+1+1 = 4; expected 2 (2x1x1 + 2x2x4 + 2x1x9 + 1x2x1 + 1x1x4 + 2x1x1) = 2 x 44 = 88;
        // alpha = 1 - 5 x 4 / 88 = 17/22
        assertEquals(17.0 / 22, a.alphaInterval(), EPS);
    }

    /** Before: the cluster rows were always raw, whatever --calibrated said. */
    @Test
    void calibratedClusterRowsUseCalibratedItemScores() {
        Round round = TestRounds.equalWeights(Set.of());
        List<GradeRecord> grades = new ArrayList<>();
        String[] lenient = {"S", "S", "A", "S", "A", "S", "S", "A", "S"};
        String[] harsh = {"A", "B", "B", "A", "C", "B", "A", "B", "B"};
        String[] mixed = {"A", "B", "A", "S", "B", "A", "A", "B", "A"};
        for (int i = 0; i < ALL_ITEMS.size(); i++) {
            add(grades, "X", ALL_ITEMS.get(i), lenient[i], harsh[i]);
            add(grades, "Y", ALL_ITEMS.get(i), mixed[i], lenient[i]);
        }
        Calibration calibration = new Calibration(round, grades);

        Agreement raw = AgreementCalculator.perCluster(round, grades, GradeValuation.raw(round)).get(0);
        Agreement calibrated = AgreementCalculator.perCluster(round, grades, calibration).get(0);

        double[][] table = new double[ALL_ITEMS.size()][2];
        for (GradeRecord g : grades) {
            if (g.clusterCode().equals("X")) {
                table[ALL_ITEMS.indexOf(g.itemId())][g.evaluatorId().equals("e1") ? 0 : 1] = calibration.value(g);
            }
        }
        assertEquals("X", calibrated.scope());
        assertEquals(Icc.icc21(table), calibrated.icc(), EPS);
        assertNotEquals(raw.icc(), calibrated.icc(), 1e-6);
        List<double[]> units = List.of(table);
        assertEquals(KrippendorffAlpha.of(units, KrippendorffAlpha.Metric.INTERVAL), calibrated.alphaInterval(), EPS);
    }

    /**
     * Partial assignment with no cluster graded by all: e1 and e2 graded P, Q, R; e3 R, S, T; e4 S, T.
     * All four share nothing. Leaving out e1, e2 or e3 still leaves nothing shared; leaving out e4
     * leaves R shared (1, the most): e4 leaves. e1, e2, e3 share R only; leaving out e1 or e2 keeps R
     * (1), leaving out e3 keeps P, Q, R (3, the most): e3 leaves. The table: P, Q, R by e1, e2.
     */
    @Test
    void theTotalsTableKeepsTheRatersWhoShareTheMostClusters() {
        double x = Double.NaN;
        double[][] table = {
            {4, 3, x, x}, // P
            {3, 2, x, x}, // Q
            {2, 1, 2, x}, // R
            {x, x, 3, 4}, // S
            {x, x, 1, 2}, // T
        };
        AgreementCalculator.Block block = AgreementCalculator.commonBlock(table);
        assertEquals(List.of(0, 1, 2), java.util.Arrays.stream(block.rows()).boxed().toList());
        assertEquals(List.of(0, 1), java.util.Arrays.stream(block.columns()).boxed().toList());
    }

    private static void add(List<GradeRecord> grades, String cluster, String item, String... byEvaluator) {
        for (int e = 0; e < byEvaluator.length; e++) {
            if (byEvaluator[e] != null) {
                grades.add(new GradeRecord("e" + (e + 1), cluster, item, byEvaluator[e]));
            }
        }
    }
}
