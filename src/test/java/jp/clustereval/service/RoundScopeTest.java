package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.domain.panel.ClusterFigures;

/**
 * Two rounds in one database, the seeded one (18 clusters) and a City Area round of three other
 * units: every service that lists a round's clusters lists that round's units, never every cluster
 * of the database; the completeness matrix follows the round's roster and assignments.
 */
class RoundScopeTest {

    @TempDir
    Path dir;

    private Services s;
    private Evaluator hanako;
    private Evaluator ichiro;

    @BeforeEach
    void twoRounds() {
        s = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"));
        TwoRounds.addCityRound(s, dir);
        hanako = s.evaluators().add("佐藤 花子", "東北大学");
        ichiro = s.evaluators().add("田中 一郎", "京都大学");
        TwoRounds.gradeAll(s, TwoRounds.CITY, hanako.id(), "CA01", "A");
        TwoRounds.gradeAll(s, TwoRounds.CITY, ichiro.id(), "CA01", "B");
        TwoRounds.gradeAll(s, TwoRounds.CITY, hanako.id(), "CA03", "S");
        TwoRounds.gradeAll(s, TwoRounds.MID, hanako.id(), "SAP", "A");
    }

    @AfterEach
    void close() {
        s.close();
    }

    private static List<String> codes(List<Cluster> clusters) {
        return clusters.stream().map(Cluster::code).toList();
    }

    @Test
    void theCompletenessMatrixHasTheRoundsUnitsAsColumns() {
        assertEquals(TwoRounds.CITY_UNITS, s.completeness().matrix(TwoRounds.CITY).clusters());
        List<String> mid = s.completeness().matrix(TwoRounds.MID).clusters();
        assertEquals(18, mid.size(), mid.toString());
        assertTrue(mid.stream().noneMatch(TwoRounds.CITY_UNITS::contains), mid.toString());
    }

    @Test
    void aUnitOfAnotherRoundIsNotGradedInThisOne() {
        String before = DbSnapshot.of(s.database());
        UserFacingException e = assertThrows(UserFacingException.class, () -> s.grading().setGrade(
                new SheetKey(TwoRounds.CITY, hanako.id(), "SAP"), "1.1", "A", "test"));
        assertEquals("assign.notUnit", e.key());
        assertThrows(UserFacingException.class, () -> s.grading().setGrade(
                new SheetKey(TwoRounds.MID, hanako.id(), "CA01"), "1.1", "A", "test"));
        assertEquals("assign.notUnit", assertThrows(UserFacingException.class, () -> s.coi().add(TwoRounds.CITY,
                hanako.id(), "SAP", "兼任", "test")).key());
        assertEquals("assign.notUnit", assertThrows(UserFacingException.class, () -> s.comments().compiled(TwoRounds.CITY,
                "SAP", null, false)).key());
        assertEquals(before, DbSnapshot.of(s.database()), "nothing stored");
        assertTrue(s.comments().compiled(TwoRounds.MID, "SAP", null, false).isEmpty(), "a unit of the seeded round: no refusal there");
    }

    @Test
    void theOverviewListsTheRoundsUnitsAndOnceAssignedOnlyTheEvaluatorsOwn() {
        assertEquals(TwoRounds.CITY_UNITS, s.grading().overview(TwoRounds.CITY, hanako.id()).rows().stream()
                .map(r -> r.cluster().code()).toList());
        s.roster().add(TwoRounds.CITY, hanako.id(), RosterService.EVALUATOR, null, "test");
        s.assignments().assign(TwoRounds.CITY, hanako.id(), List.of("CA03", "CA01"), false, "test");
        assertEquals(List.of("CA01", "CA03"), s.grading().overview(TwoRounds.CITY, hanako.id()).rows().stream()
                .map(r -> r.cluster().code()).toList(), "assigned units, in the round's order");
        assertEquals(List.of("CA01", "CA03"), codes(s.clusters().ofRound(TwoRounds.CITY, hanako.id())));
        assertEquals(List.of(), codes(s.clusters().ofRound(TwoRounds.CITY, ichiro.id())), "nothing assigned to him");
        assertEquals(18, s.clusters().ofRound(TwoRounds.MID, ichiro.id()).size(), "the other round has no assignments");
        Evaluator chair = s.evaluators().add("議長", "");
        s.roster().add(TwoRounds.CITY, chair.id(), RosterService.CHAIR, null, "test");
        assertEquals(TwoRounds.CITY_UNITS, codes(s.clusters().ofRound(TwoRounds.CITY, chair.id())), "the chair: every unit");
        s.roster().add(TwoRounds.CITY, chair.id(), RosterService.EVALUATOR, null, "test");
        assertEquals(List.of(), codes(s.clusters().ofRound(TwoRounds.CITY, chair.id())), "also an evaluator: their assigned units");
    }

