package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.service.MissingCsv;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.missing.MissingRow;
import jp.clustereval.ui.missing.MissingViewModel;

/**
 * Panel &gt; Who is missing without the toolkit, over a real database: the rows (texts safe to show,
 * in the UI language), the summary, the reminder of the selected evaluator or of everyone in the
 * language chosen, the CSV export (the command line's file), and "nobody is missing".
 */
class MissingViewModelTest {

    static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");
    static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"x\")";

    @TempDir
    Path dir;
    private VmFixture f;
    private Evaluator none;
    private Evaluator partial;

    @BeforeEach
    void setUp() {
        f = new VmFixture(dir.resolve("chair.db"), Language.EN);
        f.createEvaluator("Chair");
        Services s = f.session.services();
        String round = f.session.round().id();
        none = s.roster().addNewPerson(round, "Late\u001B[2J Jiro", FORMULA, "evaluator", "jiro@example.jp", "t");
        partial = s.roster().addNewPerson(round, "Yamada Hanako", "Hokkaido Univ.", "evaluator", null, "t");
        Evaluator complete = s.roster().addNewPerson(round, "Suzuki Taro", "Kyushu Univ.", "evaluator", null, "t");
        s.roster().add(round, f.app.evaluator().id(), "chair", "chair@example.jp", "t");
        s.assignments().assign(round, none.id(), List.of("SAP", "SEN"), false, "t");
        s.assignments().assign(round, partial.id(), List.of("SAP", "KYO"), false, "t");
        s.assignments().assign(round, complete.id(), List.of("SAP"), false, "t");
        gradeAll(partial, "SAP");
        s.grading().setGrade(new SheetKey(round, partial.id(), "KYO"), "1.1", "B", "t");
        gradeAll(complete, "SAP");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private void gradeAll(Evaluator e, String unit) {
        for (String item : ITEMS) {
            f.session.services().grading().setGrade(new SheetKey(f.session.round().id(), e.id(), unit), item, "A", "t");
        }
    }

    private MissingViewModel loaded() {
        MissingViewModel vm = new MissingViewModel(f.app, f.tasks);
        vm.refresh();
        f.awaitIdle();
        assertEquals(List.of(), f.reported);
        return vm;
    }

    @Test
    void listsWhoIsMissingWithSafeTextsAndASummary() {
        MissingViewModel vm = loaded();
        assertEquals(List.of(
                new MissingRow(none.id(), "Late\\u001B[2J Jiro", FORMULA, "jiro@example.jp", "nothing handed in", "SAP SEN", ""),
                new MissingRow(partial.id(), "Yamada Hanako", "Hokkaido Univ.", "", "partial", "", "KYO")), vm.rows());
        String round = f.session.round().name().in(Language.EN);
        assertEquals(round + ": 2 evaluators are missing (1 handed nothing in, 1 partial).", vm.summaryProperty().get());
        assertTrue(vm.canCopyProperty().get());

        f.app.languageProperty().set(Language.JA);
        assertEquals("未提出", vm.rows().get(0).stateText());
        assertTrue(vm.summaryProperty().get().startsWith("「" + f.session.round().name().in(Language.JA) + "」: 未提出・未完了の評価者 2 名"),
                vm.summaryProperty().get());
    }

    @Test
    void theReminderIsTheSelectedEvaluatorsOrEveryonesInTheLanguageChosen() {
        MissingViewModel vm = loaded();
        assertEquals(Language.EN, vm.reminderLanguageProperty().get(), "the UI's language by default");
        String all = vm.reminder();
        assertEquals(2, all.split("Dear ", -1).length - 1, all);
        assertTrue(vm.messageProperty().get().startsWith("The reminders to 2 evaluators are on the clipboard"));
        assertFalse(all.contains("\u001B"), "the terminal escape does not reach the e-mail");

        vm.select(vm.rows().get(1));
        String one = vm.reminder();
        assertTrue(one.startsWith("To: Yamada Hanako\n"), one);
        assertTrue(one.contains(": 1 of 9 items graded\n"), one);
        assertFalse(one.contains("Jiro"), one);
        assertTrue(vm.messageProperty().get().startsWith("The reminder to Yamada Hanako is on the clipboard"));

        vm.reminderLanguageProperty().set(Language.JA);
        String ja = vm.reminder();
        assertTrue(ja.startsWith("宛先: Yamada Hanako 様\n"), ja);
        assertTrue(ja.contains("9 項目中 1 項目評価済み"), ja);
    }

    @Test
    void theCsvExportIsTheCommandLinesFile() throws Exception {
        MissingViewModel vm = loaded();
        Path file = dir.resolve("out").resolve(vm.suggestedCsvName());
        Files.createDirectories(file.getParent());
        assertEquals("missing-" + f.session.round().id() + ".csv", file.getFileName().toString());
        vm.exportCsv(file);
        f.awaitIdle();
        assertEquals(List.of(), f.reported);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(MissingCsv.text(f.session.services().missing().of(f.session.round().id())), written);
        assertTrue(written.contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\","), written);
        assertEquals("Written: " + file, vm.messageProperty().get());
    }

    @Test
    void onceOpenedTheListFollowsTheCompletenessMatrix() {
        ViewModels vms = f.viewModels(java.time.Duration.ofMillis(50));
        MissingViewModel vm = vms.missing();
        vms.main().completeness().refresh();
        f.awaitIdle();
        assertEquals(List.of(), vm.rows(), "not read before its window asked for it");
        vm.refresh();
        f.awaitIdle();
        assertEquals(2, vm.rows().size());
        gradeAll(partial, "KYO");
        vms.main().completeness().refresh(); // as after an import or a conflict of interest
        f.awaitIdle();
        assertEquals(List.of(none.id()), vm.rows().stream().map(MissingRow::evaluatorId).toList());
        assertEquals(List.of(), f.reported);
    }

    @Test
    void nobodyMissingLeavesNothingToCopy() {
        gradeAll(none, "SAP");
        gradeAll(none, "SEN");
        gradeAll(partial, "KYO");
        MissingViewModel vm = loaded();
        assertEquals(List.of(), vm.rows());
        assertFalse(vm.canCopyProperty().get());
        assertEquals("", vm.reminder());
        assertTrue(vm.summaryProperty().get().endsWith(": nobody is missing, every rostered evaluator's units are graded."),
                vm.summaryProperty().get());
    }
}
