package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import jp.clustereval.domain.ItemKind;
import jp.clustereval.domain.Language;
import jp.clustereval.scorefile.RoundFingerprint;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.rounds.EditorItem;

/**
 * Round &gt; Edit definition on a round with a grade stored (issue 13): only the texts change, with
 * the keyboard (F2, Enter's dialog), the structure's keys say why nothing changes, and Save stores
 * the names without touching the round's fingerprint; edits not saved are asked about when the
 * window is closed.
 */
class GuiRoundRenameTest extends GuiTestBase {

    private String fingerprint;

    private Path db() {
        return dir.resolve("rounds.db");
    }

    private void start(boolean graded) throws Exception {
        try (Services s = Services.open(db(), false, dir.resolve("keys"))) {
            var me = s.evaluators().createLocal("Secretariat", "MEXT");
            if (graded) {
                s.grading().setGrade(new SheetKey("mid-fy2004", me.id(), "SAP"), "1.1", "A", "test");
            }
            fingerprint = RoundFingerprint.of(s.rounds().require("mid-fy2004"));
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db(), Language.EN)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        fx(() -> {
            app.shell().showRoundEditor();
            return null;
        });
        waitUntil(() -> present("#roundEditorTree") && tree().getRoot() != null && !tree().getRoot().getChildren().isEmpty()
                && tree().isFocused() && tree().getSelectionModel().getSelectedItem() != null);
    }

    @SuppressWarnings("unchecked")
    private TreeView<EditorItem> tree() {
        return robot.lookup("#roundEditorTree").queryAs(TreeView.class);
    }

    private EditorItem selected() throws Exception {
        return fx(() -> tree().getSelectionModel().getSelectedItem().getValue());
    }

    private String text(String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private void backToTheTree() throws Exception {
        waitUntil(() -> tree().isFocused() && tree().getScene().getWindow().isFocused());
    }

    private Button dialogButton(String text) {
        return robot.lookup("#unsavedDialog .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    @Test
    void aGradedRoundTakesNewNamesWithTheKeyboardAndKeepsItsStructure() throws Exception {
        start(true);
        String frozen = text("#roundEditorFrozen");
        assertTrue(frozen.startsWith("The round 'mid-fy2004' has grades stored already"), frozen);
        assertTrue(frozen.contains("Its texts still change"), frozen);
        assertFalse(fx(() -> robot.lookup("#roundEditorSave").queryButton().isDisabled()), "Save stores texts");
        assertTrue(fx(() -> robot.lookup("#roundEditorAddAxis").queryButton().isDisabled()));
        int items = fx(() -> app.shell().state().session().round().items().all().size());
        EditorItem heading = selected();

        robot.type(KeyCode.INSERT); // the structure: nothing changes, the reason is shown
        waitUntil(() -> frozen.equals(text("#roundEditorMessage")));
        assertEquals(items, fx(() -> app.shell().state().session().round().items().all().size()));
        assertEquals(heading, selected());

        robot.type(KeyCode.F2); // F2: the heading's English name
        waitUntil(() -> present("#renameField"));
        robot.clickOn("#renameField");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Progress so far");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Progress so far".equals(heading.fields().name().en()));
        backToTheTree();

        robot.type(KeyCode.DOWN); // the graded item 1.1: Enter's dialog, kind, axis, unit and weight fixed
        waitUntil(() -> selected().fields().kind() == ItemKind.GRADED);
        EditorItem graded = selected();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> present("#itemNameEn"));
        assertTrue(fx(() -> robot.lookup("#itemKind").query().isDisabled()));
        assertTrue(fx(() -> robot.lookup("#itemAxis").query().isDisabled()));
        assertTrue(fx(() -> robot.lookup("#itemWeight").query().isDisabled()));
        assertEquals("Kind, axis, unit and weight are fixed: the round has grades stored.", text("#itemStructureFixed"));
        robot.clickOn("#itemNameEn");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Technical progress");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Technical progress".equals(graded.fields().name().en()));
        backToTheTree();

        robot.clickOn("#roundEditorSave");
        waitForSaves();
        waitUntil(() -> text("#roundEditorMessage").startsWith("Texts saved"));
        waitUntil(() -> "Technical progress".equals(app.shell().state().session().round().items().find(graded.id())
                .orElseThrow().name().en()));
        try (Services s = Services.openToRead(db(), dir.resolve("keys"))) {
            var round = s.rounds().require("mid-fy2004");
            assertEquals("Progress so far", round.items().find(heading.id()).orElseThrow().name().en());
            assertEquals("Technical progress", round.items().find(graded.id()).orElseThrow().name().en());
            assertEquals(fingerprint, RoundFingerprint.of(round));
            assertEquals(items, round.items().all().size());
        }
    }

    @Test
    void closingTheEditorWithEditsNotSavedAsksFirst() throws Exception {
        start(false);
        int items = fx(() -> app.shell().state().session().round().items().all().size());
        robot.type(KeyCode.INSERT); // a new heading, not saved
        waitUntil(() -> fx(() -> tree().getRoot().getChildren().size()) > 0 && selected().id().startsWith("new"));
        Window editor = fx(() -> tree().getScene().getWindow());

        robot.clickOn("#roundEditorClose"); // Close: asked first
        waitUntil(() -> present("#unsavedDialog"));
        assertTrue(fx(() -> ((Label) robot.lookup("#unsavedDialog .header-panel .label").query()).getText())
                .contains("'mid-fy2004' has changes that are not saved"));
        robot.clickOn(dialogButton("Keep editing"));
        waitUntil(() -> !present("#unsavedDialog"));
        assertTrue(fx(editor::isShowing), "kept open");
        assertTrue(selected().id().startsWith("new"), "with the edit");

        fx(() -> {
            editor.fireEvent(new javafx.stage.WindowEvent(editor, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        }); // the frame's close button
        waitUntil(() -> present("#unsavedDialog"));
        robot.clickOn(dialogButton("Save"));
        waitForSaves();
        waitUntil(() -> !fx(editor::isShowing));
        waitUntil(() -> app.shell().state().session().round().items().all().size() == items + 1);
        try (Services s = Services.openToRead(db(), dir.resolve("keys"))) {
            assertEquals(items + 1, s.rounds().require("mid-fy2004").items().all().size(), "saved before the window closed");
        }

        fx(() -> {
            app.shell().showRoundEditor();
            return null;
        });
        waitUntil(() -> fx(editor::isShowing) && tree().getRoot() != null && tree().getRoot().getChildren().size() > 0
                && tree().isFocused());
        int topLevel = fx(() -> tree().getRoot().getChildren().size());
        robot.type(KeyCode.DELETE); // remove an item, then discard on close
        waitUntil(() -> tree().getRoot().getChildren().size() == topLevel - 1);
        robot.clickOn("#roundEditorClose");
        waitUntil(() -> present("#unsavedDialog"));
        robot.clickOn(dialogButton("Discard"));
        waitUntil(() -> !fx(editor::isShowing));
        try (Services s = Services.openToRead(db(), dir.resolve("keys"))) {
            assertEquals(items + 1, s.rounds().require("mid-fy2004").items().all().size(), "nothing stored");
        }
    }
}
