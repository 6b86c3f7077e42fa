package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetData;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.clusters.ClusterRow;
import jp.clustereval.chart.fx.ChartPane;
import jp.clustereval.ui.radar.RadarModel;

/**
 * The evaluator's whole loop in the real application, headless: first start, grade a cluster with
 * the keyboard only, watch progress and the radar change, mark complete, restart, find it all.
 */
class GuiKeyboardGradingTest extends GuiTestBase {

    private static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");
    private static final List<KeyCode> KEYS = List.of(KeyCode.S, KeyCode.A, KeyCode.B, KeyCode.C, KeyCode.S,
            KeyCode.A, KeyCode.B, KeyCode.C, KeyCode.A);
    private static final String COMMENT = "Clear plan for companies joining";
    private static final String OVERALL = "Strong start; watch the IP strategy";

    private ClusterEvalApp start(Path db) throws Exception {
        FxToolkit.registerPrimaryStage();
        return (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
    }

    private String id(String itemId) {
        return "#item-" + itemId.replace('.', '_');
    }

    @Test
    void gradeByKeyboardThenRestartAndFindEverything() throws Exception {
        Path db = dir.resolve("evaluator.db");
        app = start(db);

        // first start: who are you
        waitUntil(() -> present("#nameField"));
        robot.clickOn("#nameField").write("Ichiro Hyoka");
        robot.clickOn("#affiliationField").write("University A");
        robot.clickOn("#startButton");
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());

        // select Sendai in the cluster list
        robot.clickOn(clusterRow("SEN"));
        waitUntil(() -> app.shell().main().sheet().clusterProperty().get() != null
                && app.shell().main().sheet().clusterProperty().get().code().equals("SEN") && present(id("1.1")));
        assertEquals("0/9", progressOf("SEN"));
        RadarModel before = app.shell().main().liveRadar().modelProperty().get();
        assertTrue(before.cluster().isEmpty(), "nothing graded yet: " + before);

        // grade all nine items with the keyboard only: focus the first item, then S/A/B/C
        robot.clickOn(id("1.1") + "-name");
        waitUntil(() -> robot.lookup(id("1.1")).query().isFocused());
        for (KeyCode key : KEYS) {
            robot.type(key);
        }
        waitForSaves();
        for (int i = 0; i < ITEMS.size(); i++) {
            String grade = KEYS.get(i).getName();
            String item = ITEMS.get(i);
            assertTrue(fx(() -> robot.lookup(id(item) + "-grade-" + grade).queryAs(ToggleButton.class).isSelected()),
                    item + " shows " + grade);
        }
        assertTrue(fx(() -> robot.lookup(id("4")).query().isFocused()), "focus stays on the last item");

        // typed text never grades: Tab into item 4's comment, type (with S, A, B, C letters in it)
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup(id("4") + "-comment").query().isFocused());
        robot.write(COMMENT);
        robot.type(KeyCode.TAB); // indications
        robot.type(KeyCode.TAB); // overall comment
        waitUntil(() -> robot.lookup("#overallComment").query().isFocused());
        robot.write(OVERALL);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> robot.lookup(id("4")).query().isFocused());
        waitForSaves();
        assertEquals("A", app.shell().main().sheet().item("4").orElseThrow().grade(), "typing did not regrade item 4");

        // the list shows 9/9, the axes their scores, the radar my values
        assertEquals("9/9", progressOf("SEN"));
        assertEquals("my score 2.50", fx(() -> robot.lookup("#axisScore-B").queryAs(Label.class).getText()));
        RadarModel after = app.shell().main().liveRadar().modelProperty().get();
        assertEquals(Map.of("A", 4.0, "B", 2.5, "C", 1.0, "D", 2.5, "E", 3.0), after.cluster());
        CategoryDataset shown = fx(() -> ((SpiderWebPlot) robot.lookup("#liveRadarChart").queryAs(ChartPane.class)
                .getChart().getPlot()).getDataset());
        assertEquals(4.0, shown.getValue("My grades", "A R&D").doubleValue(), 1e-9);
        assertEquals(1.0, shown.getValue("My grades", "C Management").doubleValue(), 1e-9);
        assertTrue(fx(() -> robot.lookup("#statusSaved").queryAs(Label.class).getText()).startsWith("Saved "));

        // Ctrl+L: the window is rebuilt in Japanese with the same cluster, grades and keyboard focus
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> present("#sheetTitle")
                && "仙台サイバーフォレストクラスター".equals(robot.lookup("#sheetTitle").queryAs(Label.class).getText()));
        waitUntil(() -> robot.lookup(id("4")).query().isFocused());
        assertTrue(fx(() -> robot.lookup(id("1.1") + "-grade-S").queryAs(ToggleButton.class).isSelected()));
        assertEquals("SEN", fx(() -> robot.lookup("#clusterTable").queryTableView().getSelectionModel()
                .getSelectedItem() instanceof ClusterRow r ? r.code() : null));
        assertEquals(COMMENT, fx(() -> robot.lookup(id("4") + "-comment").queryAs(TextArea.class).getText()));
        CategoryDataset japanese = fx(() -> ((SpiderWebPlot) robot.lookup("#liveRadarChart").queryAs(ChartPane.class)
                .getChart().getPlot()).getDataset());
        assertEquals(2.5, japanese.getValue("自分の評点", "B 自立性").doubleValue(), 1e-9);

        // Ctrl+Enter marks complete
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> app.shell().main().sheet().statusProperty().get() == SheetStatus.COMPLETE);
        waitForSaves();
        assertEquals("完了", fx(() -> robot.lookup("#sheetStatus").queryAs(Label.class).getText()));
        assertEquals("完了", fx(() -> app.shell().main().clusters().row("SEN").orElseThrow()
                .statusTextProperty().get()));

        // close, check the file itself, start again on the same file
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Services services = Services.open(db, true)) {
            String me = services.evaluators().local().orElseThrow().id();
            SheetData data = services.grading().load(new SheetKey(services.rounds().current().id(), me, "SEN"));
            assertEquals(SheetStatus.COMPLETE, data.sheet().status());
            assertEquals(COMMENT, data.entry("4").comment());
            assertEquals(OVERALL, data.sheet().comment());
            assertEquals("S", data.entry("1.1").grade());
        }
        app = start(db);
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        assertFalse(present("#nameField"), "the evaluator is known: no first-start page");
        robot.clickOn(clusterRow("SEN"));
        waitUntil(() -> app.shell().main().sheet().clusterProperty().get() != null
                && app.shell().main().sheet().clusterProperty().get().code().equals("SEN") && present(id("4")));
        for (int i = 0; i < ITEMS.size(); i++) {
            String grade = KEYS.get(i).getName();
            String item = ITEMS.get(i);
            assertTrue(fx(() -> robot.lookup(id(item) + "-grade-" + grade).queryAs(ToggleButton.class).isSelected()),
                    item + " still shows " + grade);
        }
        assertEquals(COMMENT, fx(() -> robot.lookup(id("4") + "-comment").queryAs(TextArea.class).getText()));
        assertEquals(OVERALL, fx(() -> robot.lookup("#overallComment").queryAs(TextArea.class).getText()));
        assertEquals("Complete", fx(() -> robot.lookup("#sheetStatus").queryAs(Label.class).getText()));
        assertEquals("9/9", progressOf("SEN"));
        assertEquals("Ichiro Hyoka (University A)",
                fx(() -> robot.lookup("#statusEvaluator").queryAs(Label.class).getText()));
    }

    private String progressOf(String code) throws Exception {
        return fx(() -> {
            @SuppressWarnings("unchecked")
            TableView<ClusterRow> table = (TableView<ClusterRow>) robot.lookup("#clusterTable").queryAs(TableView.class);
            return table.getItems().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow()
                    .progressTextProperty().get();
        });
    }
}
