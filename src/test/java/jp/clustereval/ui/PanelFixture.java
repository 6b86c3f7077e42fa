package jp.clustereval.ui;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.weights.TestWeights;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;

/**
 * A chair's database small enough to check by hand: two evaluators grade SAP and SEN completely
 * (only complete sheets make totals): items 1.1 (axis A) and 4 (axis E) as below, every other item
 * B = 2, so axes B, C and D are 2 on every sheet. The weighting group's first set is A=10,
 * B=C=D=20, E=30: a total is .1 A + .6 x 2 + .3 E.
 * <pre>
 *              A (1.1)   E (4)    own total
 * SAP  one     S = 4     C = 1    1.9
 * SAP  two     A = 3     B = 2    2.1       axis means A 3.5, E 1.5: total 2.0
 * SEN  one     B = 2     A = 3    2.3
 * SEN  two     B = 2     B = 2    2.0       axis means A 2.0, E 2.5: total 2.15 (rank 1)
 * </pre>
 */
final class PanelFixture {

    private PanelFixture() {
    }

    static void grade(Services s, Round round) {
        Evaluator one = s.evaluators().add("評価 一郎", "University A");
        Evaluator two = s.evaluators().add("評価 二郎", "University B");
        set(s, round, one, "SAP", "S", "C");
        set(s, round, two, "SAP", "A", "B");
        set(s, round, one, "SEN", "B", "A");
        set(s, round, two, "SEN", "B", "B");
        s.weights().set(round.id(), TestWeights.axes(10, 20, 20, 20, 30), java.util.Map.of(), "Weighting group");
    }

    static Evaluator first(Services s) {
        return s.evaluators().resolve("評価 一郎");
    }

    private static void set(Services s, Round round, Evaluator e, String cluster, String a, String eGrade) {
        SheetKey key = new SheetKey(round.id(), e.id(), cluster);
        s.grading().setGrade(key, "1.1", a, "test");
        s.grading().setGrade(key, "4", eGrade, "test");
        for (String item : java.util.List.of("1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3")) {
            s.grading().setGrade(key, item, "B", "test");
        }
    }
}
