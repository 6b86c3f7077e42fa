package jp.clustereval.domain.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.clustereval.domain.Aggregator;
import jp.clustereval.domain.ClusterResult;
import jp.clustereval.domain.GradeRecord;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.Score;
import jp.clustereval.domain.TestRounds;
import jp.clustereval.domain.weights.Weights;

class PanelCalculatorTest {

    private static final double EPS = 1e-12;
    private static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");

    private final Round round = TestRounds.round(Map.of("A", 0.3, "B", 0.2, "C", 0.2, "D", 0.1, "E", 0.2), Map.of(),
            Set.of("SAP", "SEN"), List.of());

    /**
     * e1 on SAP: 1.1 S, 1.2.1 A, 1.2.2 B, 1.3 A, 2.1-3 A, 4 B -> A 4, B 2.5, C 3, D 3, E 2;
     * total .3x4 + .2x2.5 + .2x3 + .1x3 + .2x2 = 3.0. e2 on SAP: 1.1 A, all else B -> A 3, B-E 2, total 2.3.
     * SAP: A 3.5, B 2.25, C 2.5, D 2.5, E 2 -> total 1.05 + .45 + .5 + .25 + .4 = 2.65; spread 2.3..3.0, sd 0.7 / sqrt 2.
     * SEN: e1 all A -> 3.0, rank 1. Cohort: total (2.65 + 3) / 2 = 2.825, A (3.5 + 3) / 2 = 3.25.
     */
    @Test
    void handWorkedTotalsSpreadAndCohort() {
        List<GradeRecord> grades = new ArrayList<>();
        String[] e1 = {"S", "A", "B", "A", "A", "A", "A", "A", "B"};
        String[] e2 = {"A", "B", "B", "B", "B", "B", "B", "B", "B"};
        for (int i = 0; i < ITEMS.size(); i++) {
            grades.add(new GradeRecord("e1", "SAP", ITEMS.get(i), e1[i]));
            grades.add(new GradeRecord("e2", "SAP", ITEMS.get(i), e2[i]));
            grades.add(new GradeRecord("e1", "SEN", ITEMS.get(i), "A"));
        }
        PanelResults r = compute(grades, GradeValuation.raw(round));
        ClusterFigures sap = r.cluster("SAP").orElseThrow();
        assertEquals(2.65, sap.total(), EPS);
        assertEquals(2, sap.rank());
        assertEquals(2, sap.evaluators());
        assertEquals(2.25, sap.axes().get("B").value(), EPS);
        assertEquals(2.3, sap.min(), EPS);
        assertEquals(3.0, sap.max(), EPS);
        assertEquals(0.7 / Math.sqrt(2), sap.sd(), EPS);
        ClusterFigures sen = r.cluster("SEN").orElseThrow();
        assertEquals(1, sen.rank());
        assertTrue(Double.isNaN(sen.sd()), "one evaluator: no standard deviation");
        assertEquals(2.825, r.cohortAverage().total().value(), EPS);
        assertEquals(3.25, r.cohortAverage().axes().get("A").value(), EPS);
        assertEquals(List.of("SEN", "SAP"), r.clusters().stream().map(ClusterFigures::clusterCode).toList());
    }

    /**
     * e1 gave S, A, A, A (values 4, 3, 3, 3: mean 3.25, population SD 0.433); e2 gave C, S (1, 4: mean 2.5,
     * SD 1.5). All six grades: mean 3, population SD 1. e2's C: z = -1 -> 3 - 1 = 2.0; e2's S: 4.0;
     * e1's A: z = -0.577 -> 2.423; e1's S: z = 1.732 -> 4.732, clamped to the scale's 4.
     */
    @Test
    void calibrationStandardisesPerEvaluatorAndRescalesToThePanel() {
        List<GradeRecord> grades = List.of(g("e1", "SAP", "1.1", "S"), g("e1", "SAP", "1.3", "A"),
                g("e1", "SEN", "1.1", "A"), g("e1", "SEN", "1.3", "A"), g("e2", "SAP", "1.1", "C"), g("e2", "SEN", "1.1", "S"));
        Calibration c = new Calibration(round, grades);
        assertEquals(3.0, c.panelMean(), EPS);
        assertEquals(1.0, c.panelSd(), EPS);
        assertEquals(2.0, c.value(grades.get(4)), EPS);
        assertEquals(4.0, c.value(grades.get(5)), EPS);
        assertEquals(3 - 0.25 / Math.sqrt(0.1875), c.value(grades.get(1)), EPS);
        assertEquals(4.0, c.value(grades.get(0)), EPS, "4.732 is clamped to the top of the scale");
        // SAP 1.1 raw: e1 4, e2 1 -> A 2.5; calibrated: e1 4, e2 2 -> 3.0
        PanelResults calibrated = compute(grades, c);
        assertEquals(3.0, calibrated.cluster("SAP").orElseThrow().axes().get("A").value(), EPS);
        assertEquals("calibrated", calibrated.basis());
    }

