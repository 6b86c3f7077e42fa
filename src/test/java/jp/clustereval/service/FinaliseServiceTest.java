package jp.clustereval.service;

import static jp.clustereval.service.RoundPackageFixture.ROUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.domain.allocation.AllocationRequest;
import jp.clustereval.domain.allocation.AllocationRule;
import jp.clustereval.domain.weights.Ahp;
import jp.clustereval.domain.weights.TestWeights;
import jp.clustereval.persistence.RoundAuditDao;

/**
 * A finalised round keeps its figures: every service that changes a round refuses a change of a
 * final round (RoundGuard), with nothing stored (the whole database compared before and after), and
 * takes the same change again once the round is reopened. Only a chair of the round's roster finalises;
 * finalising and reopening (with its reason) are recorded in the round's audit.
 */
class FinaliseServiceTest {

    @TempDir
    Path dir;

    private RoundPackageFixture f;
    private Services chair;
    private Services hanako;
    private Path firstPackage;

    @BeforeEach
    void setUp() {
        f = new RoundPackageFixture(dir);
        chair = f.chair;
        firstPackage = f.write("first.ceround");
        hanako = f.evaluatorDb("hanako");
        hanako.roundPackages().open(firstPackage, f.hanako.id(), null, "test");
        TwoRounds.gradeAll(hanako, ROUND, f.hanako.id(), "SAP", "A");
        ImportPreview done = importInto(chair, hanako.exporter().export(f.hanako.id(), ROUND, dir.resolve("h1.cescore")).file());
        assertEquals(FileOutcome.ACCEPTED, done.files().get(0).outcome(), done.toString());
    }

    @AfterEach
    void tearDown() {
        hanako.close();
        f.close();
    }

    private static ImportPreview importInto(Services s, Path... files) {
        ImportPreview preview = s.imports().preview(List.of(files), ImportOptions.defaults());
        return s.imports().commit(preview, ImportProgress.none(), () -> false);
    }

    private void finalise() {
        chair.finalisation().finalise(ROUND, f.sato.name(), "test");
    }

    private void reopen() {
        chair.finalisation().reopen(ROUND, "a late file", "test");
    }

    /** The change is refused while the round is final, nothing stored; taken once the round is reopened. */
    private void refusedWhileFinal(Services s, Runnable change) {
        String before = DbSnapshot.of(s.database());
        UserFacingException e = assertThrows(UserFacingException.class, change::run);
        assertEquals("round.final", e.key());
        assertEquals(ROUND, e.args()[0]);
        assertEquals(before, DbSnapshot.of(s.database()), "nothing stored");
        s.finalisation().reopen(ROUND, "a late file", "test");
        change.run();
        assertTrue(!before.equals(DbSnapshot.of(s.database())), "stored once reopened");
    }

    private void refusedWhileFinal(Runnable change) {
        finalise();
        refusedWhileFinal(chair, change);
    }

