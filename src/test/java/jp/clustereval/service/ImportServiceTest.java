package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.ClusterResult;
import jp.clustereval.domain.Results;
import jp.clustereval.persistence.AuditDao;

class ImportServiceTest {

    @TempDir
    Path dir;

    private ScoreFileFixture x;
    private ScoreFileFixture y;
    private Services chair;

    @BeforeEach
    void setUp() {
        // X: SAP axes A=4 B=3 C=2 D=3 E=3 (total 3.0); SEN all A (3.0). Y: SAP all B (2.0); KYO all C (1.0).
        x = new ScoreFileFixture(dir, "x").gradeAll("SAP", "A", Map.of("1.1", "S", "1.3", "B")).gradeAll("SEN", "A", Map.of());
        y = new ScoreFileFixture(dir, "y").gradeAll("SAP", "B", Map.of()).gradeAll("KYO", "C", Map.of());
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"));
    }

    @AfterEach
    void tearDown() {
        x.close();
        y.close();
        chair.close();
    }

    private ImportPreview importFiles(Path... files) {
        return importWith(ImportOptions.defaults(), files);
    }

    private ImportPreview importWith(ImportOptions options, Path... files) {
        ImportPreview preview = chair.imports().preview(List.of(files), options);
        return chair.imports().commit(preview, ImportProgress.none(), () -> false);
    }

    private static void assertAxes(ClusterResult r, double a, double b, double c, double d, double e, double total) {
        double[] expected = {a, b, c, d, e};
        String[] axes = {"A", "B", "C", "D", "E"};
        for (int i = 0; i < axes.length; i++) {
            assertEquals(expected[i], r.axes().get(axes[i]).value(), 1e-9, r.clusterCode() + " axis " + axes[i]);
        }
        assertEquals(total, r.total(), 1e-9, r.clusterCode() + " total");
    }

    @Test
    void roundTripOfTwoEvaluatorsGivesTheHandComputedAverages() {
        ImportPreview result = importFiles(x.export(dir.resolve("x.cescore")), y.export(dir.resolve("y.cescore")));
        assertTrue(result.allGood(), result.toString());
        assertEquals(List.of(2L, 2L), result.files().stream().map(f -> f.count(SheetChange.NEW)).toList());
        assertEquals(KeyStatus.FIRST_USE, result.files().get(0).keyStatus());

        Results r = chair.results().results(chair.rounds().current());
        ClusterResult sap = r.cluster("SAP").orElseThrow();
        assertEquals(2, sap.evaluators());
        assertAxes(sap, 3.0, 2.5, 2.0, 2.5, 2.5, 2.5); // (4+2)/2, (3+2)/2, (2+2)/2, (3+2)/2, (3+2)/2; total 12.5/5
        assertAxes(r.cluster("SEN").orElseThrow(), 3, 3, 3, 3, 3, 3);
        assertAxes(r.cluster("KYO").orElseThrow(), 1, 1, 1, 1, 1, 1);
        assertEquals(List.of("SEN", "SAP", "KYO"), r.clusters().stream().map(ClusterResult::clusterCode).toList());
        // each imported file's bytes and SHA-256 are kept
        assertEquals(2, DbSnapshot.count(chair.database(), "SELECT count(*) FROM imported_file WHERE length(content) = size"));
        assertEquals(0, DbSnapshot.count(chair.database(), "SELECT count(*) FROM sheet WHERE source_file_id IS NULL"));
    }

