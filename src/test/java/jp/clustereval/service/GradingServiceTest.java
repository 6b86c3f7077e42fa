package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.persistence.AuditDao;

class GradingServiceTest {

    @TempDir
    Path dir;

    private Path file;
    private Services services;
    private Evaluator evaluator;
    private Round round;
    private SheetKey sap;

    @BeforeEach
    void open() {
        file = dir.resolve("grading.db");
        services = Services.open(file, false);
        evaluator = services.evaluators().createLocal("評価 一郎", "大学A");
        round = services.rounds().current();
        sap = new SheetKey(round.id(), evaluator.id(), "SAP");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void gradesAndCommentsSurviveReopeningWithRevisionAndAudit() {
        services.grading().setGrade(sap, "1.1", "S", "test");
        services.grading().setGrade(sap, "1.1", "a", "test");
        services.grading().setItemText(sap, "1.1", ItemTextField.COMMENT, "特許出願が計画を上回る", "test");
        services.grading().setItemText(sap, "1.1", ItemTextField.INDICATION, "事業化の道筋を示すこと", "test");
        services.grading().setSheetComment(sap, "総じて順調", "test");
        services.close();

        services = Services.open(file, false);
        SheetData data = services.grading().load(sap);
        assertEquals("A", data.entry("1.1").grade());
        assertEquals("特許出願が計画を上回る", data.entry("1.1").comment());
        assertEquals("事業化の道筋を示すこと", data.entry("1.1").indication());
        assertEquals("総じて順調", data.sheet().comment());
        assertEquals(5, data.sheet().revision());
        assertEquals(SheetStatus.DRAFT, data.sheet().status());

        List<AuditDao.Entry> audit = services.database().query(c -> new AuditDao(c).forSheet(round.id(), evaluator.id(), "SAP"));
        assertEquals(5, audit.size());
        assertEquals(List.of("grade", "grade", "comment", "indication", "sheet_comment"),
                audit.stream().map(AuditDao.Entry::field).toList());
        assertNull(audit.get(0).oldValue());
        assertEquals("S", audit.get(0).newValue());
        assertEquals("S", audit.get(1).oldValue());
        assertEquals("A", audit.get(1).newValue());
        assertEquals(evaluator.id(), audit.get(1).actor());
        assertEquals("test", audit.get(1).source());
    }

    @Test
    void settingTheSameValueAgainChangesNothing() {
        services.grading().setGrade(sap, "1.1", "S", "test");
        SheetData again = services.grading().setGrade(sap, "1.1", "S", "test");
        assertEquals(1, again.sheet().revision());
        assertEquals(1, auditCount());
    }

    @Test
    void markCompleteNeedsEveryItemAndListsTheMissingOnes() {
        services.grading().setGrade(sap, "1.1", "S", "test");
        services.grading().setGrade(sap, "4", "B", "test");
        IncompleteSheetException e = assertThrows(IncompleteSheetException.class,
                () -> services.grading().markComplete(sap, "test"));
        assertEquals(List.of("1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3"), e.missingItemIds());
        assertTrue(e.getMessage().contains("1.2.1, 1.2.2, 1.3, 2.1, 2.2, 2.3, 3"), e.getMessage());
        assertEquals(SheetStatus.DRAFT, services.grading().load(sap).sheet().status());

        for (String item : List.of("1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3")) {
            services.grading().setGrade(sap, item, "A", "test");
        }
        assertEquals(SheetStatus.COMPLETE, services.grading().markComplete(sap, "test").sheet().status());
        assertEquals(new Progress(9, 9, SheetStatus.COMPLETE), services.grading().progress(round.id(), evaluator.id()).get("SAP"));

        // clearing a grade reopens the sheet
        SheetData cleared = services.grading().setGrade(sap, "3", null, "test");
        assertEquals(SheetStatus.DRAFT, cleared.sheet().status());
        assertEquals(new Progress(8, 9, SheetStatus.DRAFT), services.grading().progress(round.id(), evaluator.id()).get("SAP"));
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsStored() {
        assertRefused("cluster.unknown", "Unknown cluster 'XXX'", () -> services.grading()
                .setGrade(new SheetKey(round.id(), evaluator.id(), "XXX"), "1.1", "S", "test"));
        assertRefused("item.unknown", "Unknown item '9.9' for cluster SAP", () -> services.grading()
                .setGrade(sap, "9.9", "S", "test"));
        assertRefused("item.unknown", "Unknown item '1.2' for cluster SAP", () -> services.grading()
                .setGrade(sap, "1.2", "S", "test")); // a heading is not gradable
        assertRefused("grade.invalid", "Grade 'X' is not on the scale of this round: use one of S, A, B, C",
                () -> services.grading().setGrade(sap, "1.1", "X", "test"));
        assertRefused("evaluator.unknown", "Unknown evaluator 'nobody'", () -> services.grading()
                .setGrade(new SheetKey(round.id(), "nobody", "SAP"), "1.1", "S", "test"));
        assertRefused("round.unknown", "Unknown round 'final-2006'", () -> services.grading()
                .setGrade(new SheetKey("final-2006", evaluator.id(), "SAP"), "1.1", "S", "test"));
        assertRefused("text.tooLong", "too long", () -> services.grading()
                .setSheetComment(sap, "x".repeat(GradingService.MAX_TEXT + 1), "test"));
        assertEquals(0, auditCount());
        assertEquals(0, count("sheet"));
        assertEquals(0, count("grade"));
    }

    @Test
    void resultsAverageEveryEvaluatorInTheDatabase() {
        Evaluator second = services.evaluators().add("評価 二郎", "企業B");
        SheetKey sap2 = new SheetKey(round.id(), second.id(), "SAP");
        services.grading().setGrade(sap, "1.1", "S", "test");
        services.grading().setGrade(sap2, "1.1", "B", "test");
        services.grading().setGrade(sap2, "4", "C", "test");
        // both sheets are unfinished: by default axis values only, no total, no evaluator counted
        var unfinished = services.results().results(round).cluster("SAP").orElseThrow();
        assertEquals(0, unfinished.evaluators());
        assertEquals(2, unfinished.partial());
        assertEquals(3.0, unfinished.axes().get("A").value(), 1e-12);
        assertTrue(Double.isNaN(unfinished.total()));
        // counted as before with --include-partial
        var results = services.results().results(round, round.cohort(), true);
        var r = results.cluster("SAP").orElseThrow();
        assertEquals(2, r.evaluators());
        assertEquals(3.0, r.axes().get("A").value(), 1e-12);
        assertEquals(2, r.axes().get("A").count());
        assertEquals(1.0, r.axes().get("E").value(), 1e-12);
        assertEquals(1, r.axes().get("E").count());
        assertEquals(2.0, r.total(), 1e-12); // equal axis weights: (3 + 1) / 2
        assertEquals(Map.of("A", 4.0), services.results().sheetAxisScores(round, "SAP", services.grading().load(sap)));
    }

    private void assertRefused(String key, String messagePart, Runnable action) {
        UserFacingException e = assertThrows(UserFacingException.class, action::run);
        assertEquals(key, e.key());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        assertTrue(!e.message(Locale.JAPANESE).equals(e.getMessage()), "a Japanese message exists for " + key);
    }

    private int auditCount() {
        return count("audit");
    }

    private int count(String table) {
        return services.database().query(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
