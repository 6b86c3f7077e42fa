package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit reads every previewed file again and stores it only if it is still the file previewed
 * (the same SHA-256): the preview keeps no file's content, and what is stored is what was checked.
 */
class ImportRecheckTest {

    @TempDir
    Path dir;

    private ScoreFileFixture x;
    private ScoreFileFixture y;
    private Services chair;

    @BeforeEach
    void setUp() {
        x = new ScoreFileFixture(dir, "x").gradeAll("SAP", "A", Map.of());
        y = new ScoreFileFixture(dir, "y").gradeAll("KYO", "C", Map.of());
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"));
    }

    @AfterEach
    void tearDown() {
        x.close();
        y.close();
        chair.close();
    }

    private long count(String sql, String arg) {
        return chair.database().query(c -> {
            try (var ps = c.prepareStatement(sql)) {
                ps.setString(1, arg);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1;
                }
            }
        });
    }

    @Test
    void aFileChangedAfterThePreviewIsRefusedByTheCommitAndNothingOfItIsStored() throws Exception {
        Path fx = x.export(dir.resolve("x.cescore"));
        Path fy = y.export(dir.resolve("y.cescore"));
        ImportPreview preview = chair.imports().preview(List.of(fx, fy), ImportOptions.defaults());
        assertTrue(preview.allGood(), preview.toString());
        // after the preview, another (valid, signed) file takes x.cescore's place
        x.grade("SAP", "4", "C");
        x.export(fx);

        ImportPreview done = chair.imports().commit(preview, ImportProgress.none(), () -> false);
        FileReport rx = done.files().get(0);
        assertEquals(FileOutcome.REJECTED, rx.outcome());
        assertEquals("import.changedSincePreview", rx.rejection().key());
        assertEquals("x.cescore changed after it was checked (its SHA-256 is not the one previewed): nothing of it was stored."
                + " Check it again.", rx.rejection().message(Locale.ROOT));
        assertEquals(FileOutcome.ACCEPTED, done.files().get(1).outcome(), "the other file of the batch is stored");

        assertEquals(0, count("SELECT count(*) FROM sheet WHERE evaluator_id = ?", x.evaluator.id()));
        assertEquals(0, count("SELECT count(*) FROM evaluator WHERE id = ?", x.evaluator.id()));
        assertEquals(0, count("SELECT count(*) FROM evaluator_key WHERE evaluator_id = ?", x.evaluator.id()));
        assertEquals(0, count("SELECT count(*) FROM imported_file WHERE file_name = ?", "x.cescore"));
        assertEquals(1, count("SELECT count(*) FROM sheet WHERE evaluator_id = ?", y.evaluator.id()));
    }

    @Test
    void aFileGoneOrUnchangedSinceThePreviewIsReportedForWhatItIs() throws Exception {
        Path fx = x.export(dir.resolve("x.cescore"));
        Path fy = y.export(dir.resolve("y.cescore"));
        ImportPreview preview = chair.imports().preview(List.of(fx, fy), ImportOptions.defaults());
        Files.delete(fy);
        Files.setLastModifiedTime(fx, Files.getLastModifiedTime(fx)); // touched, same bytes: still the file previewed
        ImportPreview done = chair.imports().commit(preview, ImportProgress.none(), () -> false);
        assertEquals(FileOutcome.ACCEPTED, done.files().get(0).outcome());
        assertEquals("scorefile.cannotRead", done.files().get(1).rejection().key());
        assertEquals(0, count("SELECT count(*) FROM sheet WHERE evaluator_id = ?", y.evaluator.id()));
    }

    @Test
    void aCsvChangedAfterThePreviewIsRefusedToo() throws Exception {
        Path fx = x.export(dir.resolve("x.cescore"));
        chair.imports().commit(chair.imports().preview(List.of(fx), ImportOptions.defaults()), ImportProgress.none(), () -> false);
        Path csv = dir.resolve("x.csv");
        x.services.csv().export(x.evaluator.id(), null, csv);
        Files.writeString(csv, Files.readString(csv).replace("SAP,4,A,", "SAP,4,B,"));
        ImportPreview preview = chair.csv().preview(csv, x.evaluator.id(), null, ImportOptions.defaults());
        assertEquals(FileOutcome.ACCEPTED, preview.files().get(0).outcome());
        Files.writeString(csv, Files.readString(csv).replace("SAP,4,B,", "SAP,4,C,"));
        String before = DbSnapshot.of(chair.database());
        FileReport r = chair.imports().commit(preview, ImportProgress.none(), () -> false).files().get(0);
        assertEquals("import.changedSincePreview", r.rejection().key());
        assertEquals(before, DbSnapshot.of(chair.database()));
    }
}
