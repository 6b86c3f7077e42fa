package jp.clustereval.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SheetScorerTest {

    private static final double EPS = 1e-12;

    private final Round weighted = TestRounds.round(
            Map.of("A", 0.3, "B", 0.2, "C", 0.2, "D", 0.1, "E", 0.2),
            Map.of("1.2.1", 60.0, "1.2.2", 40.0), Set.of(), List.of());

    @Test
    void fullSheetGivesWeightedAxesAndTotal() {
        SheetScorer scorer = new SheetScorer(weighted);
        Map<String, String> grades = Map.of("1.1", "S", "1.2.1", "A", "1.2.2", "C", "1.3", "B",
                "2.1", "S", "2.2", "A", "2.3", "A", "3", "B", "4", "A");
        Map<String, Double> axes = scorer.axisScores("SAP", grades);
        // by hand: A = 4; B = (3*60 + 1*40)/100 = 2.2; C = 2; D = (4+3+3+2)/4 = 3; E = 3
        assertEquals(4.0, axes.get("A"), EPS);
        assertEquals(2.2, axes.get("B"), EPS);
        assertEquals(2.0, axes.get("C"), EPS);
        assertEquals(3.0, axes.get("D"), EPS);
        assertEquals(3.0, axes.get("E"), EPS);
        // total = .3*4 + .2*2.2 + .2*2 + .1*3 + .2*3 = 2.94
        assertEquals(2.94, scorer.total(axes).getAsDouble(), EPS);
        assertEquals(9, scorer.gradedCount("SAP", grades));
    }

    @Test
    void ungradedItemsAreLeftOutNotCountedAsZero() {
        SheetScorer scorer = new SheetScorer(weighted);
        Map<String, String> grades = Map.of("1.2.2", "C", "2.1", "S");
        Map<String, Double> axes = scorer.axisScores("SAP", grades);
        assertEquals(Set.of("B", "D"), axes.keySet());
        assertEquals(1.0, axes.get("B"), EPS, "only 1.2.2 graded: its weight is renormalised to 100 %");
        assertEquals(4.0, axes.get("D"), EPS);
        // total over the graded axes only: (.2*1 + .1*4) / .3 = 2.0
        assertEquals(2.0, scorer.total(axes).getAsDouble(), EPS);
        assertEquals(2, scorer.gradedCount("SAP", grades));
    }

    @Test
    void emptySheetHasNoScores() {
        SheetScorer scorer = new SheetScorer(weighted);
        assertTrue(scorer.axisScores("SAP", Map.of()).isEmpty());
        assertFalse(scorer.total(Map.of()).isPresent());
    }

    @Test
    void itemWithSubItemsScoresTheMeanOfItsGradedSubItems() {
        Round round = TestRounds.round(Map.of(), Map.of(), Set.of(), List.of(
                TestRounds.subItem("1.1.t1", "1.1", "SAP", 20),
                TestRounds.subItem("1.1.t2", "1.1", "SAP", 21),
                TestRounds.subItem("1.1.t3", "1.1", "SAP", 22),
                TestRounds.subItem("1.1.k1", "1.1", "KYO", 23)));
        SheetScorer scorer = new SheetScorer(round);
        // s and b, written in lower case as sub-items are; t3 ungraded; the direct grade C is not used
        Map<String, String> grades = Map.of("1.1.t1", "s", "1.1.t2", "b", "1.1", "C");
        assertEquals(3.0, scorer.itemScore("SAP", "1.1", grades).getAsDouble(), EPS);
        assertEquals(3.0, scorer.axisScores("SAP", grades).get("A"), EPS);
        // KYO's themes are not SAP's: for KYO, 1.1 has the sub-item k1, ungraded, so the direct grade counts
        assertEquals(1.0, scorer.itemScore("KYO", "1.1", grades).getAsDouble(), EPS);
        assertEquals(List.of("1.1.k1"), round.items().children("1.1", "KYO").stream().map(Item::id).toList());
        // asked again (the tree keeps its answers), and for a cluster without themes of its own
        assertEquals(List.of("1.1.t1", "1.1.t2", "1.1.t3"),
                round.items().children("1.1", "SAP").stream().map(Item::id).toList());
        assertEquals(List.of(), round.items().children("1.1", "SEN"));
        assertEquals(1.0, scorer.itemScore("SEN", "1.1", grades).getAsDouble(), EPS);
    }

    @Test
    void gradeCodesFollowTheScaleAndOthersAreRefused() {
        GradeScale scale = TestRounds.scale();
        assertEquals(4.0, scale.value("S"));
        assertEquals(4.0, scale.value("s"));
        assertEquals(1.0, scale.value(" c "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scale.value("X"));
        assertEquals("Grade 'X' is not on the scale: use one of S, A, B, C", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> scale.value("SS"));
    }
}
