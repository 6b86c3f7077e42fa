package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.UnitNote;
import jp.clustereval.persistence.RoundAuditDao;

/**
 * The meeting's notes per unit, on a real SQLite file opened again between writing and reading: a
 * note and a consensus comment are stored per round and unit, each change audited with who, when,
 * the old and the new text, an unchanged text not audited, and every refusal stores nothing.
 */
class NotesServiceTest {

    private static final String MID = TwoRounds.MID;

    @TempDir
    Path dir;

    private Services open() {
        return Services.open(dir.resolve("n.db"), false, dir.resolve("keys"));
    }

    @Test
    void aNoteAndAConsensusAreStoredPerUnitAndRoundAndReadAfterReopening() {
        Evaluator chair;
        try (Services s = open()) {
            chair = s.evaluators().createLocal("議長 花子", "Chair Univ.");
            TwoRounds.addCityRound(s, dir);
            s.notes().set(MID, "OSK", "議論: 売上の伸びは\n海外向けが中心", null, "cli:test");
            s.notes().set(MID, "OSK", null, "産学連携の成果は高い。", "cli:test");
            s.notes().set(TwoRounds.CITY, "CA02", "", "City consensus", "cli:test");
            s.notes().set(MID, "SAP", "first", null, "cli:test");
        }
        try (Services s = open()) {
            UnitNote osk = s.notes().of(MID, "OSK");
            assertEquals("議論: 売上の伸びは\n海外向けが中心", osk.note());
            assertEquals("産学連携の成果は高い。", osk.consensus());
            assertEquals(chair.id(), osk.updatedBy(), "the local evaluator of this database");
            assertEquals(List.of("SAP", "OSK"), s.notes().notesOf(MID).stream().map(UnitNote::clusterCode).toList(),
                    "in the round's order");
            assertEquals(List.of("CA02"), s.notes().notesOf(TwoRounds.CITY).stream().map(UnitNote::clusterCode).toList(),
                    "each round its own");
            assertEquals("City consensus", s.notes().notesOf(TwoRounds.CITY).get(0).consensus());
            assertEquals(UnitNote.empty(MID, "KYO"), s.notes().of(MID, "KYO"), "an unwritten unit: empty texts");
        }
    }

    @Test
    void everyChangeIsAuditedWithTheOldAndNewTextAndAnUnchangedTextIsNot() {
        try (Services s = open()) {
            s.notes().set(MID, "OSK", "one", "agreed", "cli:test");
            s.notes().set(MID, "OSK", "one", null, "cli:test");
            s.notes().set(MID, "OSK", "two", "agreed", "cli:test");
            s.notes().set(MID, "OSK", null, "", "cli:test");
        }
        try (Services s = open()) {
            List<RoundAuditDao.Entry> audit = notesAudit(s);
            assertEquals(List.of(
                    "unit-note {\"cluster\":\"OSK\",\"new\":\"one\",\"old\":\"\"}",
                    "unit-consensus {\"cluster\":\"OSK\",\"new\":\"agreed\",\"old\":\"\"}",
                    "unit-note {\"cluster\":\"OSK\",\"new\":\"two\",\"old\":\"one\"}",
                    "unit-consensus {\"cluster\":\"OSK\",\"new\":\"\",\"old\":\"agreed\"}"),
                    audit.stream().map(e -> e.action() + " " + e.detail()).toList());
            assertTrue(audit.stream().allMatch(e -> e.actor().equals("cli:test")), "no local evaluator: the caller's name");
            assertEquals(audit.get(3).at(), s.notes().of(MID, "OSK").updatedAt());
            assertEquals("", s.notes().of(MID, "OSK").consensus(), "an empty text clears it");
        }
    }

    @Test
    void refusedInputStoresNothing() {
        try (Services s = open()) {
            s.notes().set(MID, "OSK", "kept", "kept too", "cli:test");
            String before = DbSnapshot.of(s.database());
            assertEquals("notes.notUnit", key(() -> s.notes().set(MID, "CA01", "x", null, "cli:test")));
            assertEquals("notes.notUnit", key(() -> s.notes().set(MID, "NOPE", null, "x", "cli:test")));
            assertEquals("notes.nothingToSet", key(() -> s.notes().set(MID, "OSK", null, null, "cli:test")));
            assertEquals("text.tooLong", key(() -> s.notes().set(MID, "OSK", "ok", "x".repeat(20_001), "cli:test")));
            assertEquals("text.tooLong", key(() -> s.notes().set(MID, "OSK", "x".repeat(20_001), null, "cli:test")));
            assertEquals("round.unknown", key(() -> s.notes().set("nope", "OSK", "x", null, "cli:test")));
            assertEquals(before, DbSnapshot.of(s.database()), "nothing stored");
            s.notes().set(MID, "OSK", "y".repeat(20_000), null, "cli:test");
            assertEquals(20_000, s.notes().of(MID, "OSK").note().length(), "the limit itself is accepted");
        }
    }

    @Test
    void controlCharactersAreStoredAsTypedAsEvaluatorsCommentsAre() {
        String typed = "line\u001b[31m red\u202Eevil\ttab";
        try (Services s = open()) {
            s.notes().set(MID, "OSK", typed, typed, "cli:test");
        }
        try (Services s = open()) {
            assertEquals(typed, s.notes().of(MID, "OSK").note(), "stored as given; escaped where shown");
        }
    }

    private static List<RoundAuditDao.Entry> notesAudit(Services s) {
        return s.database().query(c -> new RoundAuditDao(c).ofRound(MID)).stream()
                .filter(e -> e.action().startsWith("unit-")).toList();
    }

    private static String key(Runnable r) {
        return assertThrows(UserFacingException.class, r::run).key();
    }
}
