package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.service.MissingCsv;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.missing.MissingRow;

/**
 * Panel &gt; Who is missing driven by the keyboard: Ctrl+Shift+W opens it with the keyboard in the
 * list; Ctrl+C copies everyone's reminder, an arrow key selects one evaluator and Ctrl+C copies theirs;
 * Tab to Export CSV… and Space writes the file the command line writes; Esc closes it. The completeness
 * window's button opens it again.
 */
class GuiMissingTest extends GuiTestBase {

    private static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");

    private void shortcut(KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    private String text(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    @SuppressWarnings("unchecked")
    private TableView<MissingRow> table() {
        return robot.lookup("#missingTable").queryAs(TableView.class);
    }

    @Test
    void aChairListsWhoIsMissingCopiesRemindersAndExportsByKeyboard() throws Exception {
        Path db = dir.resolve("chair.db");
        String round;
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            Evaluator chair = s.evaluators().createLocal("Chair", "MEXT");
            round = s.rounds().current().id();
            Evaluator jiro = s.roster().addNewPerson(round, "Late Jiro", "Tohoku Univ.", "evaluator", "jiro@example.jp", "t");
            Evaluator hanako = s.roster().addNewPerson(round, "Yamada Hanako", "Hokkaido Univ.", "evaluator", null, "t");
            Evaluator taro = s.roster().addNewPerson(round, "Suzuki Taro", "Kyushu Univ.", "evaluator", null, "t");
            s.roster().add(round, chair.id(), "chair", null, "t");
            s.assignments().assign(round, jiro.id(), List.of("SAP", "SEN"), false, "t");
            s.assignments().assign(round, hanako.id(), List.of("SAP", "KYO"), false, "t");
            s.assignments().assign(round, taro.id(), List.of("SAP"), false, "t");
            for (String item : ITEMS) {
                s.grading().setGrade(new SheetKey(round, hanako.id(), "SAP"), item, "A", "t");
                s.grading().setGrade(new SheetKey(round, taro.id(), "SAP"), item, "B", "t");
            }
            s.grading().setGrade(new SheetKey(round, hanako.id(), "KYO"), "1.1", "S", "t");
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        Path csv = dir.resolve("out").resolve("missing.csv");
        Files.createDirectories(csv.getParent());
        fx(() -> {
            app.shell().dialogs().setFileChooser(request -> switch (request.kind()) {
                case SAVE_CSV -> List.of(csv);
                default -> List.of();
            });
            return null;
        });

        // Panel > Who is missing (Ctrl+Shift+W): two rows, the keyboard in the list
        robot.clickOn("#statusEvaluator");
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W);
        waitUntil(() -> present("#missingTable") && table().getItems().size() == 2 && table().isFocused());
        assertEquals(List.of("Late Jiro", "Yamada Hanako"), fx(() -> table().getItems().stream().map(MissingRow::name).toList()));
        assertEquals("nothing handed in", fx(() -> table().getItems().get(0).stateText()));
        assertEquals("SAP SEN", fx(() -> table().getItems().get(0).missingUnits()));
        assertEquals("KYO", fx(() -> table().getItems().get(1).partialUnits()));
        assertTrue(text("#missingSummary").endsWith(": 2 evaluators are missing (1 handed nothing in, 1 partial)."),
                text("#missingSummary"));

        // Ctrl+C with nobody selected: everyone's reminder
        shortcut(KeyCode.CONTROL, KeyCode.C);
        waitUntil(() -> text("#missingMessage").startsWith("The reminders to 2 evaluators are on the clipboard"));
        String all = fx(() -> Clipboard.getSystemClipboard().getString());
        assertTrue(all.startsWith("To: Late Jiro <jiro@example.jp>\n"), all);
        assertTrue(all.contains("\nTo: Yamada Hanako\n"), all);

        // an arrow key selects Hanako; Ctrl+C copies hers alone
        robot.type(KeyCode.DOWN);
        waitUntil(() -> table().getSelectionModel().getSelectedItem() != null);
        if (fx(() -> table().getSelectionModel().getSelectedIndex()) == 0) {
            robot.type(KeyCode.DOWN);
        }
        waitUntil(() -> table().getSelectionModel().getSelectedIndex() == 1);
        shortcut(KeyCode.CONTROL, KeyCode.C);
        waitUntil(() -> text("#missingMessage").startsWith("The reminder to Yamada Hanako is on the clipboard"));
        String one = fx(() -> Clipboard.getSystemClipboard().getString());
        assertTrue(one.startsWith("To: Yamada Hanako\n"), one);
        assertTrue(one.contains(": 1 of 9 items graded\n"), one);
        assertFalse(one.contains("Jiro"), one);

        // Tab past the language and Copy reminder to Export CSV…, Space: the chooser's file is written
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#missingLanguage").query().isFocused());
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#copyReminderButton").query().isFocused());
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#exportMissingButton").query().isFocused());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> text("#missingMessage").equals("Written: " + csv));
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        try (Services s = Services.openToRead(db, dir.resolve("keys"))) {
            assertEquals(MissingCsv.text(s.missing().of(round)), written);
        }
        assertTrue(written.startsWith("\uFEFFevaluator,name,affiliation,email,state,missing,partial\n"), written);

        // Esc closes it; the completeness window's button opens it again
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !present("#missingTable") || !robot.lookup("#missingTable").query().getScene().getWindow().isShowing());
        robot.clickOn("#statusEvaluator");
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        waitUntil(() -> present("#showMissingButton"));
        robot.clickOn("#showMissingButton");
        waitUntil(() -> present("#missingTable") && robot.lookup("#missingTable").query().getScene().getWindow().isShowing()
                && table().getItems().size() == 2);
    }
}
