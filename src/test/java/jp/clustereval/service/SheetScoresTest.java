package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Aggregator;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.weights.TestWeights;
import jp.clustereval.domain.weights.Weights;
import jp.clustereval.persistence.GradeDao;
import jp.clustereval.persistence.SheetScoreCheck;
import jp.clustereval.persistence.SheetScoreDao;

/**
 * The per-sheet scores (sheet_score) that results read stay exactly what the grades give, through
 * every path that writes grades or weights, and a database of the previous schema gets them when
 * it is opened. Axis scores by hand, equal weights: S=4, A=3, B=2, C=1; B is the mean of 1.2.1 and
 * 1.2.2; D the mean of 2.1, 2.2, 2.3 and 3.
 */
class SheetScoresTest {

    @TempDir
    Path dir;

    private static void assertConsistent(Services s) {
        String round = s.rounds().current().id();
        assertEquals(List.of(), SheetScoreCheck.problems(s.database(), round));
        // and results read from them are exactly the results computed from the grades themselves
        Round r = s.rounds().current();
        var grades = s.database().query(c -> new GradeDao(c).gradesOfRound(r.id()));
        assertEquals(new Aggregator(r).aggregate(grades, r.cohort()), s.results().results(r));
    }

    private static Map<String, String> rows(Services s) {
        String round = s.rounds().current().id();
        return s.database().query(c -> SheetScoreCheck.rows(c, round));
    }

    @Test
    void gradingWritesTheSheetsScoresInTheSameChange() {
        try (Services s = Services.open(dir.resolve("e.db"), false, dir.resolve("keys"))) {
            Evaluator me = s.evaluators().createLocal("評価 一郎", "大学");
            SheetKey sap = new SheetKey(s.rounds().current().id(), me.id(), "SAP");
            assertEquals(Map.of(), rows(s));
            s.grading().setGrade(sap, "1.1", "S", "test");
            s.grading().setGrade(sap, "4", "C", "test");
            assertEquals(Map.of("SAP/" + me.id(), "2 [4.0, NaN, NaN, NaN, 1.0] partial"), rows(s));
            s.grading().setGrade(sap, "1.2.1", "A", "test");
            s.grading().setGrade(sap, "1.2.2", "C", "test");
            s.grading().setItemText(sap, "1.1", ItemTextField.COMMENT, "良い", "test"); // no grade changed
            assertEquals(Map.of("SAP/" + me.id(), "4 [4.0, 2.0, NaN, NaN, 1.0] partial"), rows(s));
            assertConsistent(s);
            // clearing every grade leaves no row: the sheet no longer counts in results
            for (String item : List.of("1.1", "4", "1.2.1", "1.2.2")) {
                s.grading().setGrade(sap, item, null, "test");
            }
            assertEquals(Map.of(), rows(s));
            assertEquals(0, s.results().results(s.rounds().current()).clusters().size());
            assertConsistent(s);
        }
    }

    @Test
    void importOfANewerRevisionReplacesTheSheetsScores() {
        try (ScoreFileFixture x = new ScoreFileFixture(dir, "x").gradeAll("SAP", "A", Map.of("1.1", "S"));
             Services chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"))) {
            Path first = x.export(dir.resolve("x1.cescore"));
            x.grade("SAP", "1.1", "C").grade("SAP", "4", null);
            Path second = x.export(dir.resolve("x2.cescore"));
            chair.imports().commit(chair.imports().preview(List.of(first), ImportOptions.defaults()), ImportProgress.none(), () -> false);
            assertEquals(Map.of("SAP/" + x.evaluator.id(), "9 [4.0, 3.0, 3.0, 3.0, 3.0] complete"), rows(chair));
            assertConsistent(chair);
            chair.imports().commit(chair.imports().preview(List.of(second), ImportOptions.defaults()), ImportProgress.none(), () -> false);
            assertEquals(Map.of("SAP/" + x.evaluator.id(), "8 [1.0, 3.0, 3.0, 3.0, NaN] partial"), rows(chair));
            assertConsistent(chair);
        }
    }

    @Test
    void theIncomingSideOfAResolvedConflictBringsItsScores() throws Exception {
        ScoreFileFixture x = new ScoreFileFixture(dir, "x").gradeAll("SAP", "A", Map.of());
        Path a = x.export(dir.resolve("a.cescore"));
        String round = x.round.id();
        SheetKey sap = new SheetKey(round, x.evaluator.id(), "SAP");
        x.close();
        // the same evaluator edits a copy of the database differently: both reach the same revision
        Files.copy(dir.resolve("x.db"), dir.resolve("x-copy.db"));
        try (Services original = Services.open(dir.resolve("x.db"), false, dir.resolve("x-keys"));
             Services copy = Services.open(dir.resolve("x-copy.db"), false, dir.resolve("x-keys"))) {
            original.grading().setGrade(sap, "4", "S", "test");
            copy.grading().setGrade(sap, "4", "C", "test");
            original.exporter().export(x.evaluator.id(), null, dir.resolve("b.cescore"));
            copy.exporter().export(x.evaluator.id(), null, dir.resolve("c.cescore"));
        }
        try (Services chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"))) {
            for (String f : List.of("a", "b", "c")) {
                chair.imports().commit(chair.imports().preview(List.of(dir.resolve(f + ".cescore")), ImportOptions.defaults()),
                        ImportProgress.none(), () -> false);
            }
            assertEquals(Map.of("SAP/" + x.evaluator.id(), "9 [3.0, 3.0, 3.0, 3.0, 4.0] complete"), rows(chair));
            long id = chair.conflicts().list(round, true).get(0).id();
            chair.conflicts().resolve(id, ConflictService.Choice.INCOMING, "confirmed by phone", "chair");
            assertEquals(Map.of("SAP/" + x.evaluator.id(), "9 [3.0, 3.0, 3.0, 3.0, 1.0] complete"), rows(chair));
            assertConsistent(chair);
        }
    }

