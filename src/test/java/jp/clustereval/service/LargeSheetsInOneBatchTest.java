package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileJson;
import jp.clustereval.scorefile.ScoreFileReader;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * Within one batch, a sheet with long texts that an earlier file stores is kept by the merge state
 * only as its content's hash (the texts stay in the file and the database): the later files of the
 * batch are judged exactly as before (unchanged, newer with every replaced value audited, conflict
 * with the stored content's hash), in the preview and in the commit.
 */
class LargeSheetsInOneBatchTest {

    @TempDir
    Path dir;

    private ScoreFileFixture x;
    private Services chair;
    private final String longText = "事業化の道筋を具体的に示すこと。".repeat(60); // 960 characters, 9 items: over the kept 4,096

    @BeforeEach
    void setUp() {
        x = new ScoreFileFixture(dir, "x").gradeAll("SAP", "A", Map.of());
        for (String item : ScoreFileFixture.ITEMS) {
            x.comment("SAP", item, item + longText);
        }
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"));
    }

    @AfterEach
    void tearDown() {
        x.close();
        chair.close();
    }

    private List<FileReport> previewAndCommit(Path... files) {
        ImportPreview preview = chair.imports().preview(List.of(files), ImportOptions.defaults());
        ImportPreview done = chair.imports().commit(preview, ImportProgress.none(), () -> false);
        List<FileReport> both = new ArrayList<>(preview.files());
        both.addAll(done.files());
        return both;
    }

    private static SheetChange sap(FileReport f) {
        return f.sheets().stream().filter(s -> s.clusterCode().equals("SAP")).findFirst().orElseThrow().change();
    }

    @Test
    void aCopyOfTheSameFileIsUnchangedAndANewerOneReplacesItWithEveryOldValueAudited() throws Exception {
        Path first = x.export(dir.resolve("x1.cescore"));
        Path copy = Files.copy(first, dir.resolve("x1-copy.cescore"));
        x.comment("SAP", "3", "見直し" + longText);
        Path second = x.export(dir.resolve("x2.cescore"));

        List<FileReport> r = previewAndCommit(first, copy, second);
        for (int run = 0; run < 2; run++) { // the preview's reports, then the commit's
            assertEquals(SheetChange.NEW, sap(r.get(3 * run)));
            assertEquals(SheetChange.UNCHANGED, sap(r.get(3 * run + 1)));
            assertEquals(SheetChange.NEWER, sap(r.get(3 * run + 2)));
        }
        assertEquals("見直し" + longText,
                chair.grading().load(new SheetKey(x.round.id(), x.evaluator.id(), "SAP")).entry("3").comment());
        List<String> audit = chair.database().query(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.item_id, a.field, a.old_value, a.new_value, f.file_name"
                    + " FROM audit a LEFT JOIN imported_file f ON f.id = a.file_id WHERE a.cluster_code = 'SAP'"
                    + " AND a.field = 'comment' ORDER BY a.id")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5));
                    }
                }
            }
            return rows;
        });
        assertEquals(List.of("3|3" + longText + "|見直し" + longText + "|x2.cescore"), audit,
                "the replaced text is audited whole, read back from what the first file stored");
    }

    @Test
    void theSameRevisionWithOtherContentIsAConflictAgainstTheStoredContentsHash() throws Exception {
        Path first = x.export(dir.resolve("x1.cescore"));
        ScoreFile c = ScoreFileReader.read(first).content();
        ScoreSheet sap = c.sheets().get(0);
        List<jp.clustereval.domain.ItemEntry> items = new ArrayList<>(sap.items());
        items.set(0, new jp.clustereval.domain.ItemEntry("1.1", "C", "別の内容" + longText, ""));
        ScoreSheet other = new ScoreSheet("SAP", sap.status(), sap.revision(), sap.updatedAt(), sap.comment(), items, true);
        Path conflicting = Files.write(dir.resolve("x1-other.cescore"), ScoreFileJson.signed(new ScoreFile(c.formatVersion(),
                c.appVersion(), c.exportedAt(), c.roundId(), c.roundFingerprint(), c.evaluator(), List.of(other)),
                x.services.keys().ownKeyPair(x.evaluator.id()).getPrivate()));

        List<FileReport> r = previewAndCommit(first, conflicting);
        assertEquals(SheetChange.CONFLICT, sap(r.get(1)));
        assertEquals(SheetChange.CONFLICT, sap(r.get(3)));
        String storedHash = chair.database().query(cn -> {
            try (PreparedStatement ps = cn.prepareStatement("SELECT stored_hash FROM sheet_conflict");
                 ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        });
        assertEquals(SheetContent.of(sap).hash(), storedHash);
    }
}
