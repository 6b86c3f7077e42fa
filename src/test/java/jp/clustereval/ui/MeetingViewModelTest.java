package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Round;
import jp.clustereval.service.ItemTextField;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.meeting.AxisRow;
import jp.clustereval.ui.meeting.MeetingViewModel;

/**
 * Panel > Meeting mode without the toolkit, over a real file: one unit at a time in the round's
 * order, its radar (each evaluator's polygon on request, numbered unless names are asked for), axis
 * table with the evaluators' spread, comments with their tags, the conflict of interest, outlying
 * grades; the texts are shown as saved only once stored, and moving on saves them first.
 */
class MeetingViewModelTest {

    private static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");

    @TempDir
    Path dir;

    private void fill(Path db) {
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            s.evaluators().createLocal("議長", "MEXT");
            Round round = s.rounds().current();
            Random random = new Random(7);
            for (int e = 0; e < 3; e++) {
                Evaluator ev = s.evaluators().add("評価者" + e, "");
                for (String code : List.of("SAP", "SEN", "NAG")) {
                    for (String item : ITEMS) {
                        String grade = e == 2 && code.equals("SAP") ? "C" : String.valueOf("SA".charAt(random.nextInt(2)));
                        s.grading().setGrade(new SheetKey(round.id(), ev.id(), code), item, grade, "test");
                    }
                }
            }
            Evaluator first = s.evaluators().resolve("評価者0");
            s.grading().setItemText(new SheetKey(round.id(), first.id(), "SAP"), "4", ItemTextField.INDICATION,
                    "知的財産の帰属を整理すること", "test");
            s.comments().tag(round.id(), first.id(), "SAP", "4", "indication", "ip", "chair");
            s.coi().add(round.id(), "評価者1", "SEN", "顧問を務める", "chair");
        }
    }

    @Test
    void oneUnitAtATimeWithItsFiguresCommentsConflictsAndOutliers() {
        Path db = dir.resolve("m.db");
        fill(db);
        try (VmFixture f = new VmFixture(db, Language.EN)) {
            f.app.evaluatorProperty().set(f.session.services().evaluators().local().orElseThrow());
            MeetingViewModel vm = new MeetingViewModel(f.app, f.tasks);
            vm.open();
            f.awaitIdle();
            assertTrue(vm.headingProperty().get().endsWith(" (SAP): unit 1 of 18"), vm.headingProperty().get());
            assertEquals(2, vm.radarProperty().get().series().size(), "the unit and the cohort");
            assertEquals(f.session.round().axes().size(), vm.axisRows().size());
            AxisRow first = vm.axisRows().get(0);
            assertFalse(first.min().equals("-"), "three evaluators: a spread: " + first);
            assertTrue(Double.parseDouble(first.min()) <= Double.parseDouble(first.value())
                    && Double.parseDouble(first.value()) <= Double.parseDouble(first.max()), first.toString());
            // evaluators are numbered in the order of their ids, one numbering for the radar, comments and outliers
            List<String> ids = f.session.services().evaluators().all().stream().filter(e -> e.name().startsWith("評価者"))
                    .map(Evaluator::id).sorted().toList();
            int author = ids.indexOf(f.session.services().evaluators().resolve("評価者0").id()) + 1;
            assertEquals(List.of("4 indication Evaluator #" + author + ": 知的財産の帰属を整理すること  [ip]"), vm.comments());
            assertFalse(vm.outliers().isEmpty(), "評価者2 gave C throughout: " + vm.outliers());
            int third = ids.indexOf(f.session.services().evaluators().resolve("評価者2").id()) + 1;
            List<String> low = vm.outliers().stream().filter(l -> l.contains(" gave C ")).toList();
            assertEquals(ITEMS.size(), low.size(), vm.outliers().toString());
            assertTrue(low.stream().allMatch(l -> l.contains("Evaluator #" + third + " gave C")), low.toString());

            vm.showEvaluatorsProperty().set(true);
            assertEquals(List.of("Evaluator #1", "Evaluator #2", "Evaluator #3"), vm.radarProperty().get().series().stream()
                    .skip(2).map(s -> s.label()).toList(), "names hidden");
            vm.showNamesProperty().set(true);
            f.awaitIdle();
            assertEquals(List.of("Evaluator 評価者0", "Evaluator 評価者1", "Evaluator 評価者2").stream().sorted().toList(),
                    vm.radarProperty().get().series().stream().skip(2).map(s -> s.label()).sorted().toList(), "names on request");

            vm.next();
            f.awaitIdle();
            assertTrue(vm.headingProperty().get().endsWith("unit 2 of 18"), vm.headingProperty().get());
            assertEquals("SEN", vm.unitProperty().get().code());
            assertEquals(List.of("評価者1: left out of the averages (顧問を務める)"), vm.conflicts());
            assertEquals(2, vm.radarProperty().get().series().size() - 2, "the excluded evaluator has no polygon");
            vm.previous();
            vm.previous(); // the first stays
            f.awaitIdle();
            assertEquals("SAP", vm.unitProperty().get().code());
            assertEquals(List.of(), f.reported);
        }
    }

    /**
     * The desktop switches to another round with the same units while a note is typed: the note is
     * stored in the round it was typed for, not in the other round's unit of the same code, and the
     * meeting then shows the other round.
     */
    @Test
    void aNoteTypedBeforeTheDesktopSwitchesRoundsStaysInItsRound() {
        Path db = dir.resolve("m.db");
        fill(db);
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            s.roundSetup().create(new jp.clustereval.service.RoundSetupService.NewRound("fin",
                    new jp.clustereval.domain.LocalizedText("終了評価", "Final"), jp.clustereval.domain.RoundKind.FINAL,
                    s.rounds().current().id(), null, null, null), "test");
        }
        try (VmFixture f = new VmFixture(db, Language.EN)) {
            String mid = f.session.round().id();
            MeetingViewModel vm = new MeetingViewModel(f.app, f.tasks);
            vm.open();
            f.awaitIdle();
            vm.noteProperty().set("typed in the mid-term round");
            f.app.sessionProperty().set(f.session.onRound("fin"));
            f.awaitIdle();
            assertEquals("SAP", vm.unitProperty().get().code());
            assertEquals("", vm.noteProperty().get(), "the final round's SAP has no note");
            assertTrue(vm.savedProperty().get());
            assertEquals("typed in the mid-term round", f.session.services().notes().of(mid, "SAP").note());
            assertEquals("", f.session.services().notes().of("fin", "SAP").note());
            assertEquals(List.of(), f.reported);
        }
    }

    @Test
    void textsAreShownAsSavedOnlyOnceStoredAndMovingOnSavesThem() {
        Path db = dir.resolve("m.db");
        fill(db);
        try (VmFixture f = new VmFixture(db, Language.EN)) {
            MeetingViewModel vm = new MeetingViewModel(f.app, f.tasks);
            vm.open();
            f.awaitIdle();
            assertTrue(vm.savedProperty().get(), "nothing typed yet");
            vm.noteProperty().set("議論: 伸びは海外向け");
            vm.consensusProperty().set("合意: 高い評価");
            assertFalse(vm.savedProperty().get(), "typed, not stored");
            vm.save();
            f.awaitIdle();
            assertTrue(vm.savedProperty().get());
            vm.next();
            f.awaitIdle();
            assertEquals("", vm.noteProperty().get(), "the next unit's note: none yet");
            assertTrue(vm.savedProperty().get());
            vm.noteProperty().set("SEN の議論");
            vm.previous(); // saves SEN's note first
            f.awaitIdle();
            assertEquals("議論: 伸びは海外向け", vm.noteProperty().get());
            assertTrue(vm.savedProperty().get());

            vm.consensusProperty().set("x".repeat(20_001));
            vm.save();
            f.awaitIdle();
            assertFalse(vm.savedProperty().get(), "refused: not shown as saved");
            assertEquals(1, f.reported.size());
            assertEquals("text.tooLong", ((UserFacingException) f.reported.get(0)).key());
            assertTrue(vm.statusProperty().get().startsWith("Not saved"), vm.statusProperty().get());
        }
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            String round = s.rounds().current().id();
            assertEquals("合意: 高い評価", s.notes().of(round, "SAP").consensus());
            assertEquals("議論: 伸びは海外向け", s.notes().of(round, "SAP").note());
            assertEquals("SEN の議論", s.notes().of(round, "SEN").note(), "saved when the chair moved on");
        }
    }
}