    @Test
    void exportAndPreviewAndDryRunStoreNothing() throws Exception {
        String before = DbSnapshot.of(x.services.database());
        Path file = x.export(dir.resolve("x.cescore"));
        assertEquals(before, DbSnapshot.of(x.services.database()));
        String chairBefore = DbSnapshot.of(chair.database());
        ImportPreview preview = chair.imports().preview(List.of(file), ImportOptions.defaults());
        assertEquals(FileOutcome.ACCEPTED, preview.files().get(0).outcome());
        assertEquals(chairBefore, DbSnapshot.of(chair.database()));
        SheetReport sap = preview.files().get(0).sheets().get(0);
        assertEquals("SAP", sap.clusterCode());
        assertEquals(9, sap.graded());
        assertEquals(0, sap.missing());
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        Path file = x.export(dir.resolve("x.cescore"));
        importFiles(file);
        String after = DbSnapshot.of(chair.database());
        ImportPreview again = importFiles(file);
        assertEquals(FileOutcome.UNCHANGED, again.files().get(0).outcome());
        assertEquals(2, again.files().get(0).count(SheetChange.UNCHANGED));
        assertEquals(after, DbSnapshot.of(chair.database()));
        // the same file twice in one batch: the second copy is unchanged too
        ImportPreview both = importFiles(file, file);
        assertEquals(List.of(FileOutcome.UNCHANGED, FileOutcome.UNCHANGED), both.files().stream().map(FileReport::outcome).toList());
    }

    @Test
    void aNewerRevisionReplacesTheOlderAndTheHistoryKeepsTheReplacedValueAndItsFile() {
        Path first = x.export(dir.resolve("x1.cescore"));
        x.grade("SAP", "1.1", "C").comment("SAP", "1.1", "見直し");
        Path second = x.export(dir.resolve("x2.cescore"));
        importFiles(first);
        ImportPreview r = importFiles(second);
        assertEquals(1, r.files().get(0).count(SheetChange.NEWER));
        assertEquals(1, r.files().get(0).count(SheetChange.UNCHANGED));
        String round = chair.rounds().current().id();
        SheetData sap = chair.grading().load(new SheetKey(round, x.evaluator.id(), "SAP"));
        assertEquals("C", sap.entry("1.1").grade());
        assertEquals(x.services.grading().load(new SheetKey(round, x.evaluator.id(), "SAP")).sheet().revision(), sap.sheet().revision());
        List<AuditDao.Entry> history = chair.database().query(c -> new AuditDao(c).forSheet(round, x.evaluator.id(), "SAP"));
        assertTrue(history.stream().anyMatch(e -> "1.1".equals(e.itemId()) && e.field().equals("grade")
                && "S".equals(e.oldValue()) && "C".equals(e.newValue()) && e.source().equals("import")), history.toString());
        assertEquals(1, DbSnapshot.count(chair.database(), "SELECT count(*) FROM audit a JOIN imported_file f ON f.id = a.file_id"
                + " WHERE a.item_id = '1.1' AND a.field = 'grade' AND a.old_value = 'S' AND f.file_name = 'x2.cescore'"));
        // the older file afterwards is skipped and reported, and changes nothing
        String after = DbSnapshot.of(chair.database());
        ImportPreview old = importFiles(first);
        assertEquals(1, old.files().get(0).count(SheetChange.OLDER));
        assertEquals(after, DbSnapshot.of(chair.database()));
    }

