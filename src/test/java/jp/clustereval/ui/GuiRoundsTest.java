package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.clustereval.domain.ItemKind;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.service.RoundSetupService;
import jp.clustereval.service.Services;
import jp.clustereval.ui.rounds.EditorItem;
import jp.clustereval.ui.rounds.RoundRow;

/**
 * The rounds in the real application, headless: File &gt; Switch round driven with the keyboard (the
 * main window's title and cluster list follow the round, in both languages), and the definition
 * editor's item tree driven with its keys and saved.
 */
class GuiRoundsTest extends GuiTestBase {

    private Stage stage;

    private void start(boolean withCityRound) throws Exception {
        Path db = dir.resolve("rounds.db");
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            s.evaluators().createLocal("Secretariat", "MEXT");
            if (withCityRound) {
                s.roundSetup().create(new RoundSetupService.NewRound("city-2006", new LocalizedText("都市エリア", "City Areas"),
                        RoundKind.OTHER, "mid-fy2004", null, List.of(
                        new jp.clustereval.domain.Cluster("CA1", new LocalizedText("札幌都市エリア", "Sapporo City Area"),
                                new LocalizedText("", ""), "", List.of(), 2005, ""),
                        new jp.clustereval.domain.Cluster("CA2", new LocalizedText("仙台都市エリア", "Sendai City Area"),
                                new LocalizedText("", ""), "", List.of(), 2005, "")), null), "test");
            }
        }
        stage = FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
    }

    private int listed() throws Exception {
        return fx(() -> robot.lookup("#clusterTable").queryTableView().getItems().size());
    }

    @Test
    void switchingTheRoundWithTheKeyboardReloadsTheWindowAndItsTitle() throws Exception {
        start(true);
        assertEquals("ClusterEval — FY2004 mid-term evaluation (mid-fy2004)".replace("FY2004 mid-term evaluation",
                fx(() -> app.shell().state().session().round().name().en())), fx(stage::getTitle));
        assertEquals(18, listed());

        fx(() -> {
            app.shell().showSwitchRound();
            return null;
        });
        waitUntil(() -> present("#roundsTable") && robot.lookup("#roundsTable").queryTableView().getItems().size() == 2);
        @SuppressWarnings("unchecked")
        TableView<RoundRow> table = robot.lookup("#roundsTable").queryAs(TableView.class);
        waitUntil(() -> table.isFocused() && "mid-fy2004".equals(table.getSelectionModel().getSelectedItem().id()));
        assertEquals(List.of(), fx(() -> AccessibilityAudit.unlabelled(table.getScene().getRoot())));
        robot.type(KeyCode.UP); // the newest round, listed first
        waitUntil(() -> "city-2006".equals(table.getSelectionModel().getSelectedItem().id()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "city-2006".equals(app.shell().state().session().round().id()) && listed() == 2);
        waitForSaves();
        assertEquals("ClusterEval — City Areas (city-2006)", fx(stage::getTitle));
        assertTrue(fx(() -> !table.getScene().getWindow().isShowing()), "the dialog closed");
        try (Services s = Services.openToRead(dir.resolve("rounds.db"), dir.resolve("keys"))) {
            assertEquals("city-2006", s.rounds().currentId());
        }

        // the language switch names the round in Japanese
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> app.shell().state().language() == Language.JA && "ClusterEval — 都市エリア (city-2006)".equals(stage.getTitle()));
    }

    @Test
    void theNewRoundFormMakesARoundFromACopyAndOffersToSwitchToIt() throws Exception {
        start(false);
        fx(() -> {
            app.shell().showNewRound();
            return null;
        });
        waitUntil(() -> present("#newRoundId") && robot.lookup("#newRoundId").query().isFocused()
                && robot.lookup("#newRoundCohort").queryListView().getItems().size() == 18);
        assertEquals(List.of(), fx(() -> AccessibilityAudit.unlabelled(robot.lookup("#newRoundRoot").queryParent())));
        robot.clickOn("#newRoundId").write("final-fy2006");
        robot.clickOn("#newRoundNameJa").write("Shuryo");
        robot.clickOn("#newRoundNameEn").write("FY2006 final evaluation");
        robot.clickOn("#newRoundCreate");
        // the offer to switch: accepted
        try {
            waitUntil(() -> present("#confirmDialog"));
        } catch (Exception e) {
            throw new AssertionError("no offer to switch; the form says: " + fx(() -> robot.lookup("#newRoundMessage")
                    .queryAs(Label.class).getText() + " | id " + robot.lookup("#newRoundId").queryTextInputControl().getText()
                    + " | en " + robot.lookup("#newRoundNameEn").queryTextInputControl().getText()
                    + " | dialogs " + robot.lookup(".dialog-pane").queryAll().stream().map(n -> n.getId()).toList()), e);
        }
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "final-fy2006".equals(app.shell().state().session().round().id()));
        waitForSaves();
        assertEquals("ClusterEval — FY2006 final evaluation (final-fy2006)", fx(stage::getTitle));
        assertEquals(18, listed());
    }

    @SuppressWarnings("unchecked")
    private TreeView<EditorItem> tree() {
        return robot.lookup("#roundEditorTree").queryAs(TreeView.class);
    }

    /** After a dialog owned by the main window: the editor's window and its tree have the keyboard again. */
    private void backToTheTree() throws Exception {
        waitUntil(() -> tree().isFocused() && tree().getScene().getWindow().isFocused());
    }

    private EditorItem selected() throws Exception {
        return fx(() -> tree().getSelectionModel().getSelectedItem().getValue());
    }

    @Test
    void theItemTreeIsEditedWithTheKeyboardAndSaved() throws Exception {
        start(false);
        int items = fx(() -> app.shell().state().session().round().items().all().size());
        fx(() -> {
            app.shell().showRoundEditor();
            return null;
        });
        waitUntil(() -> present("#roundEditorTree") && tree().getRoot() != null && !tree().getRoot().getChildren().isEmpty()
                && tree().isFocused() && tree().getSelectionModel().getSelectedItem() != null);
        assertEquals(List.of(), fx(() -> AccessibilityAudit.unlabelled(tree().getScene().getRoot())));
        EditorItem first = selected();
        assertEquals(ItemKind.HEADING, first.fields().kind());

        robot.type(KeyCode.INSERT); // a new heading after the first
        waitUntil(() -> selected() != first && selected().parent() == first.parent());
        EditorItem heading = selected();
        assertEquals(1, fx(() -> tree().getRoot().getChildren().indexOf(tree().getSelectionModel().getSelectedItem())));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitUntil(() -> tree().getRoot().getChildren().get(0).getValue() == heading);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(() -> tree().getRoot().getChildren().get(1).getValue() == heading);

        robot.type(KeyCode.F2); // rename: its English name
        waitUntil(() -> present("#renameField"));
        robot.clickOn("#renameField");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Outlook");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Outlook".equals(heading.fields().name().en()));
        backToTheTree();

        robot.press(KeyCode.CONTROL, KeyCode.INSERT).release(KeyCode.INSERT, KeyCode.CONTROL); // a graded item under it
        waitUntil(() -> selected().parent() == heading);
        EditorItem graded = selected();
        assertEquals(ItemKind.GRADED, graded.fields().kind());
        robot.press(KeyCode.CONTROL, KeyCode.INSERT).release(KeyCode.INSERT, KeyCode.CONTROL); // a sub-item under that
        waitUntil(() -> selected().parent() == graded);
        robot.type(KeyCode.DELETE); // and gone again: the graded item is selected
        waitUntil(() -> selected() == graded && graded.children().isEmpty());

        robot.type(KeyCode.ENTER); // the item dialog: its English name
        waitUntil(() -> present("#itemNameEn"));
        robot.clickOn("#itemNameEn");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Prospects");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Prospects".equals(graded.fields().name().en()));
        backToTheTree();

        robot.clickOn("#roundEditorSave");
        waitForSaves();
        waitUntil(() -> app.shell().state().session().round().items().all().size() == items + 2);
        String message = fx(() -> robot.lookup("#roundEditorMessage").queryAs(Label.class).getText());
        assertTrue(message.startsWith("Saved"), message);
        try (Services s = Services.openToRead(dir.resolve("rounds.db"), dir.resolve("keys"))) {
            var stored = s.rounds().require("mid-fy2004").items();
            assertEquals("Prospects", stored.find(graded.id()).orElseThrow().name().en());
            assertEquals(heading.id(), stored.find(graded.id()).orElseThrow().parentId());
            assertEquals("Outlook", stored.find(heading.id()).orElseThrow().name().en());
        }
    }
}
