package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.service.ItemTextField;
import jp.clustereval.service.Overview;
import jp.clustereval.service.SheetData;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.overview.OverviewLine;
import jp.clustereval.ui.overview.OverviewViewModel;

/**
 * The overview over a real database file: figures worked by hand (the seed's item and axis weights
 * are all 1: an axis is the plain mean of its items' grades, the total the plain mean of the five
 * axes), partial rows marked, grades set here stored with their audit rows and read back from the
 * file opened again, undo as a new change, and the clipboard's text exactly.
 */
class OverviewViewModelTest {

    @TempDir
    Path dir;
    private VmFixture fx;
    private Evaluator me;
    private OverviewViewModel vm;
    private final List<SheetData> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new VmFixture(dir.resolve("overview.db"), Language.EN);
        me = fx.createEvaluator("Aoki");
        vm = new OverviewViewModel(fx.app, fx.tasks, saved::add);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (fx != null) {
            fx.close();
        }
    }

    private void grades(String cluster, Map<String, String> grades) {
        SheetKey key = new SheetKey(fx.session.round().id(), me.id(), cluster);
        grades.forEach((item, grade) -> fx.session.services().grading().setGrade(key, item, grade, "test"));
    }

    /** SAP: A 4, B 2.5, C 3, D 2, E 4, total 3.1; SEN: 3, 3, 3, 3, 2, total 2.8; KYO: 1.1 S and 4 C only. */
    private void gradeThree() {
        grades("SAP", Map.of("1.1", "S", "1.2.1", "A", "1.2.2", "B", "1.3", "A", "2.1", "B", "2.2", "B",
                "2.3", "C", "3", "A", "4", "S"));
        grades("SEN", Map.of("1.1", "A", "1.2.1", "A", "1.2.2", "A", "1.3", "A", "2.1", "A", "2.2", "A",
                "2.3", "A", "3", "A", "4", "B"));
        grades("KYO", Map.of("1.1", "S", "4", "C"));
        SheetKey kyo = new SheetKey(fx.session.round().id(), me.id(), "KYO");
        fx.session.services().grading().setSheetComment(kyo, "Strong\tthemes", "test");
        fx.session.services().grading().setItemText(kyo, "4", ItemTextField.INDICATION, "Few companies", "test");
        vm.refresh();
        fx.awaitIdle();
    }

    private Overview.Row row(String code) {
        return vm.line(code).orElseThrow().row();
    }

    private int sql(String query) throws Exception {
        return fx.session.services().database().query(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void theGridHoldsEveryClusterWithTheHandWorkedFigures() {
        gradeThree();
        assertEquals(18, vm.lines().size());
        assertEquals(List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4"),
                vm.overviewProperty().get().columns().stream().map(i -> i.id()).toList());
        Overview.Row sap = row("SAP");
        assertEquals(Map.of("A", 4.0, "B", 2.5, "C", 3.0, "D", 2.0, "E", 4.0), sap.axes());
        assertEquals(3.1, sap.total(), 1e-12);
        assertEquals(1, sap.rank());
        assertEquals(2.8, row("SEN").total(), 1e-12);
        assertEquals(2, row("SEN").rank());
        Overview.Row kyo = row("KYO");
        assertEquals(Map.of("A", 4.0, "E", 1.0), kyo.axes());
        assertTrue(Double.isNaN(kyo.total()));
        assertEquals(0, kyo.rank());
        assertTrue(kyo.isPartial());
        assertEquals("◐ Partial 2/9", vm.stateText(vm.line("KYO").orElseThrow()));
        assertEquals("✓ Complete", vm.stateText(vm.line("SAP").orElseThrow()));
        assertEquals("○ Not started", vm.stateText(vm.line("UBE").orElseThrow()));
        assertEquals("Aoki — " + fx.session.round().name().en(), vm.heading());
    }

    @Test
    void theSelectedClustersCommentsAreListed() {
        gradeThree();
        assertEquals("SAP", vm.selectedProperty().get().code());
        assertEquals(List.of("No comments or indications yet."), vm.notes());
        vm.selectedProperty().set(vm.line("KYO").orElseThrow());
        assertEquals(List.of("Overall comment: Strong\tthemes", "4 indications: Few companies"), vm.notes());
        fx.app.languageProperty().set(Language.JA);
        assertEquals(List.of("総合コメント: Strong\tthemes", "4 指摘事項: Few companies"), vm.notes());
    }

    @Test
    void aGradeSetHereIsStoredAuditedAndReadBackFromTheReopenedFile() throws Exception {
        gradeThree();
        vm.grade("KYO", "1.2.1", "a");
        vm.grade("KYO", "1.2.2", "B");
        vm.grade("SAP", "2.3", "S");   // D 2 -> 2.75, total 3.1 -> 3.25
        vm.grade("SAP", "1.1", null);  // SAP is partial now: no total, no rank; SEN ranks first
        vm.grade("SAP", "1.1", "Q");   // not a grade: nothing happens
        fx.awaitIdle();
        assertEquals("A", row("KYO").grade("1.2.1"));
        assertEquals(2.5, row("KYO").axes().get("B"), 1e-12);
        assertTrue(Double.isNaN(row("SAP").total()));
        assertEquals(0, row("SAP").rank());
        assertEquals(1, row("SEN").rank());
        assertEquals(0, vm.savingProperty().get());
        assertEquals(4, saved.size());
        assertEquals(4, sql("SELECT count(*) FROM audit WHERE source = 'gui' AND field = 'grade'"));
        assertEquals(1, sql("SELECT count(*) FROM audit WHERE source = 'gui' AND item_id = '1.1' AND old_value = 'S'"
                + " AND new_value IS NULL"));

        Path file = fx.session.file();
        fx.close();
        fx = null;
        Session reopened = Session.open(file).session();
        try {
            Overview o = reopened.services().grading().overview(reopened.round().id(), me.id());
            assertEquals("A", o.row("KYO").orElseThrow().grade("1.2.1"));
            assertEquals("B", o.row("KYO").orElseThrow().grade("1.2.2"));
            assertEquals("S", o.row("SAP").orElseThrow().grade("2.3"));
            assertNull(o.row("SAP").orElseThrow().grade("1.1"));
            assertEquals(1, o.row("SEN").orElseThrow().rank());
        } finally {
            reopened.close();
        }
    }

    @Test
    void undoAndRedoAreNewAuditedChanges() throws Exception {
        gradeThree();
        vm.grade("SEN", "4", "S");
        fx.awaitIdle();
        assertEquals(3.2, row("SEN").total(), 1e-12);
        assertEquals(1, row("SEN").rank());
        assertTrue(vm.undo());
        fx.awaitIdle();
        assertEquals("B", row("SEN").grade("4"));
        assertEquals(2, row("SEN").rank());
        assertTrue(vm.redo());
        fx.awaitIdle();
        assertEquals("S", stored("SEN").entry("4").grade());
        assertEquals(3, sql("SELECT count(*) FROM audit WHERE source = 'gui' AND item_id = '4'"));
        assertFalse(vm.redo());
    }

    @Test
    void aSaveOfTheSheetMovesItsLine() {
        gradeThree();
        SheetKey kyo = new SheetKey(fx.session.round().id(), me.id(), "KYO");
        SheetData stored = fx.session.services().grading().setGrade(kyo, "1.3", "B", "gui");
        vm.sheetSaved(stored);
        assertEquals(2.0, row("KYO").axes().get("C"), 1e-12);
        assertEquals("◐ Partial 3/9", vm.stateText(vm.line("KYO").orElseThrow()));
    }

    @Test
    void asWiredTheSheetAndTheOverviewFollowEachOther() {
        gradeThree();
        ViewModels vms = fx.viewModels(Duration.ofMillis(50));
        OverviewViewModel wired = vms.overview();
        wired.refresh();
        vms.main().start();
        fx.awaitIdle();
        // graded on the sheet: the overview's line follows
        vms.main().sheet().show(fx.session.services().clusters().require("KYO"));
        fx.awaitIdle();
        vms.main().sheet().grade(vms.main().sheet().item("1.3").orElseThrow(), "A");
        fx.awaitIdle();
        assertEquals("A", wired.line("KYO").orElseThrow().row().grade("1.3"));
        // graded in the overview: the list's progress and the sheet shown follow
        wired.grade("KYO", "1.2.1", "B");
        fx.awaitIdle();
        assertEquals("4/9", vms.main().clusters().row("KYO").orElseThrow().progressTextProperty().get());
        assertEquals("B", vms.main().sheet().item("1.2.1").orElseThrow().grade());
    }

    @Test
    void aReadOnlyDatabaseTakesNoGrade() throws Exception {
        gradeThree();
        Path file = fx.session.file();
        fx.close();
        fx = null;
        Session viewing = Session.open(file, true).session();
        java.util.List<Throwable> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
        jp.clustereval.ui.common.BackgroundTasks tasks = new jp.clustereval.ui.common.BackgroundTasks(Runnable::run, reported::add);
        try {
            jp.clustereval.ui.common.AppState app = new jp.clustereval.ui.common.AppState(Language.EN);
            app.sessionProperty().set(viewing);
            app.evaluatorProperty().set(me);
            OverviewViewModel readOnly = new OverviewViewModel(app, tasks, saved::add);
            readOnly.refresh();
            VmFixture.await(() -> !tasks.isBusy(), "the overview");
            assertTrue(readOnly.isReadOnly());
            readOnly.grade("UBE", "1.1", "S");
            VmFixture.await(() -> !tasks.isBusy(), "nothing");
            assertNull(readOnly.line("UBE").orElseThrow().row().grade("1.1"));
            assertEquals(List.of(), saved);
            assertEquals(List.of(), reported);
        } finally {
            tasks.shutdown(Duration.ofSeconds(10));
            viewing.close();
        }
    }

    private SheetData stored(String code) {
        return fx.session.services().grading().load(new SheetKey(fx.session.round().id(), me.id(), code));
    }

    @Test
    void theClipboardTextIsTheGridTabSeparated() {
        grades("SAP", Map.of("1.1", "S", "1.2.1", "A", "1.2.2", "B", "1.3", "A", "2.1", "B", "2.2", "B",
                "2.3", "C", "3", "A", "4", "S"));
        grades("KYO", Map.of("1.1", "S", "4", "C"));
        vm.refresh();
        fx.awaitIdle();
        List<String> lines = vm.tsv().lines().toList();
        assertEquals(19, lines.size());
        assertEquals(String.join("\t", "Cluster", "Name", "1.1 Technical evaluation: progress of R&D",
                "1.2.1 Building a regional strategy and reflecting it in the project",
                "1.2.2 Linking related initiatives with this project", "1.3 Project promotion structure",
                "2.1 Technical evaluation: future R&D plans", "2.2 Regional initiative and autonomy",
                "2.3 Project promotion structure", "3 Future project plans",
                "4 Feasibility of the cluster the region aims to form", "A R&D", "B Autonomy", "C Management",
                "D Self-Evaluation", "E Cluster formation", "Total", "Rank", "State"), lines.get(0));
        assertEquals(String.join("\t", "SAP", "Sapporo IT Carrozzeria Cluster", "S", "A", "B", "A", "B", "B", "C",
                "A", "S", "4.00", "2.50", "3.00", "2.00", "4.00", "3.10", "1", "✓ Complete"), lines.get(1));
        String kyo = lines.stream().filter(l -> l.startsWith("KYO\t")).findFirst().orElseThrow();
        assertEquals(String.join("\t", "KYO", "Kyoto Nanotech Cluster", "S", "", "", "", "", "", "", "", "C",
                "4.00", "", "", "", "1.00", "", "", "◐ Partial 2/9"), kyo);
        assertTrue(vm.tsv().endsWith("\n"));
        assertEquals(18, lines.stream().skip(1).filter(l -> l.split("\t", -1).length == 19).count());
    }
}
