package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.EvaluatorKeyDao;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.EvaluatorInfo;
import jp.clustereval.scorefile.KeyFiles;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileJson;
import jp.clustereval.scorefile.ScoreFileReader;

/**
 * One person is one evaluator, through the chair's real import: an id in any case is one id; the
 * chair accepts exactly the key they checked; several keys (or names) of one evaluator in one batch
 * are held whatever the file order; a differing name is held until accepted; the local evaluator
 * takes only files signed with their key on this machine; "pinned" is said only of stored keys.
 */
class IdentityImportTest {

    @TempDir
    Path dir;

    private ScoreFileFixture x;
    private Services chair;

    @BeforeEach
    void setUp() {
        x = new ScoreFileFixture(dir, "x").gradeAll("SAP", "A", Map.of("1.1", "S"));
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"));
    }

    @AfterEach
    void tearDown() {
        x.close();
        chair.close();
    }

    private ImportPreview importWith(ImportOptions options, Path... files) {
        return chair.imports().commit(chair.imports().preview(List.of(files), options), ImportProgress.none(), () -> false);
    }

    /** X's exported file re-signed with another id, name, affiliation or key (null: as exported). */
    private Path variant(String name, String id, String evaluatorName, String affiliation, KeyPair key) throws Exception {
        ScoreFile f = ScoreFileReader.read(x.export(dir.resolve("base-" + name))).content();
        KeyPair signer = key != null ? key : new KeyFiles(dir.resolve("x-keys")).loadOrCreate(x.evaluator.id());
        EvaluatorInfo who = new EvaluatorInfo(id != null ? id : x.evaluator.id(),
                evaluatorName != null ? evaluatorName : x.evaluator.name(),
                affiliation != null ? affiliation : x.evaluator.affiliation(), Ed25519.encode(signer.getPublic()));
        ScoreFile changed = new ScoreFile(f.formatVersion(), f.appVersion(), f.exportedAt(), f.roundId(),
                f.roundFingerprint(), who, f.sheets());
        return Files.write(dir.resolve(name), ScoreFileJson.signed(changed, signer.getPrivate()));
    }

    private int evaluators() {
        return DbSnapshot.count(chair.database(), "SELECT count(*) FROM evaluator");
    }

    @Test
    void anIdInCapitalsIsTheSameEvaluatorAndCountsOnce() throws Exception {
        importWith(ImportOptions.defaults(), x.export(dir.resolve("x1.cescore")));
        x.grade("SAP", "4", "S");
        Path upper = variant("upper.cescore", x.evaluator.id().toUpperCase(java.util.Locale.ROOT), null, null, null);
        FileReport r = importWith(ImportOptions.defaults(), upper).files().get(0);
        assertEquals(FileOutcome.ACCEPTED, r.outcome(), String.valueOf(r.reason()));
        assertEquals(x.evaluator.id(), r.evaluator().id());
        assertEquals(KeyStatus.PINNED, r.keyStatus());
        assertEquals(1, evaluators(), "one person, one evaluator");
        assertEquals(1, chair.results().results(chair.rounds().current()).cluster("SAP").orElseThrow().evaluators());
        assertEquals("S", chair.grading().load(new SheetKey(chair.rounds().current().id(), x.evaluator.id(), "SAP"))
                .entry("4").grade(), "the newer revision replaced the sheet");
    }

    @Test
    void anAcceptedKeyIsExactlyTheKeyTheChairChecked() throws Exception {
        importWith(ImportOptions.defaults(), x.export(dir.resolve("x1.cescore")));
        KeyPair laptop = Ed25519.generate();
        KeyPair other = Ed25519.generate();
        x.grade("SAP", "4", "S");
        Path fromLaptop = variant("laptop.cescore", null, null, null, laptop);
        Path fromOther = variant("other.cescore", null, null, null, other);
        String checked = Ed25519.fingerprint(Ed25519.encode(laptop.getPublic()));
        String before = DbSnapshot.of(chair.database());

        ImportOptions accept = ImportOptions.defaults().withAcceptedKey(x.evaluator.id().toUpperCase(java.util.Locale.ROOT),
                checked.replace(" ", "").toUpperCase(java.util.Locale.ROOT), "new laptop, read out by phone");
        ImportPreview preview = chair.imports().preview(List.of(fromOther, fromLaptop), accept);
        assertEquals(List.of(KeyStatus.MISMATCH, KeyStatus.OVERRIDDEN),
                preview.files().stream().map(FileReport::keyStatus).toList());
        assertEquals(before, DbSnapshot.of(chair.database()), "the preview stores nothing");
        ImportPreview done = chair.imports().commit(preview, ImportProgress.none(), () -> false);
        assertEquals(List.of(FileOutcome.REJECTED, FileOutcome.ACCEPTED),
                done.files().stream().map(FileReport::outcome).toList());
        EvaluatorKeyDao.Row active = chair.database().query(c -> new EvaluatorKeyDao(c).active()).get(x.evaluator.id());
        assertEquals(checked, active.fingerprint());
        assertEquals("override", active.trust());
        assertEquals("new laptop, read out by phone", active.reason());
    }

