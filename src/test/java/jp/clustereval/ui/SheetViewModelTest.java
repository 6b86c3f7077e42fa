package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.service.SheetData;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.sheet.ItemViewModel;
import jp.clustereval.ui.sheet.SheetSaved;
import jp.clustereval.ui.sheet.SheetViewModel;

/** The sheet over a real database: grading, live scores, mark-complete validation, text autosave. */
class SheetViewModelTest {

    @TempDir
    Path dir;
    private VmFixture fx;
    private Evaluator me;
    private SheetViewModel vm;
    private final List<SheetSaved> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new VmFixture(dir.resolve("sheet.db"), Language.EN);
        me = fx.createEvaluator("Taro Test");
        vm = new SheetViewModel(fx.app, fx.tasks, Duration.ofMillis(150));
        vm.setOnSaved(saved::add);
        vm.show(fx.session.services().clusters().require("KYO"));
        fx.awaitIdle();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private SheetData stored() {
        return fx.session.services().grading().load(new SheetKey(fx.session.round().id(), me.id(), "KYO"));
    }

    private ItemViewModel item(String id) {
        return vm.item(id).orElseThrow();
    }

    @Test
    void groupsTheNineItemsUnderTheirAxes() {
        assertEquals("KYO", vm.clusterProperty().get().code());
        assertEquals(List.of("A", "B", "C", "D", "E"), vm.groups().stream().map(g -> g.axis().code()).toList());
        assertEquals(List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4"),
                vm.items().stream().map(ItemViewModel::id).toList());
        assertEquals(9, vm.totalProperty().get());
        assertEquals(0, vm.gradedProperty().get());
        assertEquals(Map.of(), vm.axisScoresProperty().get());
    }

    @Test
    void gradingUpdatesScoresAtOnceAndWritesEveryGrade() {
        vm.grade(item("1.2.1"), "S");
        vm.grade(item("1.2.2"), "b");
        // live, before the disk answered
        assertEquals(2, vm.gradedProperty().get());
        assertEquals(3.0, vm.axisScoresProperty().get().get("B"), 1e-9);
        assertEquals(3.0, vm.groups().get(1).scoreProperty().get(), 1e-9);
        assertNull(vm.groups().get(0).scoreProperty().get());
        fx.awaitIdle();

        assertEquals(Map.of("1.2.1", "S", "1.2.2", "B"), stored().grades());
        assertEquals(2, saved.size());
        assertTrue(saved.stream().allMatch(SheetSaved::gradesChanged));

        vm.grade(item("1.2.1"), null);
        fx.awaitIdle();
        assertEquals(Map.of("1.2.2", "B"), stored().grades());
        assertEquals(2.0, vm.axisScoresProperty().get().get("B"), 1e-9);
        assertTrue(fx.reported.isEmpty(), fx.reported::toString);
    }

    @Test
    void markCompleteListsTheMissingItemsAndWritesNothing() {
        for (ItemViewModel i : vm.items()) {
            if (!i.id().equals("2.2") && !i.id().equals("4")) {
                vm.grade(i, "A");
            }
        }
        fx.awaitIdle();

        List<String> missing = vm.markComplete();

        assertEquals(List.of("2.2", "4"), missing);
        assertEquals("Not complete yet: 2 items are not graded: 2.2, 4", vm.messageProperty().get());
        assertTrue(item("2.2").missingProperty().get());
        assertFalse(item("1.1").missingProperty().get());
        fx.awaitIdle();
        assertEquals(SheetStatus.DRAFT, stored().sheet().status());

        fx.app.languageProperty().set(Language.JA);
        assertEquals("まだ完了にできません：未評価の項目が 2 件あります：2.2, 4", vm.messageProperty().get());

        vm.grade(item("2.2"), "C");
        assertFalse(item("2.2").missingProperty().get(), "grading clears the flag");
        vm.grade(item("4"), "S");
        assertEquals(List.of(), vm.markComplete());
        fx.awaitIdle();
        assertEquals(SheetStatus.COMPLETE, stored().sheet().status());
        assertEquals(SheetStatus.COMPLETE, vm.statusProperty().get());
        assertEquals(9, vm.gradedProperty().get());
    }

