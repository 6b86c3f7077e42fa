package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.service.Services;
import jp.clustereval.ui.clusters.ClusterRow;

/**
 * Every keyboard hint the desktop shows does what it says, pressed as a user would (issue 15,
 * section 3): grade keys in the cluster list, one Enter in the search box, Escape out of a comment
 * box, Ctrl+Y in a text box, a new sheet opened at its top, the global shortcuts from the radar
 * window (see {@link GuiKeyboardPageTest} for Help &gt; Keyboard).
 */
class GuiKeyboardHintsTest extends GuiTestBase {

    private void startAsEvaluator(Language language) throws Exception {
        Path db = dir.resolve("evaluator.db");
        try (Services services = Services.open(db, false, dir.resolve("keys"))) {
            services.evaluators().createLocal("Ichiro Hyoka", "University A");
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, language)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
    }

    private static String id(String itemId) {
        return "#item-" + itemId.replace('.', '_');
    }

    private void selectAndShow(String code) throws Exception {
        robot.clickOn(clusterRow(code));
        waitUntil(() -> shown(code) && present(id("4")));
    }

    private boolean shown(String code) {
        var c = app.shell().main().sheet().clusterProperty().get();
        return c != null && c.code().equals(code);
    }

    private boolean focused(String query) throws Exception {
        return fx(() -> robot.lookup(query).query().isFocused());
    }

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void aGradeKeyInTheClusterListGradesTheFirstUngradedItem() throws Exception {
        startAsEvaluator(Language.EN);
        selectAndShow("SEN");
        assertTrue(focused("#clusterTable"), "the list has the focus after the click");
        robot.type(KeyCode.S);
        waitUntil(() -> "S".equals(app.shell().main().sheet().item("1.1").orElseThrow().grade()));
        waitUntil(() -> focused(id("1.2.1")));
        assertTrue(fx(() -> robot.lookup(id("1.1") + "-grade-S").queryAs(ToggleButton.class).isSelected()));
        waitForSaves();
    }

    @Test
    void oneEnterInTheSearchBoxOpensTheMatchForGrading() throws Exception {
        startAsEvaluator(Language.EN);
        ctrl(KeyCode.F);
        waitUntil(() -> focused("#clusterSearch"));
        robot.write("Sendai");
        waitUntil(() -> robot.lookup("#clusterTable").queryTableView().getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown("SEN") && focused(id("1.1")));
        robot.type(KeyCode.A);
        waitUntil(() -> "A".equals(app.shell().main().sheet().item("1.1").orElseThrow().grade()));
        waitForSaves();
    }

    @Test
    void escapeLeavesACommentBoxForItsItem() throws Exception {
        startAsEvaluator(Language.EN);
        selectAndShow("SEN");
        robot.clickOn(id("1.1") + "-name");
        waitUntil(() -> focused(id("1.1")));
        robot.type(KeyCode.TAB);
        waitUntil(() -> focused(id("1.1") + "-comment"));
        robot.write("Good");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> focused(id("1.1")));
        robot.type(KeyCode.B);
        waitUntil(() -> "B".equals(app.shell().main().sheet().item("1.1").orElseThrow().grade()));
        assertEquals("Good", fx(() -> robot.lookup(id("1.1") + "-comment").queryAs(TextArea.class).getText()));
        // Escape in the overall comment goes back to the last item
        for (int i = 0; i < 7; i++) {
            robot.type(KeyCode.DOWN);
        }
        waitUntil(() -> focused(id("4")));
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        waitUntil(() -> focused("#overallComment"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> focused(id("4")));
        waitForSaves();
    }

    @Test
    void ctrlYRedoesTypingInATextBox() throws Exception {
        startAsEvaluator(Language.EN);
        selectAndShow("SEN");
        robot.clickOn(id("1.1") + "-comment");
        waitUntil(() -> focused(id("1.1") + "-comment"));
        robot.write("abc");
        ctrl(KeyCode.Z);
        waitUntil(() -> fx(() -> robot.lookup(id("1.1") + "-comment").queryAs(TextArea.class).getText()).isEmpty());
        ctrl(KeyCode.Y);
        waitUntil(() -> "abc".equals(fx(() -> robot.lookup(id("1.1") + "-comment").queryAs(TextArea.class).getText())));
        waitForSaves();
    }

