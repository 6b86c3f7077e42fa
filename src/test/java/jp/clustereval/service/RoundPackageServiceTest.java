package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.Cluster;
import jp.clustereval.persistence.RoundAuditDao;
import jp.clustereval.persistence.RoundSignerDao;
import jp.clustereval.scorefile.Ed25519;

/**
 * A round package written on the secretariat's database and opened on evaluators' fresh ones: the
 * round arrives whole, its key is pinned, a later package updates roster and assignments without
 * touching grades, and every refusal (another key, the freeze rule, another local evaluator with
 * grades) leaves the database exactly as it was.
 */
class RoundPackageServiceTest {

    private static final String ROUND = RoundPackageFixture.ROUND;

    @TempDir
    Path dir;

    private RoundPackageFixture f;

    @BeforeEach
    void setUp() {
        f = new RoundPackageFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static List<String> roster(Services s) {
        List<String> out = new ArrayList<>();
        for (RosterService.Member m : s.roster().list(ROUND)) {
            out.add(m.person().id() + "|" + m.person().name() + "|" + m.person().affiliation() + "|" + m.role() + "|"
                    + m.email());
        }
        return out;
    }

    private static List<Achievements> evidence(Services s) {
        List<Achievements> out = new ArrayList<>();
        for (Cluster u : s.clusters().ofRound(ROUND)) {
            out.addAll(s.evidence().ofRound(ROUND, u.code()));
        }
        return out;
    }

    @Test
    void aPackageOpenedOnAFreshDatabaseBringsTheWholeRound() {
        Path file = f.write("final.ceround");
        try (Services ev = f.evaluatorDb("hanako")) {
            RoundPackageService.Preview preview = ev.roundPackages().preview(file);
            assertEquals(RoundPackageService.KeyState.NEW, preview.keyState());
            assertFalse(preview.roundExists());
            assertEquals(f.chair.keys().ownFingerprint(f.sato.id()), preview.signerFingerprint());
            assertEquals(4, preview.content().roster().size(), "the roster to pick from");
            RoundPackageService.Opened o = ev.roundPackages().open(file, "山田 花子", null, "test");
            assertTrue(o.created());
            assertEquals(2, o.assignedToLocal());
            assertArrayEquals(f.chair.roundSetup().definitionFile(ROUND), ev.roundSetup().definitionFile(ROUND),
                    "definition, units, cohort and weights as the secretariat's");
            assertEquals(f.chair.weights().current(ROUND), ev.weights().current(ROUND));
            assertEquals(roster(f.chair), roster(ev));
            assertEquals(f.chair.assignments().ofRound(ROUND), ev.assignments().ofRound(ROUND));
            assertFalse(evidence(f.chair).isEmpty(), "the seeded clusters have achievements");
            assertEquals(evidence(f.chair), evidence(ev));
            assertEquals(f.hanako.id(), ev.evaluators().local().orElseThrow().id(), "the roster's id: the chair matches files");
            assertEquals(ROUND, ev.rounds().currentId());
            RoundSignerDao.Pin pin = ev.database().query(c -> new RoundSignerDao(c).find(ROUND)).orElseThrow();
            assertEquals(Ed25519.normalizeFingerprint(f.chair.keys().ownFingerprint(f.sato.id())), pin.fingerprint());
            assertEquals(List.of("create", "signer-pin", "roster-add", "roster-add", "roster-add", "roster-add", "assign",
                    "assign", "assign", "evidence-replace", "package-open"), actions(ev));

            RoundPackageService.Opened again = ev.roundPackages().open(file, f.hanako.id(), null, "test");
            assertEquals(List.of(false, false, false, 0, 0), List.of(again.created(), again.redefined(), again.keyReplaced(),
                    again.rosterChanges(), again.assignmentChanges()), "the same package again changes nothing but its record");
            assertEquals(0, DbSnapshot.count(ev.database(), "SELECT count(*) FROM weight_change"), "same weights: no change recorded");

            // the evaluator grades an assigned unit, and is refused an unassigned one
            ev.grading().setGrade(new SheetKey(ROUND, f.hanako.id(), "SAP"), "1.1", "A", "gui");
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> ev.grading().setGrade(new SheetKey(ROUND, f.hanako.id(), "FUK"), "1.1", "A", "gui"));
            assertEquals("assign.notAssigned", e.key());
        }
        assertEquals("package", f.chair.database().query(c -> new RoundAuditDao(c).ofRound(ROUND)).stream()
                .map(RoundAuditDao.Entry::action).reduce((a, b) -> b).orElseThrow(), "the secretariat's side is recorded");
    }

    private static List<String> actions(Services s) {
        return s.database().query(c -> new RoundAuditDao(c).ofRound(ROUND)).stream().map(RoundAuditDao.Entry::action).toList();
    }

