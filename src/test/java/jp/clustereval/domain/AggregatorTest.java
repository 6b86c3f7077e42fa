package jp.clustereval.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The worked example of docs/scoring.md, computed by hand. */
class AggregatorTest {

    private static final double EPS = 1e-12;
    private static final Set<String> COHORT = Set.of("SAP", "SEN", "KYO", "HAM");

    private final Round round = TestRounds.round(
            Map.of("A", 0.3, "B", 0.2, "C", 0.2, "D", 0.1, "E", 0.2),
            Map.of("1.2.1", 60.0, "1.2.2", 40.0), COHORT, List.of());

    private List<GradeRecord> grades() {
        List<GradeRecord> g = new ArrayList<>();
        // e1 grades SAP fully: A 4, B 2.2, C 2, D 3, E 3 (total 2.94)
        Map.of("1.1", "S", "1.2.1", "A", "1.2.2", "C", "1.3", "B", "2.1", "S", "2.2", "A", "2.3", "A", "3", "B", "4", "A")
                .forEach((item, grade) -> g.add(new GradeRecord("e1", "SAP", item, grade)));
        // e2 grades SAP partly: A 3, B 4 (only 1.2.1)
        g.add(new GradeRecord("e2", "SAP", "1.1", "A"));
        g.add(new GradeRecord("e2", "SAP", "1.2.1", "S"));
        // SEN by e1 and KYO by e2: all B, so both total 2.00 (a tie)
        for (String item : List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4")) {
            g.add(new GradeRecord("e1", "SEN", item, "B"));
            g.add(new GradeRecord("e2", "KYO", item, "B"));
        }
        // NGY (not in the cohort) by e1: only item 4 = C, so only axis E
        g.add(new GradeRecord("e1", "NGY", "4", "C"));
        return g;
    }

    /** The worked example of docs/scoring.md with unfinished sheets counted (--include-partial: the old figures). */
    @Test
    void clusterAxesAreMeansOverTheEvaluatorsWhoGradedThem() {
        Results r = new Aggregator(round, true).aggregate(grades(), COHORT);
        ClusterResult sap = r.cluster("SAP").orElseThrow();
        assertEquals(2, sap.evaluators());
        assertEquals(new Score(3.5, 2), rounded(sap.axes().get("A")));
        assertEquals(new Score(3.1, 2), rounded(sap.axes().get("B")));
        assertEquals(new Score(2.0, 1), rounded(sap.axes().get("C")));
        assertEquals(new Score(3.0, 1), rounded(sap.axes().get("D")));
        assertEquals(new Score(3.0, 1), rounded(sap.axes().get("E")));
        // total = .3*3.5 + .2*3.1 + .2*2 + .1*3 + .2*3 = 2.97
        assertEquals(2.97, sap.total(), EPS);
    }

    /**
     * The worked example by default: e2's SAP sheet is unfinished, so SAP's total is e1's alone,
     * .3x4 + .2x2.2 + .2x2 + .1x3 + .2x3 = 2.94 (1 evaluator, 1 sheet left out), while its axis values
     * keep e2's grades (A 3.5 over 2 sheets); NGY (only item 4) has no complete sheet: no total.
     */
    @Test
    void onlyCompleteSheetsCountForTheTotalByDefault() {
        Results r = new Aggregator(round).aggregate(grades(), COHORT);
        ClusterResult sap = r.cluster("SAP").orElseThrow();
        assertEquals(2.94, sap.total(), EPS);
        assertEquals(1, sap.evaluators());
        assertEquals(1, sap.partial());
        assertEquals(new Score(3.5, 2), rounded(sap.axes().get("A")));
        assertEquals(new Score(3.1, 2), rounded(sap.axes().get("B")));
        ClusterResult ngy = r.cluster("NGY").orElseThrow();
        assertTrue(Double.isNaN(ngy.total()));
        assertEquals(0, ngy.rank());
        assertEquals(0, ngy.evaluators());
        assertEquals(1, ngy.partial());
        assertEquals((2.94 + 2 + 2) / 3, r.cohort().total().value(), EPS);
        assertEquals(3, r.cohort().covered(), "3 of the cohort's 4 clusters: HAM is ungraded");
        assertEquals(4, r.cohort().members().size());
    }

