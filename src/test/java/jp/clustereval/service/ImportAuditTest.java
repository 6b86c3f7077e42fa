package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

import jp.clustereval.domain.ItemEntry;
import jp.clustereval.scorefile.ParsedScoreFile;
import jp.clustereval.scorefile.ScoreFileReader;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * What the audit keeps of an import, read back from the reopened database file: a new sheet is one
 * row naming the stored file that holds its values; every value a later file replaces is one row
 * with the old value and the replacing file.
 */
class ImportAuditTest {

    @TempDir
    Path dir;

    private ScoreFileFixture x;
    private Services chair;
    private Path first;
    private Path second;

    @BeforeEach
    void setUp() {
        x = new ScoreFileFixture(dir, "x").gradeAll("SAP", "A", Map.of("1.1", "S")).gradeAll("SEN", "B", Map.of())
                .comment("SEN", "2.1", "特許出願が計画を上回る");
        first = x.export(dir.resolve("x1.cescore"));
        x.grade("SAP", "1.1", "C").comment("SAP", "1.1", "見直し");
        second = x.export(dir.resolve("x2.cescore"));
        chair = open();
    }

    @AfterEach
    void tearDown() {
        x.close();
        chair.close();
    }

    private Path database = Path.of("chair.db");

    private Services open() {
        return Services.open(dir.resolve(database), false, dir.resolve("chair-keys"));
    }

    private void importFiles(Path... files) {
        chair.imports().commit(chair.imports().preview(List.of(files), ImportOptions.defaults()), ImportProgress.none(),
                () -> false);
    }

    private void reopen() {
        chair.close();
        chair = open();
    }

    /** The sheet's audit rows in order: item|field|old|new|source|file name. */
    private List<String> history(String cluster) {
        return chair.database().query(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.item_id, a.field, a.old_value, a.new_value, a.source,"
                    + " f.file_name FROM audit a LEFT JOIN imported_file f ON f.id = a.file_id"
                    + " WHERE a.evaluator_id = ? AND a.cluster_code = ? ORDER BY a.id")) {
                ps.setString(1, x.evaluator.id());
                ps.setString(2, cluster);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                                + "|" + rs.getString(5) + "|" + rs.getString(6));
                    }
                }
            }
            return rows;
        });
    }

    private long revision(String cluster) {
        return chair.grading().load(new SheetKey(x.round.id(), x.evaluator.id(), cluster)).sheet().revision();
    }

    private ScoreSheet storedFileSheet(String fileName, String cluster) {
        byte[] bytes = chair.database().query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM imported_file WHERE file_name = ?")) {
                ps.setString(1, fileName);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            }
        });
        ParsedScoreFile parsed = ScoreFileReader.parse(fileName, bytes);
        return parsed.content().sheets().stream().filter(s -> s.cluster().equals(cluster)).findFirst().orElseThrow();
    }

    @Test
    void aNewSheetIsOneRowNamingItsFileAndEachReplacedValueIsOneRowWithTheReplacingFile() {
        importFiles(first);
        reopen();
        long firstSap = revision("SAP");
        long sen = revision("SEN");
        assertEquals(List.of("null|revision|null|" + firstSap + "|import|x1.cescore"), history("SAP"));
        assertEquals(List.of("null|revision|null|" + sen + "|import|x1.cescore"), history("SEN"));
        // the file the row names holds every value the sheet got from it
        SheetData stored = chair.grading().load(new SheetKey(x.round.id(), x.evaluator.id(), "SEN"));
        for (ItemEntry e : storedFileSheet("x1.cescore", "SEN").items()) {
            assertEquals(e, stored.entry(e.itemId()), e.itemId());
        }
        assertEquals("特許出願が計画を上回る", stored.entry("2.1").comment());

        importFiles(second);
        reopen();
        long secondSap = revision("SAP");
        assertEquals(List.of(
                "null|revision|null|" + firstSap + "|import|x1.cescore",
                "null|revision|" + firstSap + "|" + secondSap + "|import|x2.cescore",
                "1.1|grade|S|C|import|x2.cescore",
                "1.1|comment||見直し|import|x2.cescore"), history("SAP"));
        assertEquals(List.of("null|revision|null|" + sen + "|import|x1.cescore"), history("SEN")); // unchanged: nothing
        assertEquals("S", storedFileSheet("x1.cescore", "SAP").items().stream()
                .filter(e -> e.itemId().equals("1.1")).findFirst().orElseThrow().grade());
    }

    @Test
    void twoRevisionsInOneBatchLeaveWhatImportingThemOneAfterTheOtherLeaves() {
        importFiles(first, second);
        reopen();
        List<String> sap = history("SAP");
        List<String> grades = grades();
        assertEquals("C", chair.grading().load(new SheetKey(x.round.id(), x.evaluator.id(), "SAP")).entry("1.1").grade());

        chair.close();
        database = Path.of("one-after-the-other.db");
        chair = open();
        importFiles(first);
        importFiles(second);
        reopen();
        assertEquals(sap, history("SAP"));
        assertEquals(grades, grades());
    }

    /** Every stored grade without the time of the import: sheet, item, grade, comment, indication. */
    private List<String> grades() {
        return chair.database().query(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.cluster_code, g.item_id, g.grade, g.comment, g.indication"
                    + " FROM grade g JOIN sheet s ON s.id = g.sheet_id ORDER BY 1, 2");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                            + "|" + rs.getString(5));
                }
            }
            return rows;
        });
    }
}