    @Test
    void equalRevisionsWithOtherContentAreAConflictResolvedOnlyByAnExplicitChoice() throws Exception {
        Path a = x.export(dir.resolve("a.cescore"));
        String xid = x.evaluator.id();
        // the same evaluator (same key) edits a copy of the database differently: both reach the same revision
        x.close();
        Files.copy(dir.resolve("x.db"), dir.resolve("x-copy.db"));
        Services original = Services.open(dir.resolve("x.db"), false, dir.resolve("x-keys"));
        Services copy = Services.open(dir.resolve("x-copy.db"), false, dir.resolve("x-keys"));
        String round = original.rounds().current().id();
        SheetKey sap = new SheetKey(round, x.evaluator.id(), "SAP");
        original.grading().setGrade(sap, "4", "S", "test");
        copy.grading().setGrade(sap, "4", "C", "test");
        Path b = dir.resolve("b.cescore");
        Path c = dir.resolve("c.cescore");
        original.exporter().export(x.evaluator.id(), null, b);
        copy.exporter().export(x.evaluator.id(), null, c);
        original.close();
        copy.close();
        x = new ScoreFileFixture(dir, "x2");

        importFiles(a, b);
        ImportPreview r = importFiles(c);
        assertTrue(r.files().get(0).hasConflicts());
        assertEquals("S", chair.grading().load(sap).entry("4").grade()); // nothing overwritten silently
        var conflicts = chair.conflicts().list(round, true);
        assertEquals(1, conflicts.size());
        ConflictService.View view = chair.conflicts().show(conflicts.get(0).id());
        assertTrue(view.lines().stream().anyMatch(l -> "4".equals(l.itemId()) && l.field().equals("grade")
                && l.stored().equals("S") && l.incoming().equals("C")));
        // importing the conflicting file again does not record it twice
        importFiles(c);
        assertEquals(1, chair.conflicts().list(round, true).size());
        assertEquals(Completeness.State.CONFLICT, chair.completeness().matrix(round).cell(xid, "SAP").state());

        long id = conflicts.get(0).id();
        UserFacingException noReason = assertThrows(UserFacingException.class,
                () -> chair.conflicts().resolve(id, ConflictService.Choice.INCOMING, " ", "chair"));
        assertEquals("conflict.reasonRequired", noReason.key());
        chair.conflicts().resolve(id, ConflictService.Choice.INCOMING, "confirmed by phone", "chair");
        assertEquals("C", chair.grading().load(sap).entry("4").grade());
        assertEquals(0, chair.conflicts().list(round, true).size());
        assertEquals(1, DbSnapshot.count(chair.database(),
                "SELECT count(*) FROM audit WHERE source = 'conflict-resolution' AND item_id = '4' AND old_value = 'S'"));
        // both files again: decided, so unchanged
        String after = DbSnapshot.of(chair.database());
        ImportPreview again = importFiles(b, c);
        assertTrue(again.allGood(), again.toString());
        assertEquals(after, DbSnapshot.of(chair.database()));
        assertEquals("conflict.alreadyResolved", assertThrows(UserFacingException.class,
                () -> chair.conflicts().resolve(id, ConflictService.Choice.STORED, "x", "chair")).key());
    }

    @Test
    void tamperedFilesAreRejectedAndStoreNothing() throws Exception {
        Path file = x.export(dir.resolve("x.cescore"));
        String json = Files.readString(file);
        Path grade = write("grade.cescore", json.replaceFirst("\"grade\" : \"S\"", "\"grade\" : \"A\""));
        Path comment = write("comment.cescore", json.replaceFirst("\"comment\" : \"\"", "\"comment\" : \"良い\""));
        String otherKey = jp.clustereval.scorefile.Ed25519.encode(jp.clustereval.scorefile.Ed25519.generate().getPublic());
        Path key = write("key.cescore", json.replaceFirst("\"publicKey\" : \"[^\"]+\"", "\"publicKey\" : \"" + otherKey + "\""));
        assertNotEquals(json, Files.readString(grade));
        assertNotEquals(json, Files.readString(comment));
        assertNotEquals(json, Files.readString(key));
        String before = DbSnapshot.of(chair.database());
        ImportPreview r = importFiles(grade, comment, key);
        for (FileReport f : r.files()) {
            assertEquals(FileOutcome.REJECTED, f.outcome(), f.fileName());
            assertEquals("scorefile.badSignature", f.rejection().key(), f.fileName());
        }
        assertEquals(before, DbSnapshot.of(chair.database()));
    }