    /** The cohort is ranked; NGY, outside it, follows without a rank even with a total (--include-partial). */
    @Test
    void ranksFollowTheTotalAndTiesShareARank() {
        for (boolean includePartial : new boolean[] {false, true}) {
            Results r = new Aggregator(round, includePartial).aggregate(grades(), COHORT);
            assertEquals(List.of("SAP", "KYO", "SEN", "NGY"), r.clusters().stream().map(ClusterResult::clusterCode).toList());
            assertEquals(List.of(1, 2, 2, 0), r.clusters().stream().map(ClusterResult::rank).toList());
            assertEquals(Set.of("E"), r.cluster("NGY").orElseThrow().axes().keySet());
            assertFalse(r.cluster("HAM").isPresent(), "a cluster nobody graded has no result");
        }
        assertEquals(1.0, new Aggregator(round, true).aggregate(grades(), COHORT).cluster("NGY").orElseThrow().total(), EPS);
    }

    @Test
    void cohortAverageIsTheMeanOfTheGradedCohortClusters() {
        CohortAverage cohort = new Aggregator(round, true).aggregate(grades(), COHORT).cohort();
        // A: (3.5 + 2 + 2) / 3; B: (3.1 + 2 + 2) / 3; HAM ungraded and NGY outside the cohort are left out
        assertEquals(2.5, cohort.axes().get("A").value(), EPS);
        assertEquals(3, cohort.axes().get("A").count());
        assertEquals(7.1 / 3, cohort.axes().get("B").value(), EPS);
        assertEquals(2.0, cohort.axes().get("C").value(), EPS);
        assertEquals(7.0 / 3, cohort.axes().get("E").value(), EPS);
        assertEquals((2.97 + 2 + 2) / 3, cohort.total().value(), EPS);
        assertEquals(3, cohort.total().count());
        assertEquals(2, cohort.evaluators());
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<GradeRecord> shuffled = grades();
        Collections.reverse(shuffled);
        assertEquals(new Aggregator(round).aggregate(grades(), COHORT), new Aggregator(round).aggregate(shuffled, COHORT));
    }

    @Test
    void noGradesGiveNoClustersAndAnEmptyCohort() {
        Results r = new Aggregator(round).aggregate(List.of(), COHORT);
        assertTrue(r.clusters().isEmpty());
        assertTrue(r.cohort().axes().isEmpty());
        assertNull(r.cohort().total());
        assertEquals(0, r.cohort().evaluators());
    }

    @Test
    void equalWeightsGiveThePlainMeanOfTheAxes() {
        Round equal = TestRounds.equalWeights(Set.of("SAP"));
        List<GradeRecord> g = List.of(new GradeRecord("e1", "SAP", "1.1", "S"), new GradeRecord("e1", "SAP", "1.3", "C"),
                new GradeRecord("e1", "SAP", "2.1", "A"), new GradeRecord("e1", "SAP", "3", "B"));
        ClusterResult sap = new Aggregator(equal, true).aggregate(g, Set.of("SAP")).cluster("SAP").orElseThrow();
        // A 4, C 1, D (3+2)/2 = 2.5; total (4 + 1 + 2.5) / 3 = 2.5
        assertEquals(2.5, sap.axes().get("D").value(), EPS);
        assertEquals(2.5, sap.total(), EPS);
    }

    /**
     * A cluster graded only on an axis that weighs 0 has axis values but no total: it is listed
     * without a rank and left out of the cohort, as the panel does (results used to fail with NoSuchElementException).
     */
    @Test
    void aClusterWithoutATotalIsNeitherRankedNorAveraged() {
        Round noE = TestRounds.round(Map.of("A", 0.5, "B", 0.5, "C", 0.0, "D", 0.0, "E", 0.0), Map.of(), COHORT, List.of());
        List<GradeRecord> g = List.of(new GradeRecord("e1", "SAP", "1.1", "S"), new GradeRecord("e2", "SEN", "4", "A"));
        Results r = new Aggregator(noE, true).aggregate(g, COHORT);
        assertEquals(List.of("SAP", "SEN"), r.clusters().stream().map(ClusterResult::clusterCode).toList());
        assertEquals(0, r.cluster("SEN").orElseThrow().rank(), "listed with its axis values, without a rank");
        assertEquals(new Score(4.0, 1), r.cohort().total());
        assertEquals(1, r.cohort().evaluators());
    }

    private static Score rounded(Score s) {
        return new Score(Math.round(s.value() * 1e9) / 1e9, s.count());
    }
}
