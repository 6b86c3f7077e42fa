package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Results;
import jp.clustereval.persistence.OlderSchema;

/**
 * Databases of schema version 4 could hold an evaluator id in upper case (a score file spelled it
 * so), and then the same person twice. Opening them brings every id to lower case; two evaluators
 * whose ids differ only in case are not merged: the file is refused, naming both, and left as it was.
 */
class EvaluatorIdMigrationTest {

    @TempDir
    Path dir;

    /** Tables and columns holding evaluator ids, to spell them in upper case as an old import did. */
    private static final List<String> ID_COLUMNS = List.of("sheet", "imported_file", "evaluator_key", "sheet_conflict",
            "conflict_of_interest", "comment_tag", "sheet_score", "audit");

    private record Made(Evaluator local, Evaluator imported, Results results) {
    }

    /**
     * A database with a local evaluator and one brought by a score file (sheets, grades, a stored file,
     * a pinned key, audit rows, a tag and a conflict of interest), as schema version 4 left it.
     */
    private Made version4(Path file) throws Exception {
        Made made;
        try (ScoreFileFixture x = new ScoreFileFixture(dir, "x");
             Services s = Services.open(file, false, dir.resolve("chair-keys"))) {
            x.gradeAll("SAP", "A", Map.of("1.1", "S")).gradeAll("SEN", "B", Map.of()).comment("SAP", "1.1", "特許が多い");
            Evaluator local = s.evaluators().createLocal("議長 花子", "文部科学省");
            s.grading().setGrade(new SheetKey(s.rounds().current().id(), local.id(), "KYO"), "1.1", "A", "test");
            s.imports().commit(s.imports().preview(List.of(x.export(dir.resolve("x.cescore"))), ImportOptions.defaults()),
                    ImportProgress.none(), () -> false);
            String round = s.rounds().current().id();
            s.comments().tag(round, x.evaluator.id(), "SAP", "1.1", "comment", "ip", "chair");
            s.coi().add(round, x.evaluator.id(), "SEN", "adviser", "chair");
            made = new Made(local, x.evaluator, s.results().results(s.rounds().current()));
        }
        OlderSchema.toVersion4(file);
        return made;
    }

    /** Spells the evaluator's id in upper case in every table, as an import of an upper-case file stored it. */
    private static void upperCase(Path file, String id) throws Exception {
        String upper = id.toUpperCase(java.util.Locale.ROOT);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            st.executeUpdate("UPDATE evaluator SET id = '" + upper + "' WHERE id = '" + id + "'");
            for (String table : ID_COLUMNS) {
                st.executeUpdate("UPDATE " + table + " SET evaluator_id = '" + upper + "' WHERE evaluator_id = '" + id + "'");
            }
            st.executeUpdate("UPDATE audit SET actor = '" + upper + "' WHERE actor = '" + id + "'");
            st.executeUpdate("UPDATE app_meta SET value = '" + upper + "' WHERE value = '" + id + "'");
        }
    }

    private static List<String> rows(Path file, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void upperCaseIdsAreBroughtToLowerCaseEverywhereAndNothingElseChanges() throws Exception {
        Path file = dir.resolve("v4.db");
        Made made = version4(file);
        upperCase(file, made.imported().id());
        upperCase(file, made.local().id());
        assertEquals(2, rows(file, "SELECT id FROM evaluator WHERE id <> lower(id)").size(), "the old file");

        try (Services s = Services.open(file, false, dir.resolve("chair-keys"))) { // migrates
            assertEquals(made.local(), s.evaluators().local().orElseThrow());
            assertEquals(made.imported(), s.evaluators().resolve(made.imported().id().toUpperCase(java.util.Locale.ROOT)));
            assertEquals(made.results(), s.results().results(s.rounds().current()));
            assertEquals(1, s.keys().pinnedKeys().size());
        }
        { // read with plain SQL once the writer is closed (it keeps the file to itself while open)
            assertEquals(List.of(), rows(file, "SELECT id FROM evaluator WHERE id <> lower(id)"));
            for (String table : ID_COLUMNS) {
                assertEquals(List.of(), rows(file, "SELECT evaluator_id FROM " + table + " WHERE evaluator_id <> lower(evaluator_id)"),
                        table);
                // (no conflict is made here: its table is only checked to hold no upper-case id)
                assertTrue(table.equals("sheet_conflict") || !rows(file, "SELECT evaluator_id FROM " + table).isEmpty(),
                        table + " has rows to check");
            }
            assertEquals(List.of(), rows(file, "SELECT actor FROM audit WHERE actor <> lower(actor) AND source = 'import'"));
            assertEquals("8", rows(file, "PRAGMA user_version").get(0), "the newest schema");
        }
    }

    @Test
    void twoEvaluatorsWhoseIdsDifferOnlyInCaseAreNotMergedAndTheFileIsLeftAsItWas() throws Exception {
        Path file = dir.resolve("v4.db");
        Made made = version4(file);
        String id = made.imported().id();
        String upper = id.toUpperCase(java.util.Locale.ROOT);
        // what an old import of the same person's file with the id in capitals left: a second evaluator
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO evaluator(id, name, affiliation, created_at) VALUES ('" + upper
                    + "', 'X EVALUATOR', '大学', '2004-12-04T00:00:00Z')");
            st.executeUpdate("INSERT INTO sheet(round_id, evaluator_id, cluster_code, status, revision, comment, created_at,"
                    + " updated_at) SELECT round_id, '" + upper + "', cluster_code, status, revision, comment, created_at,"
                    + " updated_at FROM sheet WHERE evaluator_id = '" + id + "'");
        }
        byte[] before = Files.readAllBytes(file);
        List<String> evaluatorsBefore = rows(file, "SELECT id || '|' || name FROM evaluator ORDER BY id");

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> Services.open(file, false, dir.resolve("chair-keys")).close());
        assertEquals("store.evaluatorIdCollision", e.key());
        assertTrue(e.getMessage().contains("X EVALUATOR (" + upper + ")") && e.getMessage().contains("x (" + id + ")"),
                e.getMessage());
        assertEquals(evaluatorsBefore, rows(file, "SELECT id || '|' || name FROM evaluator ORDER BY id"));
        assertEquals("4", rows(file, "PRAGMA user_version").get(0), "not upgraded");
        assertEquals(List.of(), rows(file, "SELECT name FROM sqlite_master WHERE name = 'roster'"));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file is byte for byte as it was");
    }
}
