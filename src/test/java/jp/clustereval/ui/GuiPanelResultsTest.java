package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;
import jp.clustereval.chart.fx.ChartPane;
import jp.clustereval.ui.results.ResultRow;

/**
 * The chair's results window in the real application, headless: open it from the Panel menu's
 * shortcut, read the ranking (table and bar chart), change an axis weight on the weights tab and
 * watch the table, the ranking chart and the overlay change at once; then write the panel
 * workbook through the reports menu with the file chooser replaced.
 */
class GuiPanelResultsTest extends GuiTestBase {

    @SuppressWarnings("unchecked")
    private List<String> tableOrder() throws Exception {
        return fx(() -> ((TableView<ResultRow>) robot.lookup("#resultsTable").query()).getItems().stream()
                .map(ResultRow::code).toList());
    }

    private CategoryDataset ranking() throws Exception {
        return fx(() -> ((CategoryPlot) robot.lookup("#rankingChart").queryAs(ChartPane.class).getChart().getPlot())
                .getDataset());
    }

    private CategoryDataset overlay() throws Exception {
        return fx(() -> ((SpiderWebPlot) robot.lookup("#overlayChart").queryAs(ChartPane.class).getChart().getPlot())
                .getDataset());
    }

    @Test
    void changingAWeightReranksTheTableAndTheCharts() throws Exception {
        startAsChairWithAGradedPanel();

        // Panel > Results (Ctrl+Shift+R)
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> present("#resultsTable") && tableOrder().size() == 2 && present("#rankingChart")
                && robot.lookup("#rankingChart").queryAs(ChartPane.class).getChart() != null);
        assertEquals(List.of("SEN", "SAP"), tableOrder());
        CategoryDataset before = ranking();
        assertEquals(List.of("Sendai", "Sapporo"), before.getColumnKeys());
        // PanelFixture: SEN .1 x 2 + .6 x 2 + .3 x 2.5 = 2.15, SAP .1 x 3.5 + .6 x 2 + .3 x 1.5 = 2.0
        assertEquals(2.15, before.getValue("total", "Sendai").doubleValue(), 1e-9);
        assertEquals(2.0, before.getValue("total", "Sapporo").doubleValue(), 1e-9);
        String line = fx(() -> robot.lookup("#cohortLine").queryAs(Label.class).getText());
        assertTrue(line.contains("raw grades"), line);

        // overlay both clusters with the cohort average
        fx(() -> app.shell().main().panelResults().results().overlayCodes().setAll("SAP", "SEN"));
        waitUntil(() -> robot.lookup("#overlayChart").queryAs(ChartPane.class).getChart() != null);
        Number sapA = overlay().getValue(overlay().getRowKey(0), overlay().getColumnKey(0));
        assertEquals(3.5, sapA.doubleValue(), 1e-9);

        // the weights tab: A from 10 to 90 (of 180: 50 %), stored with the button
        fx(() -> {
            robot.lookup("#resultsTabs").queryAs(TabPane.class).getSelectionModel().select(0);
            return null;
        });
        waitUntil(() -> present("#axisWeight_A") && robot.lookup("#axisWeight_A").query().isVisible());
        robot.doubleClickOn("#axisWeight_A");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("90");
        try {
            waitUntil(() -> "50.0 %".equals(robot.lookup("#axisWeightPercent_A").queryAs(Label.class).getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("typed: " + fx(() -> robot.lookup("#axisWeight_A")
                    .queryAs(javafx.scene.control.TextField.class).getText()) + " focused: "
                    + fx(() -> robot.lookup("#axisWeight_A").query().isFocused()) + " percent: "
                    + fx(() -> robot.lookup("#axisWeightPercent_A").queryAs(Label.class).getText()), e);
        }
        robot.clickOn("#applyWeightsButton");

        // every figure follows at once: the table, the ranking chart, the overlay, the history
        waitUntil(() -> tableOrder().equals(List.of("SAP", "SEN")));
        waitUntil(() -> ranking().getColumnKeys().equals(List.of("Sapporo", "Sendai")));
        CategoryDataset after = ranking();
        // A 90 of 180: SAP (90 x 3.5 + 60 x 2 + 30 x 1.5) / 180, SEN (90 x 2 + 60 x 2 + 30 x 2.5) / 180
        assertEquals(4.8 / 1.8, after.getValue("total", "Sapporo").doubleValue(), 1e-9);
        assertEquals(3.75 / 1.8, after.getValue("total", "Sendai").doubleValue(), 1e-9);
        assertEquals(1, fx(() -> app.shell().main().panelResults().results().rows().get(0).rank()));
        assertEquals(3.5, overlay().getValue(overlay().getRowKey(0), overlay().getColumnKey(0)).doubleValue(), 1e-9);
        waitUntil(() -> robot.lookup("#historyTable").queryTableView().getItems().size() == 2);
        assertEquals("Chair", fx(() -> app.shell().main().panelResults().weights().history().get(0).who()));
        waitUntil(() -> !app.shell().main().panelResults().sensitivity().rows().isEmpty()
                && "SAP".equals(app.shell().main().panelResults().sensitivity().rows().get(0).clusterCode()));

        // Panel > Reports > Panel results (Excel), the chooser replaced through the dialog service
        Path xlsx = dir.resolve("out").resolve("panel.xlsx");
        Files.createDirectories(xlsx.getParent());
        fx(() -> {
            app.shell().dialogs().setFileChooser(request -> switch (request.kind()) {
                case SAVE_XLSX -> List.of(xlsx);
                default -> List.of();
            });
            javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
            bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> i instanceof javafx.scene.control.Menu).map(i -> (javafx.scene.control.Menu) i)
                    .flatMap(m -> m.getItems().stream()).filter(i -> "menuReportPanelXlsx".equals(i.getId()))
                    .findFirst().orElseThrow().fire();
            return null;
        });
        waitUntil(() -> Files.exists(xlsx) && !app.shell().tasks().isBusy());
        assertTrue(Files.size(xlsx) > 1000);
        assertNotNull(fx(() -> app.shell().main().panelResults().reports().writtenProperty().get()));
    }

    @Test
    void theChairRegistersAWeightingGroupMemberByPickingThePerson() throws Exception {
        startAsChairWithAGradedPanel();
        openPanelResults();
        fx(() -> {
            robot.lookup("#resultsTabs").queryAs(TabPane.class).getSelectionModel().select(0);
            return null;
        });
        waitUntil(() -> present("#weightingCandidate") && robot.lookup("#weightingCandidate").query().isVisible()
                && !robot.lookup("#weightingCandidate").queryComboBox().getItems().isEmpty());
        assertEquals("Nobody yet: pick a person and add them.",
                fx(() -> robot.lookup("#weightingGroup").queryAs(Label.class).getText()));
        assertTrue(fx(() -> robot.lookup("#addWeightingMemberButton").query().isDisabled()), "nothing picked yet");

        // the person is picked from the list, by name and affiliation: no id is typed
        robot.clickOn("#weightingCandidate");
        robot.clickOn("評価 二郎 (University B)");
        robot.clickOn("#addWeightingMemberButton");
        waitUntil(() -> "評価 二郎 (University B)".equals(robot.lookup("#weightingGroup").queryAs(Label.class).getText()));
        try (Services check = Services.openToRead(dir.resolve("chair.db"), dir.resolve("chair-keys"))) { // a copy: the desktop has the file
            assertEquals(List.of("評価 二郎"), check.roster().weightingGroup(check.rounds().current().id()).stream()
                    .map(jp.clustereval.domain.Evaluator::name).toList());
        }
    }
}
