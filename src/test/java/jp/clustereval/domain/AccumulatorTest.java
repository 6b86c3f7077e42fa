package jp.clustereval.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The ways of feeding the accumulator (grades per sheet, stored axis scores per sheet, a whole
 * cluster at once in any evaluator order) give exactly, bit for bit, the same results.
 */
class AccumulatorTest {

    private final Round round = TestRounds.round(
            Map.of("A", 0.3, "B", 0.2, "C", 0.2, "D", 0.1, "E", 0.2),
            Map.of("1.2.1", 60.0, "1.2.2", 40.0), Set.of("SAP", "SEN"), List.of());
    private final SheetScorer scorer = new SheetScorer(round);

    // three evaluators of SAP (handed over in different orders below), one of SEN
    private final Map<String, Map<String, String>> sap = Map.of(
            "e1", Map.of("1.1", "S", "1.2.1", "A", "1.2.2", "C", "4", "A"),
            "e2", Map.of("1.1", "A", "1.2.1", "S"),
            "e3", Map.of("1.2.1", "B", "1.2.2", "A", "2.1", "C"));
    private final Map<String, String> sen = Map.of("1.1", "B", "4", "C");

    @Test
    void axisScoreArrayIsTheAxisScoresInAxisOrderWithNaNForUngradedAxes() {
        // B = (3 * 0.6 + 1 * 0.4) / 1.0 = 2.2; C, D not graded
        assertArrayEquals(new double[] {4.0, 2.2, Double.NaN, Double.NaN, 3.0},
                scorer.axisScoreArray("SAP", sap.get("e1")));
    }

    @Test
    void aWholeClusterInAnyOrderGivesTheResultsOfSheetsOneByOne() {
        Aggregator.Accumulator bySheet = new Aggregator(round).accumulator();
        List.of("e3", "e1", "e2").forEach(e -> bySheet.sheet("SAP", e, sap.get(e)));
        bySheet.sheet("SEN", "e1", sen);

        Aggregator.Accumulator byCluster = new Aggregator(round).accumulator();
        byCluster.cluster("SEN", List.of("e1"), List.of(scorer.axisScoreArray("SEN", sen)), List.of(false));
        byCluster.cluster("SAP", List.of("e2", "e3", "e1"), List.of(scorer.axisScoreArray("SAP", sap.get("e2")),
                scorer.axisScoreArray("SAP", sap.get("e3")), scorer.axisScoreArray("SAP", sap.get("e1"))),
                List.of(false, false, false));

        Aggregator.Accumulator mixed = new Aggregator(round).accumulator();
        mixed.sheetScores("SEN", "e1", scorer.axisScoreArray("SEN", sen), false);
        mixed.cluster("SAP", List.of("e1", "e2", "e3"), List.of(scorer.axisScoreArray("SAP", sap.get("e1")),
                scorer.axisScoreArray("SAP", sap.get("e2")), scorer.axisScoreArray("SAP", sap.get("e3"))),
                List.of(false, false, false));

        Results expected = bySheet.results(round.cohort());
        assertEquals(expected, byCluster.results(round.cohort()));
        assertEquals(expected, mixed.results(round.cohort()));
        // every sheet here is unfinished: the axis values keep them, no total counts them
        assertEquals(0, expected.cluster("SAP").orElseThrow().evaluators());
        assertEquals(3, expected.cluster("SAP").orElseThrow().partial());
        assertEquals(3, expected.cluster("SAP").orElseThrow().axes().get("B").count());
        assertEquals(0, expected.cohort().evaluators());
    }

    @Test
    void aSheetTwiceIsRefusedWhicheverWayItCame() {
        double[] v = scorer.axisScoreArray("SEN", sen);
        Aggregator.Accumulator acc = new Aggregator(round).accumulator();
        acc.cluster("SEN", List.of("e1"), List.of(v), List.of(false));
        assertThrows(IllegalArgumentException.class, () -> acc.sheetScores("SEN", "e2", v, false));
        assertThrows(IllegalArgumentException.class, () -> acc.cluster("SEN", List.of("e2"), List.of(v), List.of(false)));
        assertThrows(IllegalArgumentException.class,
                () -> acc.cluster("SAP", List.of("e1", "e1"), List.of(v, v), List.of(false, false)));
        assertThrows(IllegalArgumentException.class,
                () -> acc.cluster("KYO", List.of("e1"), List.of(new double[3]), List.of(false)));
    }
}