    @Test
    void anEvaluatorWithOneGradeOnlyLandsOnThePanelMean() {
        List<GradeRecord> grades = List.of(g("e1", "SAP", "1.1", "S"), g("e2", "SAP", "1.1", "C"), g("e2", "SAP", "4", "A"));
        Calibration c = new Calibration(round, grades);
        assertEquals(c.panelMean(), c.value(grades.get(0)), EPS);
    }

    /** The raw figures are the existing Aggregator's, on a random panel: one set of rules. */
    @Test
    void rawFiguresAgreeWithTheAggregator() {
        Random random = new Random(7);
        List<GradeRecord> grades = new ArrayList<>();
        for (String cluster : List.of("SAP", "SEN", "KYO", "FUK")) {
            for (int e = 0; e < 5; e++) {
                for (String item : ITEMS) {
                    if (random.nextInt(6) > 0) {
                        grades.add(new GradeRecord("e" + e, cluster, item, "SABC".substring(random.nextInt(4)).substring(0, 1)));
                    }
                }
            }
        }
        // random gaps leave most sheets unfinished: counted here, so that every figure is compared
        Results expected = new Aggregator(round, true).aggregate(grades, round.cohort());
        PanelResults actual = compute(grades, GradeValuation.raw(round), true);
        assertEquals(expected.clusters().size(), actual.clusters().size());
        for (ClusterResult e : expected.clusters()) {
            ClusterFigures a = actual.cluster(e.clusterCode()).orElseThrow();
            assertEquals(e.total(), a.total(), 1e-12);
            assertEquals(e.rank(), a.rank());
            assertEquals(e.evaluators(), a.evaluators());
            assertSameScores(e.clusterCode(), e.axes(), a.axes());
        }
        assertEquals(expected.cohort().total().value(), actual.cohortAverage().total().value(), 1e-12);
        assertEquals(expected.cohort().total().count(), actual.cohortAverage().total().count());
        assertEquals(expected.cohort().evaluators(), actual.cohortAverage().evaluators());
        assertSameScores("cohort", expected.cohort().axes(), actual.cohortAverage().axes());
    }

    /** Same axes in the same order, each with the same value and the same number of contributors. */
    private static void assertSameScores(String what, Map<String, Score> expected, Map<String, Score> actual) {
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), what + ": axes");
        for (Map.Entry<String, Score> axis : expected.entrySet()) {
            Score a = actual.get(axis.getKey());
            assertEquals(axis.getValue().value(), a.value(), 1e-12, what + " " + axis.getKey());
            assertEquals(axis.getValue().count(), a.count(), what + " " + axis.getKey() + ": contributors");
        }
    }

    private PanelResults compute(List<GradeRecord> grades, GradeValuation valuation) {
        return compute(grades, valuation, false);
    }

    private PanelResults compute(List<GradeRecord> grades, GradeValuation valuation, boolean includePartial) {
        ScoreCube cube = ScoreCube.of(round, grades, valuation, null);
        return PanelCalculator.compute(round.id(), cube, Weights.current(round).axes(), valuation instanceof Calibration,
                "round", null, round.cohort(), round.cohort(), includePartial);
    }

    private static GradeRecord g(String e, String cluster, String item, String grade) {
        return new GradeRecord(e, cluster, item, grade);
    }
}
