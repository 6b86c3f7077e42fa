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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.service.ItemTextField;
import jp.clustereval.service.SheetData;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.sheet.ItemViewModel;
import jp.clustereval.ui.sheet.SheetViewModel;

/**
 * Undo/redo of grades and comments through the services (each undo a new audited revision), per
 * sheet and cleared on a database switch; a save that fails on a read-only database keeps the
 * edit on screen and is saved by a retry or with the next change.
 */
class SheetUndoRetryTest {

    @TempDir
    Path dir;
    private VmFixture fx;
    private Evaluator me;
    private SheetViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new VmFixture(dir.resolve("undo.db"), Language.EN);
        me = fx.createEvaluator("Undo Tester");
        vm = new SheetViewModel(fx.app, fx.tasks, Duration.ofMillis(100));
        show("KYO");
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private void show(String code) {
        vm.show(fx.session.services().clusters().require(code));
        fx.awaitIdle();
    }

    private SheetData stored(String code) {
        return fx.session.services().grading().load(new SheetKey(fx.session.round().id(), me.id(), code));
    }

    private ItemViewModel item(String id) {
        return vm.item(id).orElseThrow();
    }

    private int auditRows(String field) throws Exception {
        return sql("SELECT count(*) FROM audit WHERE field = '" + field + "'");
    }

    private int sql(String query) throws Exception {
        return fx.session.services().database().query(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private void queryOnly(boolean on) throws Exception {
        fx.session.services().database().query(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = " + (on ? 1 : 0));
            }
            return null;
        });
    }

    @Test
    void undoAndRedoAGradeAreNewAuditedChanges() throws Exception {
        vm.grade(item("1.1"), "S");
        vm.grade(item("1.1"), "B");
        fx.awaitIdle();
        long revision = stored("KYO").sheet().revision();
        assertTrue(vm.edits().history().canUndoProperty().get());

        assertTrue(vm.edits().undo());
        fx.awaitIdle();
        assertEquals("S", item("1.1").grade());
        assertEquals("S", stored("KYO").entry("1.1").grade());
        assertEquals(revision + 1, stored("KYO").sheet().revision(), "an undo is a new revision");
        assertEquals(3, auditRows("grade"), "an undo writes its own audit row");
        assertTrue(vm.edits().history().canRedoProperty().get());

        assertTrue(vm.edits().undo());
        fx.awaitIdle();
        assertNull(stored("KYO").entry("1.1").grade());
        assertFalse(vm.edits().undo(), "nothing more to undo");

        assertTrue(vm.edits().redo());
        assertTrue(vm.edits().redo());
        fx.awaitIdle();
        assertEquals("B", item("1.1").grade());
        assertEquals("B", stored("KYO").entry("1.1").grade());
        assertEquals(6, auditRows("grade"));
        assertFalse(vm.edits().redo());
    }

    @Test
    void typingIsOneUndoableEditAndHistoryIsPerSheet() throws Exception {
        for (String text : List.of("G", "Go", "Goo", "Good")) {
            item("2.1").commentProperty().set(text);
        }
        vm.flushText(item("2.1"), ItemTextField.COMMENT);
        fx.awaitIdle();
        assertEquals("Good", stored("KYO").entry("2.1").comment());

        show("SEN"); // another sheet: its own (empty) history
        assertFalse(vm.edits().history().canUndoProperty().get());
        assertFalse(vm.edits().undo());
        show("KYO");
        assertTrue(vm.edits().undo(), "the typing is one edit");
        fx.awaitIdle();
        assertEquals("", item("2.1").commentProperty().get());
        assertEquals("", stored("KYO").entry("2.1").comment());
        assertFalse(vm.edits().undo());
        assertTrue(vm.edits().redo());
        fx.awaitIdle();
        assertEquals("Good", stored("KYO").entry("2.1").comment());

        // another database: the history is gone
        VmFixture other = new VmFixture(dir.resolve("other.db"), Language.EN);
        try {
            fx.app.sessionProperty().set(other.session);
            assertFalse(vm.edits().history().canUndoProperty().get());
            fx.app.sessionProperty().set(fx.session);
            show("KYO");
            assertFalse(vm.edits().undo(), "cleared on the database switch");
        } finally {
            other.close();
        }
    }

    @Test
    void aFailedSaveKeepsTheEditAndARetrySavesIt() throws Exception {
        queryOnly(true); // the database turns read-only mid-session
        vm.grade(item("1.3"), "A");
        fx.awaitIdle();
        assertTrue(fx.reported.stream().anyMatch(t -> t instanceof UserFacingException u
                && u.key().equals("store.readOnly")), "reported: " + fx.reported);
        assertEquals("A", item("1.3").grade(), "the unsaved grade stays on screen");
        assertTrue(vm.edits().unsavedProperty().get());
        assertTrue(vm.messageProperty().get().contains("Retry"), vm.messageProperty().get());
        assertNull(stored("KYO").entry("1.3").grade());

        vm.edits().retryUnsaved(); // still read-only: kept again
        fx.awaitIdle();
        assertTrue(vm.edits().unsavedProperty().get());
        assertEquals("A", item("1.3").grade());

        queryOnly(false);
        vm.edits().retryUnsaved();
        fx.awaitIdle();
        assertFalse(vm.edits().unsavedProperty().get());
        assertEquals("A", stored("KYO").entry("1.3").grade());
        assertEquals("", vm.messageProperty().get(), "the warning goes once everything is saved");
    }

    @Test
    void aFailedCommentIsSavedWithTheNextChange() throws Exception {
        queryOnly(true);
        item("3").commentProperty().set("Needs more partners");
        vm.flushText(item("3"), ItemTextField.COMMENT);
        fx.awaitIdle();
        assertEquals("Needs more partners", item("3").commentProperty().get());
        assertTrue(vm.edits().unsavedProperty().get());
        assertEquals("", stored("KYO").entry("3").comment());

        queryOnly(false);
        vm.grade(item("4"), "C"); // the next change saves the kept one first
        fx.awaitIdle();
        assertFalse(vm.edits().unsavedProperty().get());
        assertEquals("Needs more partners", stored("KYO").entry("3").comment());
        assertEquals("C", stored("KYO").entry("4").grade());
    }
}