    @Test
    void onlyAChairOfTheRoundFinalisesItAndFinalisingAndReopeningAreRecorded() {
        String before = DbSnapshot.of(chair.database());
        assertEquals("finalise.notChair", assertThrows(UserFacingException.class,
                () -> chair.finalisation().finalise(ROUND, f.hanako.id(), "test")).key());
        assertEquals("finalise.notFinal", assertThrows(UserFacingException.class, this::reopen).key());
        assertEquals(before, DbSnapshot.of(chair.database()));
        assertTrue(chair.finalisation().state(ROUND).isEmpty());

        finalise();
        var state = chair.finalisation().state(ROUND).orElseThrow();
        assertEquals(f.sato.id(), state.chairId());
        assertEquals(f.sato.name(), state.chairName());
        assertEquals("finalise.already", assertThrows(UserFacingException.class, this::finalise).key());
        String finalised = DbSnapshot.of(chair.database());
        for (String bad : new String[] {null, " ", "two\nlines", "x".repeat(FinaliseService.MAX_REASON + 1)}) {
            assertEquals("finalise.reason", assertThrows(UserFacingException.class,
                    () -> chair.finalisation().reopen(ROUND, bad, "test")).key());
        }
        assertEquals(finalised, DbSnapshot.of(chair.database()));
        assertTrue(chair.finalisation().state("mid-fy2004").isEmpty(), "the other round stays open");

        chair.finalisation().reopen(ROUND, " a late file ", "chair-pc");
        assertTrue(chair.finalisation().state(ROUND).isEmpty());
        List<RoundAuditDao.Entry> audit = chair.database().query(c -> new RoundAuditDao(c).ofRound(ROUND));
        RoundAuditDao.Entry fin = audit.get(audit.size() - 2);
        RoundAuditDao.Entry re = audit.get(audit.size() - 1);
        assertEquals(List.of("finalise", f.sato.id(), "test"), List.of(fin.action(), fin.detail(), fin.actor()));
        assertEquals(List.of("reopen", "a late file", "chair-pc"), List.of(re.action(), re.reason(), re.actor()));
        assertEquals("finalise.notFinal", assertThrows(UserFacingException.class, this::reopen).key());
    }

    @Test
    void aGradeOfAFinalRoundIsRefused() {
        refusedWhileFinal(() -> chair.grading().setGrade(new SheetKey(ROUND, f.hanako.id(), "SEN"), "1.1", "A", "test"));
    }

    @Test
    void anotherRoundIsNotFrozenByThisOne() {
        finalise();
        TwoRounds.gradeAll(chair, "mid-fy2004", f.hanako.id(), "KYO", "B");
        assertEquals(1, DbSnapshot.count(chair.database(), "SELECT count(*) FROM sheet WHERE round_id = 'mid-fy2004'"));
    }

    @Test
    void aScoreFileOfAFinalRoundIsRefusedWholeAndTakenOnceReopened() {
        TwoRounds.gradeAll(hanako, ROUND, f.hanako.id(), "SEN", "B");
        Path h2 = hanako.exporter().export(f.hanako.id(), ROUND, dir.resolve("h2.cescore")).file();
        finalise();
        String before = DbSnapshot.of(chair.database());
        ImportPreview refused = importInto(chair, h2);
        assertEquals(FileOutcome.REJECTED, refused.files().get(0).outcome());
        assertEquals("round.final", refused.files().get(0).rejection().key());
        assertEquals(before, DbSnapshot.of(chair.database()));
        reopen();
        assertEquals(FileOutcome.ACCEPTED, importInto(chair, h2).files().get(0).outcome());
    }