    @Test
    void typedTextIsSavedAfterAShortPauseAndOnFlush() {
        item("1.3").commentProperty().set("Leadership");
        item("1.3").commentProperty().set("Leadership is clear.");
        item("3").indicationProperty().set("Plan beyond FY2006.");
        vm.commentProperty().set("Solid overall.");
        fx.awaitIdle(); // the debounced saves ran

        SheetData data = stored();
        assertEquals("Leadership is clear.", data.entry("1.3").comment());
        assertEquals("Plan beyond FY2006.", data.entry("3").indication());
        assertEquals("Solid overall.", data.sheet().comment());
        assertNull(data.entry("1.3").grade());

        item("1.3").commentProperty().set("Changed, then left the field.");
        vm.flushText(item("1.3"), jp.clustereval.service.ItemTextField.COMMENT);
        fx.awaitIdle();
        assertEquals("Changed, then left the field.", stored().entry("1.3").comment());
    }

    /** Typing that never pauses as long as the delay is saved at least once a second (before: only at the pause). */
    @Test
    void textTypedWithoutAPauseIsSavedWhileTypingGoesOn() throws Exception {
        StringBuilder typed = new StringBuilder();
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofMillis(2500).toNanos()) {
            typed.append(typed.length() % 10);
            item("1.3").commentProperty().set(typed.toString());
            Thread.sleep(50); // a keystroke every 50 ms: never the 150 ms pause
        }
        String onDisk = stored().entry("1.3").comment(); // the typing has just stopped: no pause has passed yet
        assertTrue(typed.toString().startsWith(onDisk), onDisk);
        // the last save began at most a second after the first keystroke it had not saved
        assertTrue(onDisk.length() >= typed.length() - 30, "typed " + typed.length() + ", on disk " + onDisk.length());
        fx.awaitIdle();
        assertEquals(typed.toString(), stored().entry("1.3").comment(), "and all of it after the pause");
    }

    @Test
    void switchingClustersSavesWaitingTextToTheSheetItWasTypedIn() {
        item("1.1").commentProperty().set("Typed for Kyoto");
        vm.show(fx.session.services().clusters().require("SAP"));
        fx.awaitIdle();
        assertEquals("Typed for Kyoto", stored().entry("1.1").comment());
        assertEquals("SAP", vm.clusterProperty().get().code());
        assertEquals("", vm.item("1.1").orElseThrow().commentProperty().get());
    }

    /**
     * Leaving a field saves its text without waiting for the pause: with a pause longer than the
     * test, only the flush can have put it on disk. (The 10 s of the wait is a guard, not a limit.)
     */
    @Test
    void leavingAFieldSavesItsTextWithoutWaitingForThePause() {
        SheetViewModel patient = new SheetViewModel(fx.app, fx.tasks, Duration.ofHours(1));
        patient.show(fx.session.services().clusters().require("KYO"));
        fx.awaitIdle(); // the sheet shown (its items are read here only once delivered: polling them raced the delivery)
        ItemViewModel field = patient.item("1.3").orElseThrow();
        field.commentProperty().set("Typed, then left the field.");
        field.indicationProperty().set("Typed, still in the field.");
        patient.flushText(field, jp.clustereval.service.ItemTextField.COMMENT);
        VmFixture.await(() -> "Typed, then left the field.".equals(stored().entry("1.3").comment()), "the flushed comment on disk");
        assertEquals("", stored().entry("1.3").indication(), "the other field's text waits for its pause");
        patient.flushTexts(); // leaving the sheet: nothing may be left waiting an hour
        fx.awaitIdle();
        assertEquals("Typed, still in the field.", stored().entry("1.3").indication());
    }
}