    @Test
    void aFileSignedWithAnotherKeyThanThePinnedOneIsRejectedUnlessTheChairOverrides() throws Exception {
        importFiles(x.export(dir.resolve("x1.cescore")));
        // the evaluator lost their key: a new one is made on the next export
        try (var files = Files.list(dir.resolve("x-keys"))) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        x.grade("SEN", "4", "S");
        Path second = x.export(dir.resolve("x2.cescore"));
        String before = DbSnapshot.of(chair.database());
        FileReport rejected = importFiles(second).files().get(0);
        assertEquals(KeyStatus.MISMATCH, rejected.keyStatus());
        assertEquals("import.keyMismatch", rejected.rejection().key());
        assertEquals(before, DbSnapshot.of(chair.database()));

        // the acceptance names the key the chair checked: another key is not accepted by it
        FileReport stranger = importWith(ImportOptions.defaults().withAcceptedKey(x.evaluator.id(),
                y.services.keys().ownFingerprint(y.evaluator.id()), "new laptop, checked by phone"), second).files().get(0);
        assertEquals(KeyStatus.MISMATCH, stranger.keyStatus());
        assertEquals(before, DbSnapshot.of(chair.database()));
        FileReport accepted = importWith(ImportOptions.defaults().withAcceptedKey(x.evaluator.id(),
                rejected.keyFingerprint(), "new laptop, checked by phone"), second).files().get(0);
        assertEquals(KeyStatus.OVERRIDDEN, accepted.keyStatus());
        assertEquals(FileOutcome.ACCEPTED, accepted.outcome());
        var keys = chair.keys().pinnedKeys();
        assertEquals(2, keys.size());
        assertEquals("override", keys.get(1).trust());
        assertEquals("new laptop, checked by phone", keys.get(1).reason());
        assertTrue(keys.get(1).active() && !keys.get(0).active());
        // verifying the pinned key's fingerprint with the evaluator
        assertEquals("verified", chair.keys().verify(x.evaluator.id(), accepted.keyFingerprint().toUpperCase(), "chair").trust());
        assertEquals("keys.fingerprintDiffers", assertThrows(UserFacingException.class,
                () -> chair.keys().verify(x.evaluator.id(), keys.get(0).fingerprint(), "chair")).key());
    }

    @Test
    void conflictOfInterestGradesAreExcludedFromAveragesUnlessIncludedWithAReason() {
        importFiles(x.export(dir.resolve("x.cescore")), y.export(dir.resolve("y.cescore")));
        String round = chair.rounds().current().id();
        assertTrue(chair.coi().add(round, y.evaluator.id(), "SAP", "professor at Hokkaido University", "chair"));
        ClusterResult sap = chair.results().results(chair.rounds().current()).cluster("SAP").orElseThrow();
        assertEquals(1, sap.evaluators());
        assertAxes(sap, 4, 3, 2, 3, 3, 3.0); // X alone
        assertEquals(Completeness.State.EXCLUDED, chair.completeness().matrix(round).cell(y.evaluator.id(), "SAP").state());
        assertEquals("coi.reasonRequired", assertThrows(UserFacingException.class,
                () -> chair.coi().setIncluded(round, y.evaluator.id(), "SAP", true, "", "chair")).key());
        chair.coi().setIncluded(round, y.evaluator.id(), "SAP", true, "affiliation ended in 2003", "chair");
        assertEquals(2.5, chair.results().results(chair.rounds().current()).cluster("SAP").orElseThrow().total(), 1e-9);
        assertEquals("affiliation ended in 2003", chair.coi().list(round).get(0).includeReason());
    }

