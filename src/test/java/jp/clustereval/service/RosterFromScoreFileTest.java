package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.EvaluatorKeyDao;
import jp.clustereval.persistence.RoundAuditDao;

/**
 * The signer of a file held because they are neither stored here nor rostered
 * (import.notRosteredUnknown) is put on the roster from the file itself: a verified file makes the
 * evaluator record (the file's id, name, affiliation) and the roster row, and nothing else; the
 * import afterwards stores the grades and pins the key. Refused files change nothing.
 */
class RosterFromScoreFileTest {

    private static final String ROUND = "mid-fy2004";
    private static final Path CORPUS = Path.of("src/test/resources/cescore-corpus");

    @TempDir
    Path dir;

    private ScoreFileFixture hanako;
    private ScoreFileFixture jiro;
    private Services chair;

    @BeforeEach
    void setUp() {
        hanako = new ScoreFileFixture(dir, "hanako").gradeAll("SAP", "A", Map.of());
        jiro = new ScoreFileFixture(dir, "jiro").gradeAll("UBE", "B", Map.of());
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"));
        // the round has a roster: hanako's file comes in, so the chair's database has a roster and a person
        chair.roster().add(ROUND, chair.evaluators().add("Chair Person", "Secretariat").id(), RosterService.CHAIR, null, "chair");
    }

    @AfterEach
    void tearDown() {
        hanako.close();
        jiro.close();
        chair.close();
    }

    private FileReport importOne(Path file) {
        ImportPreview preview = chair.imports().preview(List.of(file), ImportOptions.defaults());
        ImportPreview done = chair.imports().commit(preview, ImportProgress.none(), () -> false);
        return done.files().get(0);
    }