    @Test
    void aGradesCsvOfAFinalRoundIsRefused() throws Exception {
        Path csv = dir.resolve("grades.csv");
        chair.csv().export(f.hanako.id(), ROUND, csv);
        Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8).replaceFirst("SAP,1\\.1,A", "SAP,1.1,S"),
                StandardCharsets.UTF_8);
        finalise();
        String before = DbSnapshot.of(chair.database());
        ImportPreview preview = chair.csv().preview(csv, f.hanako.id(), ROUND, ImportOptions.defaults());
        ImportPreview refused = chair.imports().commit(preview, ImportProgress.none(), () -> false);
        assertEquals("round.final", refused.files().get(0).rejection().key());
        assertEquals(before, DbSnapshot.of(chair.database()));
        reopen();
        preview = chair.csv().preview(csv, f.hanako.id(), ROUND, ImportOptions.defaults());
        assertEquals(FileOutcome.ACCEPTED, chair.imports().commit(preview, ImportProgress.none(), () -> false)
                .files().get(0).outcome());
    }

    @Test
    void weightsTypedInOfAFinalRoundAreRefused() {
        refusedWhileFinal(() -> chair.weights().set(ROUND, TestWeights.axes(40, 15, 15, 10, 20), Map.of(), "test"));
    }

    @Test
    void ahpWeightsOfAFinalRoundAreRefused() {
        Ahp.Result ahp = chair.weights().ahp(ROUND,
                Ahp.parseMatrix("1,2,2,4,1; 1/2,1,1,2,1/2; 1/2,1,1,2,1/2; 1/4,1/2,1/2,1,1/4; 1,2,2,4,1"));
        refusedWhileFinal(() -> chair.weights().applyAhp(ROUND, ahp, "test"));
    }

    @Test
    void aWeightsFileOfAFinalRoundIsRefused() {
        chair.weights().set(ROUND, TestWeights.axes(40, 15, 15, 10, 20), Map.of(), "test");
        Path file = chair.weightsFiles().export(ROUND, f.jiro.id(), dir.resolve("w.ceweights"));
        chair.weights().set(ROUND, TestWeights.axes(20, 20, 20, 20, 20), Map.of(), "test");
        refusedWhileFinal(() -> chair.weightsFiles().importFile(file, "test"));
    }

    @Test
    void theMeetingsNotesOfAFinalRoundAreRefused() {
        // they are the decision record's: a consensus changed after finalising would differ from the record
        refusedWhileFinal(() -> chair.notes().set(ROUND, "SAP", "note", "consensus", "test"));
    }

    @Test
    void renamingAFinalRoundIsRefused() {
        refusedWhileFinal(() -> chair.roundSetup().rename(new RoundSetupService.Renaming(ROUND,
                new jp.clustereval.domain.LocalizedText("終了評価（改）", "Final (revised)"), null), "test"));
    }

    @Test
    void aConflictOfInterestOfAFinalRoundIsRefused() {
        refusedWhileFinal(() -> chair.coi().add(ROUND, f.taro.id(), "SAP", "", "test"));
    }

    @Test
    void includingGradesDespiteAConflictOfInterestOfAFinalRoundIsRefused() {
        chair.coi().add(ROUND, f.hanako.id(), "SAP", "her own region", "test");
        refusedWhileFinal(() -> chair.coi().setIncluded(ROUND, f.hanako.id(), "SAP", true, "declared late", "test"));
    }

    @Test
    void resolvingAConflictOfAFinalRoundIsRefused() throws Exception {
        // Hanako's database and a copy reach the same revision of SAP with other grades: a conflict
        hanako.close();
        Files.copy(dir.resolve("hanako.db"), dir.resolve("hanako-copy.db"));
        hanako = f.evaluatorDb("hanako");
        SheetKey sap = new SheetKey(ROUND, f.hanako.id(), "SAP");
        hanako.grading().setGrade(sap, "4", "S", "test");
        Path a = hanako.exporter().export(f.hanako.id(), ROUND, dir.resolve("a.cescore")).file();
        try (Services copy = Services.open(dir.resolve("hanako-copy.db"), false, dir.resolve("hanako-keys"))) {
            copy.grading().setGrade(sap, "4", "C", "test");
            Path b = copy.exporter().export(f.hanako.id(), ROUND, dir.resolve("b.cescore")).file();
            importInto(chair, a);
            importInto(chair, b);
        }
        long id = chair.conflicts().list(ROUND, true).get(0).id();
        refusedWhileFinal(() -> chair.conflicts().resolve(id, ConflictService.Choice.INCOMING, "asked her", "test"));
        assertEquals("C", chair.grading().load(sap).entry("4").grade());
    }

    @Test
    void allocationSettingsOfAFinalRoundAreRefused() {
        AllocationRequest request = new AllocationRequest(1_000_000_000L, AllocationRule.PROPORTIONAL, 0, Long.MAX_VALUE,
                AllocationRequest.DEFAULT_BASELINE_YEN, AllocationRequest.DEFAULT_TIER_STEP);
        refusedWhileFinal(() -> chair.allocation().allocateAndSave(PanelService.Scope.cohortOf(ROUND), request, "test"));
    }

    @Test
    void theDefinitionOfAFinalRoundIsRefused() {
        // only a round without sheets can be redefined at all: a spare round, finalised before its first grade
        chair.roundSetup().create(new RoundSetupService.NewRound("spare", new LocalizedText("予備", "Spare"),
                RoundKind.OTHER, "mid-fy2004", null, null, null), "test");
        chair.roster().add("spare", f.sato.id(), "chair", null, "test");
        chair.finalisation().finalise("spare", f.sato.id(), "test");
        String before = DbSnapshot.of(chair.database());
        RoundSetupService.Redefinition again = new RoundSetupService.Redefinition("spare", ROUND, null, null, List.of("SAP"));
        UserFacingException e = assertThrows(UserFacingException.class, () -> chair.roundSetup().redefine(again, "test"));
        assertEquals("round.final", e.key());
        assertEquals(before, DbSnapshot.of(chair.database()));
        chair.finalisation().reopen("spare", "cohort changed", "test");
        chair.roundSetup().redefine(again, "test");
        assertEquals(Set.of("SAP"), chair.rounds().require("spare").cohort());
    }

    @Test
    void aRosterAdditionToAFinalRoundIsRefused() {
        refusedWhileFinal(() -> chair.roster().add(ROUND, f.jiro.id(), "evaluator", null, "test"));
    }

    @Test
    void aNewPersonOnTheRosterOfAFinalRoundIsRefused() {
        refusedWhileFinal(() -> chair.roster().addNewPerson(ROUND, "新人", "", "evaluator", null, "test"));
    }

    @Test
    void aRosterRemovalFromAFinalRoundIsRefused() {
        refusedWhileFinal(() -> chair.roster().remove(ROUND, f.taro.id(), "evaluator", "test"));
    }

    @Test
    void anAssignmentInAFinalRoundIsRefused() {
        refusedWhileFinal(() -> chair.assignments().assign(ROUND, f.taro.id(), List.of("SEN"), false, "test"));
    }

    @Test
    void anAssignmentGridChangeInAFinalRoundIsRefused() {
        refusedWhileFinal(() -> chair.assignments().change(ROUND, Map.of(f.taro.id(), Set.of("KYO")),
                Map.of(f.taro.id(), Set.of("FUK")), "test"));
    }

    @Test
    void evidenceImportedIntoAFinalRoundIsRefused() throws Exception {
        Path csv = Files.writeString(dir.resolve("evidence.csv"), "code,awards\nSAP,3\n", StandardCharsets.UTF_8);
        refusedWhileFinal(() -> chair.evidence().importCsv(ROUND, csv, "FY2002-2006", "test"));
    }

    @Test
    void evidenceReplacedInAFinalRoundIsRefused() {
        refusedWhileFinal(() -> chair.evidence().replace(ROUND, List.of(), "test", "figures withdrawn"));
    }

    @Test
    void aRoundPackageForAFinalRoundIsRefused() {
        chair.weights().set(ROUND, TestWeights.axes(40, 15, 15, 10, 20), Map.of(), "test");
        Path later = f.write("later.ceround");
        // the chair of the package's roster finalises the round in the evaluator's own database
        hanako.finalisation().finalise(ROUND, f.sato.id(), "test");
        refusedWhileFinal(hanako, () -> hanako.roundPackages().open(later, f.hanako.id(), null, "test"));
        assertEquals(chair.weights().current(ROUND), hanako.weights().current(ROUND));
    }

    @Test
    void aFinalRoundIsStillReadAndExported() {
        finalise();
        String before = DbSnapshot.of(chair.database());
        assertFalse(chair.results().results(chair.rounds().require(ROUND)).clusters().isEmpty());
        chair.csv().export(f.hanako.id(), ROUND, dir.resolve("read.csv"));
        assertEquals(before, DbSnapshot.of(chair.database()));
    }
}