    @Test
    void aCohortChoiceIsMadeAmongTheRoundsUnits() {
        // the seeded clusters started in FY2002; none of the City Areas did
        UserFacingException e = assertThrows(UserFacingException.class, () -> s.panel().results(
                new PanelService.Scope(TwoRounds.CITY, CohortSpec.parse("fy2002"), true, false)));
        assertEquals("cohort.empty", e.key());
        List<String> ranked = s.panel().results(new PanelService.Scope(TwoRounds.CITY, new CohortSpec("all"), true, false))
                .clusters().stream().map(ClusterFigures::clusterCode).toList();
        assertEquals(List.of("CA03", "CA01"), ranked);
        assertEquals(1, s.panel().results(new PanelService.Scope(TwoRounds.CITY, CohortSpec.parse("fy2006"), true, false))
                .clusters().size());
    }

    @Test
    void thePanelReportListsTheRoundsUnits() {
        var data = s.reports().panelData(s.rounds().require(TwoRounds.CITY), ReportService.Options.defaults(Language.EN));
        assertEquals(TwoRounds.CITY_UNITS, codes(data.clusters()));
        assertEquals(18, s.reports().panelData(s.rounds().require(TwoRounds.MID),
                new ReportService.Options(Language.EN, new CohortSpec("all"), false, false, 10, 1)).clusters().size());
    }

    @Test
    void aRosteredRoundListsItsEvaluatorsWithCellsOnlyWhereAUnitIsAssigned() {
        Evaluator chair = s.evaluators().add("議長", "");
        Evaluator idle = s.evaluators().add("山田 三郎", "");
        TwoRounds.gradeAll(s, TwoRounds.CITY, chair.id(), "CA02", "C"); // the chair tried the sheet out
        s.roster().add(TwoRounds.CITY, chair.id(), RosterService.CHAIR, null, "test");
        s.roster().add(TwoRounds.CITY, hanako.id(), RosterService.EVALUATOR, null, "test");
        s.roster().add(TwoRounds.CITY, idle.id(), RosterService.EVALUATOR, null, "test");
        s.roster().add(TwoRounds.CITY, ichiro.id(), RosterService.WEIGHTING, null, "test");

        Completeness rostered = s.completeness().matrix(TwoRounds.CITY);
        assertEquals(List.of(hanako.id(), idle.id()), rostered.evaluators().stream().map(Evaluator::id).toList(),
                "rostered evaluators, also one who handed nothing in; not the chair nor the weighting group");
        assertEquals(Completeness.State.MISSING, rostered.cell(idle.id(), "CA02").state(), "no assignments: every unit");

        s.assignments().assign(TwoRounds.CITY, hanako.id(), List.of("CA01", "CA02"), false, "test");
        s.assignments().assign(TwoRounds.CITY, idle.id(), List.of("CA03"), false, "test");
        Completeness assigned = s.completeness().matrix(TwoRounds.CITY);
        assertEquals(Completeness.State.GRADED, assigned.cell(hanako.id(), "CA01").state());
        assertEquals(Completeness.State.MISSING, assigned.cell(hanako.id(), "CA02").state());
        assertNull(assigned.cell(hanako.id(), "CA03"), "graded, but not hers in this round: no cell");
        assertNull(assigned.cell(idle.id(), "CA01"));
        assertEquals(Completeness.State.MISSING, assigned.cell(idle.id(), "CA03").state());
        assertEquals(1, assigned.counts(hanako.id()).get(Completeness.State.GRADED));
        assertEquals(1, assigned.counts(hanako.id()).get(Completeness.State.MISSING));
        assertEquals(1, assigned.counts(idle.id()).get(Completeness.State.MISSING));
        assertEquals(List.of("\uFEFFevaluator,name,CA01,CA02,CA03,graded,partial,missing,conflict,excluded",
                hanako.id() + ",佐藤 花子,graded,missing,,1,0,1,0,0", idle.id() + ",山田 三郎,,,missing,0,0,1,0,0"),
                CompletenessCsv.text(assigned).lines().toList());

        // a declared conflict of interest removes the assignment; the cell stays, excluded
        s.coi().add(TwoRounds.CITY, hanako.id(), "CA02", "兼任", "test");
        assertEquals(Completeness.State.EXCLUDED, s.completeness().matrix(TwoRounds.CITY).cell(hanako.id(), "CA02").state());

        // the other round has no roster: everyone, as before rosters
        assertEquals(4, s.completeness().matrix(TwoRounds.MID).evaluators().size());
    }
}