    @Test
    void oneBadFileInABatchDoesNotStopTheGoodOnes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        x.export(folder.resolve("a.cescore"));
        Files.writeString(folder.resolve("b.cescore"), "{\"format\": \"cluster-eval-score\", \"formatVersion\": 1,");
        y.export(folder.resolve("c.cescore"));
        Files.writeString(folder.resolve("notes.txt"), "not a score file: ignored");
        ImportPreview r = importFiles(folder);
        assertEquals(List.of("a.cescore", "b.cescore", "c.cescore"), r.files().stream().map(FileReport::fileName).toList());
        assertEquals(List.of(FileOutcome.ACCEPTED, FileOutcome.REJECTED, FileOutcome.ACCEPTED),
                r.files().stream().map(FileReport::outcome).toList());
        assertEquals("scorefile.truncated", r.files().get(1).rejection().key());
        assertEquals(3, chair.results().results(chair.rounds().current()).clusters().size());
    }

    @Test
    void aCancelledCommitStoresNothingAndProgressIsReported() {
        Path a = x.export(dir.resolve("a.cescore"));
        Path b = y.export(dir.resolve("b.cescore"));
        String before = DbSnapshot.of(chair.database());
        ImportPreview preview = chair.imports().preview(List.of(a, b), ImportOptions.defaults());
        List<String> progress = new java.util.ArrayList<>();
        UserFacingException e = assertThrows(UserFacingException.class, () -> chair.imports().commit(preview,
                (done, total, name) -> progress.add(done + "/" + total + " " + name), () -> progress.size() == 1));
        assertEquals("import.cancelled", e.key());
        assertEquals(List.of("1/2 a.cescore"), progress);
        assertEquals(before, DbSnapshot.of(chair.database()));
    }

    @Test
    void theCompletenessMatrixCountsGradedPartialAndMissing() {
        x.grade("KYO", "1.1", "A");
        importFiles(x.export(dir.resolve("x.cescore")));
        Completeness m = chair.completeness().matrix(null);
        assertEquals(Completeness.State.GRADED, m.cell(x.evaluator.id(), "SAP").state());
        assertEquals(new Completeness.Cell(Completeness.State.PARTIAL, 1, 9), m.cell(x.evaluator.id(), "KYO"));
        assertEquals(Completeness.State.MISSING, m.cell(x.evaluator.id(), "UBE").state());
        assertEquals(Map.of(Completeness.State.GRADED, 2, Completeness.State.PARTIAL, 1, Completeness.State.MISSING, 15,
                Completeness.State.CONFLICT, 0, Completeness.State.EXCLUDED, 0), m.counts(x.evaluator.id()));
    }

    @Test
    void csvExchangeUsesTheSameRulesAndIsShownUnsigned() throws Exception {
        importFiles(x.export(dir.resolve("x.cescore")));
        Path csv = dir.resolve("x.csv");
        assertEquals(18, x.services.csv().export(x.evaluator.id(), null, csv));
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xff); // BOM, for Japanese Excel
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFcluster,item,grade,comment\r\nSAP,1.1,S,\r\n"), text);
        Path edited = write("edited.csv", text.replace("SEN,4,A,", "SEN,4,B,\"要改善, 特に事業化\""));
        ImportPreview r = chair.csv().preview(edited, x.evaluator.id(), null, ImportOptions.defaults());
        FileReport f = r.files().get(0);
        assertEquals(KeyStatus.UNSIGNED, f.keyStatus());
        assertEquals(List.of(SheetChange.UNCHANGED, SheetChange.NEWER), f.sheets().stream().map(SheetReport::change).toList());
        chair.imports().commit(r, ImportProgress.none(), () -> false);
        String round = chair.rounds().current().id();
        SheetData sen = chair.grading().load(new SheetKey(round, x.evaluator.id(), "SEN"));
        assertEquals("B", sen.entry("4").grade());
        assertEquals("要改善, 特に事業化", sen.entry("4").comment());
        String after = DbSnapshot.of(chair.database());
        chair.imports().commit(chair.csv().preview(edited, x.evaluator.id(), null, ImportOptions.defaults()),
                ImportProgress.none(), () -> false);
        assertEquals(after, DbSnapshot.of(chair.database()));
        Path bad = write("bad.csv", "\uFEFFcluster,item,grade,comment\r\nSAP,1.1,X,\r\n");
        FileReport rejected = chair.csv().preview(bad, x.evaluator.id(), null, ImportOptions.defaults()).files().get(0);
        assertEquals("scorefile.gradeOffScale", rejected.rejection().key());
    }

    @Test
    void theSigningKeyIsMadeOnFirstUseKeptPrivateAndReused() throws Exception {
        Path keys = dir.resolve("x-keys");
        assertTrue(!Files.exists(keys));
        x.export(dir.resolve("1.cescore"));
        Path priv = keys.resolve(x.evaluator.id() + ".key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(priv)));
        String fingerprint = x.services.keys().ownFingerprint(x.evaluator.id());
        x.export(dir.resolve("2.cescore"));
        assertEquals(fingerprint, x.services.keys().ownFingerprint(x.evaluator.id()));
        assertTrue(Files.readString(dir.resolve("2.cescore")).contains("\"format\" : \"cluster-eval-score\""));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
