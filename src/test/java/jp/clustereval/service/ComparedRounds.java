package jp.clustereval.service;

import java.nio.file.Path;
import java.util.List;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundKind;

/**
 * A database with the seeded mid-term round and the final evaluation made from it
 * ({@code round create --from mid-fy2004 --kind final}), graded so that the change per axis can be
 * worked out by hand (grades S = 4, A = 3, B = 2; every axis weighs 1, the total is their mean):
 * <pre>
 *            mid-term                         final
 * SAP  Hanako all A, Ichiro all B        Hanako 1.1 S, 1.3 B, 4 S, rest A; Ichiro all A
 *      axes 2.50 each, total 2.50        A 3.50  B 3.00  C 2.50  D 3.00  E 3.50, total 3.10
 *      change                            A +1.00 B +0.50 C ±0.00 D +0.50 E +1.00, total +0.60
 * SEN  -                                 Hanako all B: 2.00 (not graded in the mid-term)
 * KYO  Hanako all S: 4.00                - (not graded in the final)
 * </pre>
 */
public final class ComparedRounds {

    public static final String MID = TwoRounds.MID;
    public static final String FINAL = "final-fy2006";

    private ComparedRounds() {
    }

    /** Makes the final round and grades both rounds as above. */
    public static void create(Path db) {
        try (Services s = Services.open(db, false)) {
            addFinalRound(s);
            Evaluator hanako = s.evaluators().add("Hanako", "Tohoku");
            Evaluator ichiro = s.evaluators().add("Ichiro", "Kyoto");
            TwoRounds.gradeAll(s, MID, hanako.id(), "SAP", "A");
            TwoRounds.gradeAll(s, MID, ichiro.id(), "SAP", "B");
            TwoRounds.gradeAll(s, MID, hanako.id(), "KYO", "S");
            TwoRounds.gradeAll(s, FINAL, hanako.id(), "SAP", "A");
            for (String item : List.of("1.1", "4")) {
                s.grading().setGrade(new SheetKey(FINAL, hanako.id(), "SAP"), item, "S", "test");
            }
            s.grading().setGrade(new SheetKey(FINAL, hanako.id(), "SAP"), "1.3", "B", "test");
            TwoRounds.gradeAll(s, FINAL, ichiro.id(), "SAP", "A");
            TwoRounds.gradeAll(s, FINAL, hanako.id(), "SEN", "B");
        }
    }

    /** The final evaluation as the secretariat makes it from the mid-term round. */
    public static void addFinalRound(Services s) {
        s.roundSetup().create(new RoundSetupService.NewRound(FINAL, new LocalizedText("終了評価", "Final evaluation"),
                RoundKind.FINAL, MID, null, null, null), "test");
    }
}