    @Test
    void anotherClusterOpensAtTheTopOfItsSheet() throws Exception {
        startAsEvaluator(Language.EN);
        selectAndShow("SEN");
        robot.clickOn(id("1.1") + "-name");
        waitUntil(() -> focused(id("1.1")));
        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.DOWN);
        }
        waitUntil(() -> focused(id("4")));
        waitUntil(() -> fx(() -> robot.lookup("#sheetScroll").queryAs(ScrollPane.class).getVvalue()) > 0.5);
        String other = fx(() -> robot.lookup("#clusterTable").queryTableView().getItems().stream()
                .map(r -> ((ClusterRow) r).code()).filter(c -> !c.equals("SEN")).findFirst().orElseThrow());
        selectAndShow(other);
        waitForSaves();
        assertEquals(0.0, fx(() -> robot.lookup("#sheetScroll").queryAs(ScrollPane.class).getVvalue()), 1e-9,
                "a newly selected cluster opens at the top of its sheet");
    }

    @Test
    void theGlobalShortcutsWorkFromTheRadarWindow() throws Exception {
        startAsEvaluator(Language.EN);
        selectAndShow("SEN");
        ctrl(KeyCode.R);
        waitUntil(() -> present("#radarTabs"));
        Window radar = fx(() -> robot.lookup("#radarTabs").query().getScene().getWindow());
        waitUntil(() -> radar.isFocused());
        assertEquals(0, fx(() -> robot.lookup("#radarTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex()));
        ctrl(KeyCode.G);
        waitUntil(() -> robot.lookup("#radarTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex() == 1);
        // F1 from the radar window opens the keyboard page
        robot.type(KeyCode.F1);
        waitUntil(() -> present("#keyboardGrid"));
    }

    @Test
    void markCompleteSaysWhatItDoesOnceTheSheetIsComplete() throws Exception {
        startAsEvaluator(Language.EN);
        selectAndShow("SEN");
        assertEquals("Not started", fx(() -> robot.lookup("#sheetStatus").queryAs(Label.class).getText()),
                "nothing graded: the header says what the list says");
        assertEquals("Not started", fx(() -> app.shell().main().clusters().row("SEN").orElseThrow()
                .statusTextProperty().get()));
        robot.clickOn(id("1.1") + "-name");
        waitUntil(() -> focused(id("1.1")));
        for (int i = 0; i < 9; i++) {
            robot.type(KeyCode.A);
        }
        waitForSaves();
        assertEquals("Draft", fx(() -> robot.lookup("#sheetStatus").queryAs(Label.class).getText()));
        assertEquals("Mark complete", fx(() -> robot.lookup("#markCompleteButton").queryAs(Button.class).getText()));
        ctrl(KeyCode.ENTER);
        waitUntil(() -> app.shell().main().sheet().statusProperty().get() == SheetStatus.COMPLETE);
        waitForSaves();
        assertEquals("✓ Completed", fx(() -> robot.lookup("#markCompleteButton").queryAs(Button.class).getText()));
        assertTrue(fx(() -> robot.lookup("#markCompleteButton").queryAs(Button.class).isDisabled()));
        MenuItem menu = fx(() -> menuItem("menuMarkComplete"));
        assertEquals("Sheet completed", fx(() -> menu.getText().replace("_", "")));
        assertEquals("Complete", fx(() -> robot.lookup("#sheetStatus").queryAs(Label.class).getText()));
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                collect(sub, into);
            } else {
                into.add(i);
            }
        }
    }

    private MenuItem menuItem(String id) {
        List<MenuItem> all = new ArrayList<>();
        for (Menu m : robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
            collect(m, all);
        }
        return all.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