    @Test
    void severalKeysOfANewEvaluatorInOneBatchAreHeldWhateverTheOrderUntilTheChairChoosesOne() throws Exception {
        KeyPair k1 = Ed25519.generate();
        KeyPair k2 = Ed25519.generate();
        Path a = variant("a.cescore", null, null, null, k1);
        x.grade("SAP", "4", "S");
        Path b = variant("b.cescore", null, null, null, k2);
        String before = DbSnapshot.of(chair.database());
        for (List<Path> order : List.of(List.of(a, b), List.of(b, a))) {
            ImportPreview r = importWith(ImportOptions.defaults(), order.toArray(Path[]::new));
            assertEquals(List.of(FileOutcome.HELD, FileOutcome.HELD), r.files().stream().map(FileReport::outcome).toList());
            assertEquals(List.of(KeyStatus.CONFLICTING, KeyStatus.CONFLICTING),
                    r.files().stream().map(FileReport::keyStatus).toList());
            // side by side, the same words in both files' reports, whatever the order
            assertEquals(r.files().get(0).reason().getMessage(), r.files().get(1).reason().getMessage());
            String message = r.files().get(0).reason().getMessage();
            assertTrue(message.contains(Ed25519.fingerprint(Ed25519.encode(k1.getPublic())) + " (a.cescore)")
                    && message.contains(Ed25519.fingerprint(Ed25519.encode(k2.getPublic())) + " (b.cescore)"), message);
            assertEquals(before, DbSnapshot.of(chair.database()));
        }
        String second = Ed25519.fingerprint(Ed25519.encode(k2.getPublic()));
        ImportPreview chosen = importWith(ImportOptions.defaults().withAcceptedKey(x.evaluator.id(), second,
                "the evaluator read out the second key"), a, b);
        assertEquals(List.of(FileOutcome.HELD, FileOutcome.ACCEPTED),
                chosen.files().stream().map(FileReport::outcome).toList());
        EvaluatorKeyDao.Row active = chair.database().query(c -> new EvaluatorKeyDao(c).active()).get(x.evaluator.id());
        assertEquals(second, active.fingerprint());
        assertEquals(1, chair.keys().pinnedKeys().size());
    }

    @Test
    void aFileGivingAnotherNameIsHeldUntilTheChairAcceptsItAndTheRenameIsRecorded() throws Exception {
        importWith(ImportOptions.defaults(), x.export(dir.resolve("x1.cescore")));
        x.grade("SAP", "4", "S");
        Path moved = variant("moved.cescore", null, null, "東北大学", null);
        String before = DbSnapshot.of(chair.database());
        FileReport held = importWith(ImportOptions.defaults(), moved).files().get(0);
        assertEquals(FileOutcome.HELD, held.outcome());
        assertEquals("import.nameDiffers", held.reason().key());
        assertTrue(held.reason().getMessage().contains("\"x (東北大学)\"") && held.reason().getMessage().contains("\"x (大学)\""),
                held.reason().getMessage());
        assertTrue(held.summary(java.util.Locale.ROOT).startsWith("held: "));
        assertEquals(before, DbSnapshot.of(chair.database()), "a held file stores nothing");

        FileReport accepted = importWith(ImportOptions.defaults().withAcceptedName(x.evaluator.id(), "moved to Tohoku in 2004"),
                moved).files().get(0);
        assertEquals(FileOutcome.ACCEPTED, accepted.outcome(), String.valueOf(accepted.reason()));
        assertEquals(new Evaluator(x.evaluator.id(), "x", "東北大学"), chair.evaluators().resolve(x.evaluator.id()));
        List<EvaluatorDao.Rename> renames = chair.database().query(c -> new EvaluatorDao(c).renames());
        assertEquals(1, renames.size());
        EvaluatorDao.Rename r = renames.get(0);
        assertEquals(List.of("大学", "東北大学", "moved to Tohoku in 2004", "chair"),
                List.of(r.oldAffiliation(), r.newAffiliation(), r.reason(), r.actor()));
        assertEquals(chair.importedFiles().list().stream().filter(f -> f.fileName().equals("moved.cescore")).findFirst()
                .orElseThrow().id(), r.fileId());
    }

    @Test
    void aKeyIsSaidToBePinnedOnlyOnceItIsStored() throws Exception {
        Path first = x.export(dir.resolve("x1.cescore"));
        x.grade("SAP", "4", "S");
        Path second = x.export(dir.resolve("x2.cescore"));
        ImportPreview preview = chair.imports().preview(List.of(first, second), ImportOptions.defaults());
        for (FileReport f : preview.files()) {
            assertEquals(KeyStatus.FIRST_USE, f.keyStatus(), f.fileName());
            assertNull(f.pinnedFingerprint(), f.fileName());
        }
        chair.imports().commit(preview, ImportProgress.none(), () -> false);
        assertEquals(1, chair.keys().pinnedKeys().size(), "pinned once");
        FileReport again = chair.imports().preview(List.of(second), ImportOptions.defaults()).files().get(0);
        assertEquals(KeyStatus.PINNED, again.keyStatus());
        assertEquals(again.keyFingerprint(), again.pinnedFingerprint());
    }

    @Test
    void theLocalEvaluatorTakesOnlyFilesSignedWithTheirKeyOnThisMachine() throws Exception {
        Path own = x.export(dir.resolve("own.cescore"));
        Path forged = variant("forged.cescore", null, null, null, Ed25519.generate());
        FileReport mine = x.services.imports().preview(List.of(own), ImportOptions.defaults()).files().get(0);
        assertEquals(FileOutcome.ACCEPTED, mine.outcome(), String.valueOf(mine.reason()));
        String before = DbSnapshot.of(x.services.database());
        FileReport taken = x.services.imports().commit(x.services.imports().preview(List.of(forged),
                ImportOptions.defaults()), ImportProgress.none(), () -> false).files().get(0);
        assertEquals(FileOutcome.REJECTED, taken.outcome());
        assertEquals("import.localEvaluator", taken.reason().key());
        assertEquals(before, DbSnapshot.of(x.services.database()));
    }
}