    @Test
    void theHeldFilesSignerIsRosteredFromTheFileAndTheImportThenStoresIt() throws Exception {
        Path file = jiro.export(dir.resolve("jiro.cescore"));
        FileReport held = importOne(file);
        assertEquals("import.notRosteredUnknown", held.reason().key());
        String message = held.summary(Locale.ENGLISH);
        assertTrue(message.contains("roster add --round " + ROUND + " --from " + file + " --role evaluator"), message);

        Evaluator person = chair.roster().addFromScoreFile(file, ROUND, RosterService.EVALUATOR, "chair");
        assertEquals(jiro.evaluator.id(), person.id(), "the file's signer, not a new id");
        Evaluator stored = chair.database().query(c -> new EvaluatorDao(c).findById(jiro.evaluator.id())).orElseThrow();
        assertEquals(jiro.evaluator.name(), stored.name());
        assertEquals(jiro.evaluator.affiliation(), stored.affiliation());
        assertTrue(chair.roster().list(ROUND).stream().anyMatch(m -> m.person().id().equals(person.id())
                && m.role().equals(RosterService.EVALUATOR)));
        RoundAuditDao.Entry last = chair.database().query(c -> new RoundAuditDao(c).ofRound(ROUND)).stream()
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("roster-add", last.action());
        assertEquals(person.id() + " evaluator", last.detail());
        assertEquals("chair", last.actor());
        assertFalse(chair.database().query(c -> new EvaluatorKeyDao(c).owners()).containsValue(person.id()),
                "no key pinned by the rostering");
        assertEquals(0L, (long) chair.database().query(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM sheet WHERE evaluator_id = '"
                    + person.id() + "'")) {
                rs.next();
                return rs.getLong(1);
            }
        }), "no grade stored by the rostering");

        FileReport accepted = importOne(file);
        assertEquals(FileOutcome.ACCEPTED, accepted.outcome(), accepted.summary(Locale.ENGLISH));
        assertEquals(KeyStatus.FIRST_USE, accepted.keyStatus(), "the import pins the first key, as usual");
        assertEquals(1, accepted.count(SheetChange.NEW));
    }

    @Test
    void aTamperedOrInvalidFileIsRefusedAndChangesNothing() {
        String before = DbSnapshot.of(chair.database());
        for (String name : List.of("33-tampered-grade.cescore", "35-swapped-key.cescore", "31-signature-not-base64.cescore",
                "03-not-json.cescore", "54-affiliation-of-a-megabyte.cescore", "40-unknown-item.cescore")) {
            assertThrows(UserFacingException.class,
                    () -> chair.roster().addFromScoreFile(CORPUS.resolve(name), ROUND, RosterService.EVALUATOR, "chair"), name);
            assertEquals(before, DbSnapshot.of(chair.database()), name);
        }
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> chair.roster().addFromScoreFile(CORPUS.resolve("33-tampered-grade.cescore"), ROUND, RosterService.EVALUATOR, "chair"));
        assertEquals("scorefile.badSignature", e.key(), "refused as the import refuses it");
    }

    @Test
    void aFileOfAnotherRoundIsRefusedAndChangesNothing() throws Exception {
        TwoRounds.addCityRound(jiro.services, dir);
        TwoRounds.addCityRound(chair, dir);
        TwoRounds.gradeAll(jiro.services, TwoRounds.CITY, jiro.evaluator.id(), "CA01", "A");
        Path city = dir.resolve("city.cescore");
        jiro.services.exporter().export(jiro.evaluator.id(), TwoRounds.CITY, city);
        String before = DbSnapshot.of(chair.database());
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> chair.roster().addFromScoreFile(city, ROUND, RosterService.EVALUATOR, "chair"));
        assertEquals("roster.fromOtherRound", e.key());
        assertEquals(before, DbSnapshot.of(chair.database()));
    }

    @Test
    void aSignerAlreadyRosteredInThatRoleOrStoredHereIsRefusedAndChangesNothing() {
        Path file = jiro.export(dir.resolve("jiro.cescore"));
        chair.roster().addFromScoreFile(file, ROUND, RosterService.WEIGHTING, "chair");
        String before = DbSnapshot.of(chair.database());
        UserFacingException again = assertThrows(UserFacingException.class,
                () -> chair.roster().addFromScoreFile(file, ROUND, RosterService.WEIGHTING, "chair"));
        assertEquals("roster.fromAlreadyRostered", again.key());
        assertTrue(again.message(Locale.ENGLISH).contains("as weighting already"), again.message(Locale.ENGLISH));
        assertEquals(before, DbSnapshot.of(chair.database()));

        // stored here now (in another role): rostered by id, not made again from a file
        UserFacingException stored = assertThrows(UserFacingException.class,
                () -> chair.roster().addFromScoreFile(file, ROUND, RosterService.EVALUATOR, "chair"));
        assertEquals("roster.fromStored", stored.key());
        assertTrue(stored.message(Locale.ENGLISH).contains("roster add --round " + ROUND + " --evaluator " + jiro.evaluator.id()
                + " --role evaluator"), stored.message(Locale.ENGLISH));
        assertEquals(before, DbSnapshot.of(chair.database()));
    }

    @Test
    void aFileSignedWithAKeyPinnedForAnotherPersonIsRefusedAndChangesNothing() throws Exception {
        // hanako is rostered from her file and her file imported: her key is pinned here
        Path hanakos = hanako.export(dir.resolve("hanako.cescore"));
        chair.roster().addFromScoreFile(hanakos, ROUND, RosterService.EVALUATOR, "chair");
        assertEquals(FileOutcome.ACCEPTED, importOne(hanakos).outcome());
        // a file naming a new person, signed with hanako's key
        jp.clustereval.scorefile.ScoreFile hers = jp.clustereval.scorefile.ScoreFileReader.read(hanakos).content();
        jp.clustereval.scorefile.ScoreFile stranger = new jp.clustereval.scorefile.ScoreFile(hers.formatVersion(),
                hers.appVersion(), hers.exportedAt(), hers.roundId(), hers.roundFingerprint(),
                new jp.clustereval.scorefile.EvaluatorInfo(java.util.UUID.randomUUID().toString(), "Mallory", "Univ M",
                        hers.evaluator().publicKey()), hers.sheets());
        Path forged = java.nio.file.Files.write(dir.resolve("forged.cescore"), jp.clustereval.scorefile.ScoreFileJson.signed(
                stranger, hanako.services.keys().ownKeyPair(hanako.evaluator.id()).getPrivate()));
        String before = DbSnapshot.of(chair.database());
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> chair.roster().addFromScoreFile(forged, ROUND, RosterService.EVALUATOR, "chair"));
        assertEquals("roster.fromKeyOfAnother", e.key());
        assertEquals(before, DbSnapshot.of(chair.database()));
    }
}
