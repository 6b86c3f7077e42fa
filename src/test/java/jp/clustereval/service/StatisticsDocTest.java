package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.domain.stats.Agreement;

/**
 * What docs/statistics.md says of the grades behind calibration and the per-cluster ICC, on a real
 * chair's database: grades left out for a conflict of interest are left out of calibration's means
 * and standard deviations too; the per-cluster ICC's targets are the cluster's graded items and its
 * raters the evaluators who scored every one of them.
 */
class StatisticsDocTest {

    static final List<String> ITEMS = ScoreFileFixture.ITEMS;

    @TempDir
    Path dir;

    private static void sheet(Services s, Round round, Evaluator e, String cluster, String grades) {
        for (int i = 0; i < grades.length(); i++) {
            s.grading().setGrade(new SheetKey(round.id(), e.id(), cluster), ITEMS.get(i), String.valueOf(grades.charAt(i)), "test");
        }
    }

    /** One: SAP, SEN and (with or without) HAM, where they are affiliated; two: SAP and SEN. */
    private static Services panel(Path file, boolean withHam) {
        Services s = Services.open(file, false, file.resolveSibling(file.getFileName() + "-keys"));
        Round round = s.rounds().current();
        Evaluator one = s.evaluators().add("評価 一郎", "University A");
        Evaluator two = s.evaluators().add("評価 二郎", "University B");
        sheet(s, round, one, "SAP", "SSAASAABS");
        sheet(s, round, one, "SEN", "BAABBABAB");
        sheet(s, round, two, "SAP", "AABBABBAA");
        sheet(s, round, two, "SEN", "BBCBBCBBC");
        if (withHam) {
            sheet(s, round, one, "HAM", "CCCCCCCCC");
            s.coi().add(round.id(), one.id(), "HAM", "professor at the core university", "chair");
        }
        return s;
    }

    private static PanelResults calibrated(Services s) {
        return s.panel().results(new PanelService.Scope(s.rounds().current().id(), CohortSpec.parse("all"), false, true));
    }

    private static double total(PanelResults r, String cluster) {
        return r.cluster(cluster).orElseThrow().total();
    }

    @Test
    void gradesLeftOutForAConflictOfInterestLeaveCalibrationsMeansAndSds() {
        try (Services excluded = panel(dir.resolve("coi.db"), true); Services without = panel(dir.resolve("none.db"), false)) {
            PanelResults a = calibrated(excluded);
            PanelResults b = calibrated(without);
            for (String cluster : List.of("SAP", "SEN")) {
                assertEquals(total(b, cluster), total(a, cluster), 1e-12, cluster + ": as if HAM had never been graded");
            }
            // included with a reason, the nine Cs lower one's mean and widen their SD: their other grades calibrate higher
            Round round = excluded.rounds().current();
            excluded.coi().setIncluded(round.id(), "評価 一郎", "HAM", true, "the chair decided", "chair");
            assertNotEquals(total(a, "SAP"), total(calibrated(excluded), "SAP"), 1e-6);
        }
    }

    @Test
    void thePerClusterIccRatesTheGradedItemsByTheEvaluatorsWhoScoredEveryOne() {
        try (Services s = panel(dir.resolve("icc.db"), false)) {
            Round round = s.rounds().current();
            Evaluator three = s.evaluators().add("評価 三郎", "University C");
            sheet(s, round, three, "SAP", "SAAB"); // a partial sheet: 4 of the 9 graded items
            PanelService.AgreementReport report = s.panel().agreement(
                    new PanelService.Scope(round.id(), CohortSpec.parse("all"), false, false));
            Agreement sap = report.perCluster().stream().filter(a -> a.scope().equals("SAP")).findFirst().orElseThrow();
            assertEquals(9, sap.targets(), "the graded items 1.1 ... 4, not the headings 1, 1.2, 2");
            assertEquals(2, sap.raters(), "the partial sheet is not a rater");
            assertEquals(Map.of("SAP", 2, "SEN", 2), Map.of("SAP", sap.raters(), "SEN", report.perCluster().stream()
                    .filter(a -> a.scope().equals("SEN")).findFirst().orElseThrow().raters()));
        }
    }
}
