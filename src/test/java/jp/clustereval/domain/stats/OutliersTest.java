package jp.clustereval.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.clustereval.domain.GradeRecord;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.TestRounds;

class OutliersTest {

    private final Round round = TestRounds.equalWeights(Set.of("SAP"));

    @Test
    void aGradeOneAndAHalfPointsFromTheOthersMeanIsFlagged() {
        // SAP 1.1: e1 S(4), e2 B(2), e3 A(3). e1: others' mean 2.5, 1.5 away -> flagged (the rule is "or more");
        // e2: others 3.5, 1.5 away -> flagged; e3: others 3.0, 0 away -> not.
        // SAP 4: e1 A(3), e2 A(3), e3 C(1): e3 2.0 away -> flagged; e1: others 2.0, 1.0 away -> not.
        List<GradeRecord> grades = List.of(g("e1", "1.1", "S"), g("e2", "1.1", "B"), g("e3", "1.1", "A"),
                g("e1", "4", "A"), g("e2", "4", "A"), g("e3", "4", "C"), g("e1", "1.3", "S"));
        List<Outliers.GradeOutlier> flagged = Outliers.grades(round, grades);
        assertEquals(List.of("e1 1.1 1.5", "e2 1.1 -1.5", "e3 4 -2.0"), flagged.stream()
                .map(o -> o.evaluatorId() + " " + o.itemId() + " " + o.deviation()).toList());
        assertEquals(2.5, flagged.get(0).othersMean(), 1e-12);
    }

    @Test
    void anEvaluatorMoreThanOneSdFromThePanelIsFlagged() {
        // means: e1 = 4, e2 = 3, e3 = 3, e4 = 2 -> panel mean 3, sample SD sqrt((1+0+0+1)/3) = 0.816:
        // e1 and e4 deviate by 1 > 0.816 -> flagged; e2, e3 not.
        List<GradeRecord> grades = List.of(g("e1", "1.1", "S"), g("e1", "4", "S"), g("e2", "1.1", "A"),
                g("e3", "4", "A"), g("e4", "1.1", "B"), g("e4", "4", "B"));
        List<Outliers.EvaluatorOutlier> flagged = Outliers.evaluators(round, grades);
        assertEquals(List.of("e1", "e4"), flagged.stream().map(Outliers.EvaluatorOutlier::evaluatorId).toList());
        assertEquals(Math.sqrt(2.0 / 3), flagged.get(0).sdOfMeans(), 1e-12);
        assertEquals(3.0, flagged.get(1).panelMean(), 1e-12);
    }

    /**
     * docs/statistics.md: the evaluator rule cannot fire with two evaluators. Each mean lies |m1 - m2| / 2
     * from the panel mean, while the sample SD of two means is |m1 - m2| / sqrt(2), which is larger
     * (Samuelson's inequality: no value lies more than (n - 1) / sqrt(n) sample SDs from the mean,
     * which exceeds 1 only from n = 3 on). The most different two evaluators possible are not flagged;
     * a third makes the same grades flaggable.
     */
    @Test
    void theEvaluatorRuleCannotFireWithTwoEvaluators() {
        List<GradeRecord> two = List.of(g("e1", "1.1", "S"), g("e1", "4", "S"), g("e2", "1.1", "C"), g("e2", "4", "C"));
        assertEquals(List.of(), Outliers.evaluators(round, two));
        java.util.Random random = new java.util.Random(12);
        String[] codes = {"S", "A", "B", "C"};
        for (int draw = 0; draw < 1000; draw++) {
            List<GradeRecord> grades = new java.util.ArrayList<>();
            for (String e : List.of("e1", "e2")) {
                for (String item : List.of("1.1", "1.3", "4")) {
                    grades.add(g(e, item, codes[random.nextInt(4)]));
                }
            }
            assertEquals(List.of(), Outliers.evaluators(round, grades), grades::toString);
        }
        // e1 = 4, e2 = 1, e3 = 1: panel mean 2, sample SD sqrt((4 + 1 + 1) / 2) = 1.732; e1 is 2 away
        List<GradeRecord> three = new java.util.ArrayList<>(two);
        three.add(g("e3", "1.1", "C"));
        assertEquals(List.of("e1"), Outliers.evaluators(round, three).stream().map(Outliers.EvaluatorOutlier::evaluatorId).toList());
    }

    private static GradeRecord g(String evaluator, String item, String grade) {
        return new GradeRecord(evaluator, "SAP", item, grade);
    }
}
