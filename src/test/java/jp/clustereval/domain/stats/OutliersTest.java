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

    private static GradeRecord g(String evaluator, String item, String grade) {
        return new GradeRecord(evaluator, "SAP", item, grade);
    }
}