    @Test
    void changedItemWeightsRecomputeEverySheetAxisWeightsNeedNot() {
        try (Services s = Services.open(dir.resolve("w.db"), false, dir.resolve("keys"))) {
            Evaluator e = s.evaluators().add("評価 一郎", "大学");
            Evaluator f = s.evaluators().add("評価 二郎", "大学");
            String round = s.rounds().current().id();
            s.grading().setGrade(new SheetKey(round, e.id(), "SAP"), "1.2.1", "A", "test");
            s.grading().setGrade(new SheetKey(round, e.id(), "SAP"), "1.2.2", "C", "test");
            s.grading().setGrade(new SheetKey(round, f.id(), "SEN"), "1.2.1", "S", "test");
            assertEquals("2 [NaN, 2.0, NaN, NaN, NaN] partial", rows(s).get("SAP/" + e.id()));
            String before = basis(s);

            s.weights().set(round, null, TestWeights.of("1.2.1", 60, "1.2.2", 40), "花子");
            // B = (3 * 0.6 + 1 * 0.4) / 1.0 = 2.2
            assertEquals(2.2, Double.parseDouble(rows(s).get("SAP/" + e.id()).replaceAll(".*\\[NaN, ([0-9.]+),.*", "$1")), 1e-12);
            assertNotEquals(before, basis(s));
            assertConsistent(s);

            String weighted = basis(s);
            Map<String, String> rowsBefore = rows(s);
            s.weights().set(round, TestWeights.axes(30, 20, 20, 10, 20), null, "花子");
            assertEquals(weighted, basis(s), "axis weights only weigh the total, computed when results are read");
            assertEquals(rowsBefore, rows(s));
            assertConsistent(s);
        }
    }

    @Test
    void aRoundWithOtherWeightsThanTheStoredOnesIsAggregatedFromTheGrades() {
        try (Services s = Services.open(dir.resolve("o.db"), false, dir.resolve("keys"))) {
            Evaluator e = s.evaluators().add("評価 一郎", "大学");
            Round stored = s.rounds().current();
            s.grading().setGrade(new SheetKey(stored.id(), e.id(), "SAP"), "1.2.1", "A", "test");
            s.grading().setGrade(new SheetKey(stored.id(), e.id(), "SAP"), "1.2.2", "C", "test");
            // e.g. a definition read before another program changed the weights
            Round other = Weights.apply(stored, Weights.change(stored, null, Map.of("1.2.1", 60.0, "1.2.2", 40.0)));
            var grades = s.database().query(c -> new GradeDao(c).gradesOfRound(stored.id()));
            Results r = s.results().results(other);
            assertEquals(new Aggregator(other).aggregate(grades, other.cohort()), r);
            assertEquals(2.2, r.cluster("SAP").orElseThrow().axes().get("B").value(), 1e-12);
            assertConsistent(s); // and the stored rows still follow the stored weights
        }
    }

    @Test
    void openingADatabaseOfTheSchemaBeforeComputesTheScoresOfItsGrades() throws Exception {
        Path file = dir.resolve("v3.db");
        Results before;
        String evaluator;
        try (Services s = Services.open(file, false, dir.resolve("keys"))) {
            Evaluator e = s.evaluators().add("評価 一郎", "大学");
            Evaluator f = s.evaluators().add("評価 二郎", "大学");
            evaluator = e.id();
            String round = s.rounds().current().id();
            for (String item : ScoreFileFixture.ITEMS) {
                s.grading().setGrade(new SheetKey(round, e.id(), "SAP"), item, "A", "test");
                s.grading().setGrade(new SheetKey(round, f.id(), "SAP"), item, "B", "test");
            }
            s.grading().setGrade(new SheetKey(round, f.id(), "SEN"), "4", "S", "test");
            before = s.results().results(s.rounds().current());
        }
        // what schema version 3 left: the same file without what versions 5 and 4 added
        jp.clustereval.persistence.OlderSchema.toVersion4(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE sheet_score");
            st.execute("DROP TABLE sheet_score_basis");
            st.execute("DELETE FROM schema_version WHERE version = 4");
            st.execute("PRAGMA user_version = 3");
        }
        try (Services s = Services.open(file, false, dir.resolve("keys"))) {
            assertEquals(3, rows(s).size());
            assertEquals("9 [3.0, 3.0, 3.0, 3.0, 3.0] complete", rows(s).get("SAP/" + evaluator));
            assertConsistent(s);
            assertEquals(before, s.results().results(s.rounds().current()));
            assertTrue(s.database().query(c -> new SheetScoreDao(c).basis(s.rounds().current().id())).isPresent());
        }
    }

    private static String basis(Services s) {
        String round = s.rounds().current().id();
        return s.database().query(c -> new SheetScoreDao(c).basis(round)).orElseThrow();
    }
}