    @Test
    void onlyAChairOfTheRoundSignsItsPackage() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> f.chair.roundPackages().write(ROUND, f.hanako.id(), dir.resolve("x.ceround"), "test"));
        assertEquals("roundpackage.notChair", e.key());
        assertFalse(java.nio.file.Files.exists(dir.resolve("x.ceround")));
    }

    @Test
    void aPackageSignedByAnotherKeyIsRefusedUntilAcceptedWithItsFingerprintAndAReason() {
        Path first = f.write("first.ceround");
        f.reopenWithKeys("other-keys");
        Path second = f.write("second.ceround");
        String newKey = f.chair.keys().ownFingerprint(f.sato.id());
        try (Services ev = f.evaluatorDb("hanako")) {
            ev.roundPackages().open(first, f.hanako.id(), null, "test");
            assertEquals(RoundPackageService.KeyState.DIFFERENT, ev.roundPackages().preview(second).keyState());
            assertEquals(RoundPackageService.KeyState.PINNED, ev.roundPackages().preview(first).keyState());
            String before = DbSnapshot.of(ev.database());
            UserFacingException refused = assertThrows(UserFacingException.class,
                    () -> ev.roundPackages().open(second, f.hanako.id(), null, "test"));
            assertEquals("roundpackage.keyChanged", refused.key());
            assertTrue(refused.getMessage().contains(newKey), refused.getMessage());
            assertEquals(before, DbSnapshot.of(ev.database()));
            UserFacingException wrong = assertThrows(UserFacingException.class, () -> ev.roundPackages().open(second,
                    f.hanako.id(), new RoundPackageService.KeyAcceptance("00" + newKey.substring(2), "new laptop"), "test"));
            assertEquals("roundpackage.acceptFingerprint", wrong.key());
            UserFacingException noReason = assertThrows(UserFacingException.class, () -> ev.roundPackages().open(second,
                    f.hanako.id(), new RoundPackageService.KeyAcceptance(newKey, " "), "test"));
            assertEquals("roundpackage.acceptReason", noReason.key());
            assertEquals(before, DbSnapshot.of(ev.database()));

            RoundPackageService.Opened o = ev.roundPackages().open(second, f.hanako.id(),
                    new RoundPackageService.KeyAcceptance(newKey.toUpperCase(java.util.Locale.ROOT), "new laptop, read out by phone"), "test");
            assertTrue(o.keyReplaced());
            assertEquals(Ed25519.normalizeFingerprint(newKey),
                    ev.database().query(c -> new RoundSignerDao(c).find(ROUND)).orElseThrow().fingerprint());
            RoundAuditDao.Entry accepted = ev.database().query(c -> new RoundAuditDao(c).ofRound(ROUND)).stream()
                    .filter(a -> a.action().equals("signer-accept")).findFirst().orElseThrow();
            assertEquals("new laptop, read out by phone", accepted.reason());
            // the old key is the other one now
            assertEquals("roundpackage.keyChanged", assertThrows(UserFacingException.class,
                    () -> ev.roundPackages().open(first, f.hanako.id(), null, "test")).key());
        }
    }

    @Test
    void aLaterPackageUpdatesRosterAssignmentsAndWeightsWithoutTouchingGrades() {
        Path first = f.write("first.ceround");
        try (Services ev = f.evaluatorDb("hanako")) {
            ev.roundPackages().open(first, f.hanako.id(), null, "test");
            ev.grading().setGrade(new SheetKey(ROUND, f.hanako.id(), "SAP"), "1.1", "A", "gui");
            // Hanako declares a conflict with NAG here: the package's assignment to it is not taken
            ev.coi().add(ROUND, f.hanako.id(), "NAG", "共同研究者", "gui");
            String grades = grades(ev);

            var kenji = f.chair.evaluators().add("高橋 健二", "東北大学");
            f.chair.roster().add(ROUND, kenji.id(), "evaluator", null, "test");
            f.chair.assignments().assign(ROUND, kenji.id(), List.of("SEN"), false, "test");
            f.chair.assignments().assign(ROUND, f.hanako.id(), List.of("SEN"), true, "test");
            f.chair.assignments().assign(ROUND, f.hanako.id(), List.of("NAG"), false, "test");
            f.chair.weights().set(ROUND, Map.of("A", 40.0, "B", 15.0, "C", 15.0, "D", 15.0, "E", 15.0), null, "test");
            Path later = f.write("later.ceround");

            RoundPackageService.Opened o = ev.roundPackages().open(later, f.hanako.id(), null, "test");
            assertFalse(o.created());
            assertFalse(o.redefined());
            assertEquals(roster(f.chair), roster(ev));
            assertEquals(Map.of(f.hanako.id(), Set.of("SAP", "NAG"), f.taro.id(), Set.of("FUK"), kenji.id(), Set.of("SEN")),
                    f.chair.assignments().ofRound(ROUND));
            assertEquals(Map.of(f.hanako.id(), Set.of("SAP"), f.taro.id(), Set.of("FUK"), kenji.id(), Set.of("SEN")),
                    ev.assignments().ofRound(ROUND), "SEN taken away, NAG not given: the declared conflict wins");
            assertEquals(f.chair.weights().current(ROUND), ev.weights().current(ROUND));
            assertEquals("file", ev.weights().history(ROUND).get(ev.weights().history(ROUND).size() - 1).source());
            assertEquals(grades, grades(ev), "the grades stay as they were");
        }
    }

    private static String grades(Services s) {
        return s.database().query(c -> {
            StringBuilder b = new StringBuilder();
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT * FROM grade ORDER BY 1")) {
                while (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        b.append(rs.getString(i)).append('|');
                    }
                    b.append('\n');
                }
            }
            return b.toString();
        });
    }

    @Test
    void anotherGradingDefinitionIsRefusedOnceGradedAndTakenWhileNot() {
        Path first = f.write("first.ceround");
        try (Services graded = f.evaluatorDb("hanako"); Services fresh = f.evaluatorDb("taro")) {
            graded.roundPackages().open(first, f.hanako.id(), null, "test");
            graded.grading().setGrade(new SheetKey(ROUND, f.hanako.id(), "SAP"), "1.1", "A", "gui");
            fresh.roundPackages().open(first, f.taro.id(), null, "test");

            // the secretariat (no grades of its own) redefines the round: axis E's items go to D, E goes
            var def = jp.clustereval.rounddef.RoundDefinitionJson.read(new String(f.chair.roundSetup().definitionFile(ROUND),
                    java.nio.charset.StandardCharsets.UTF_8).replace("\"axis\" : \"E\"", "\"axis\" : \"D\"")
                    .replaceFirst("(?s),\\s*\\{\\s*\"code\" : \"E\".*?\"weight\" : [0-9.E-]+\\s*\\}", "")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // (RoundSetupService.redefine fails on the assignments' foreign key to round_unit: they go first and come back)
            f.chair.assignments().assign(ROUND, f.hanako.id(), List.of("SAP", "SEN"), true, "test");
            f.chair.assignments().assign(ROUND, f.taro.id(), List.of("FUK"), true, "test");
            f.chair.roundSetup().redefine(new RoundSetupService.Redefinition(ROUND, null, def, null, null), "test");
            f.chair.assignments().assign(ROUND, f.hanako.id(), List.of("SAP", "SEN"), false, "test");
            f.chair.assignments().assign(ROUND, f.taro.id(), List.of("FUK"), false, "test");
            Path redefined = f.write("redefined.ceround");

            String before = DbSnapshot.of(graded.database());
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> graded.roundPackages().open(redefined, f.hanako.id(), null, "test"));
            assertEquals("round.frozen", e.key());
            assertEquals(before, DbSnapshot.of(graded.database()));

            assertTrue(fresh.roundPackages().open(redefined, f.taro.id(), null, "test").redefined());
            assertArrayEquals(f.chair.roundSetup().definitionFile(ROUND), fresh.roundSetup().definitionFile(ROUND));
            assertEquals(4, fresh.rounds().require(ROUND).axes().size());
            assertEquals(f.chair.assignments().ofRound(ROUND), fresh.assignments().ofRound(ROUND), "kept across the redefinition");
        }
    }

    @Test
    void theLocalEvaluatorIsReplacedOnlyWhileTheyHaveNoGradesHere() {
        Path file = f.write("final.ceround");
        try (Services ev = f.evaluatorDb("someone")) {
            var someone = ev.evaluators().createLocal("誰か", "");
            ev.grading().setGrade(new SheetKey("mid-fy2004", someone.id(), "SAP"), "1.1", "A", "gui");
            String before = DbSnapshot.of(ev.database());
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> ev.roundPackages().open(file, f.hanako.id(), null, "test"));
            assertEquals("roundpackage.otherLocal", e.key());
            assertEquals(before, DbSnapshot.of(ev.database()));
        }
        try (Services ev = f.evaluatorDb("nogrades")) {
            ev.evaluators().createLocal("誰か", "");
            ev.roundPackages().open(file, "鈴木 太郎", null, "test");
            assertEquals(f.taro.id(), ev.evaluators().local().orElseThrow().id());
            assertEquals("roundpackage.asUnknown", assertThrows(UserFacingException.class,
                    () -> ev.roundPackages().open(file, "nobody", null, "test")).key());
        }
    }
}
