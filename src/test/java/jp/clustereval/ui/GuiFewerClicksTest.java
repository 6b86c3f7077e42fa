package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import javafx.geometry.Bounds;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import jp.clustereval.ui.weights.PairRow;

/**
 * Issue 14 §6 in the real application, headless: each judgement, file, report and comment is one
 * action away. Each test here failed on 96c5aaf (a drop-down per AHP pair, no Remove in the import
 * window, no reports in the results window, comments cut to one line).
 */
class GuiFewerClicksTest extends GuiTestBase {

    private PairRow pair(String a, String b) throws Exception {
        return fx(() -> app.shell().main().panelResults().weights().pairs().stream()
                .filter(p -> p.a().equals(a) && p.b().equals(b)).findFirst().orElseThrow());
    }

    private void showWeightsTab() throws Exception {
        openPanelResults();
        fx(() -> {
            robot.lookup("#resultsTabs").queryAs(TabPane.class).getSelectionModel().select(0);
            return null;
        });
        waitUntil(() -> present("#ahp_AB") && robot.lookup("#ahp_AB").query().isVisible()
                && robot.lookup("#ahp_AB").query().lookup(".axis") != null);
    }

    /** Where on the screen the scale of a pair shows the number at this position (-8 .. 8). */
    private javafx.geometry.Point2D numberOf(String id, int position) throws Exception {
        return fx(() -> {
            NumberAxis axis = (NumberAxis) robot.lookup(id).queryAs(Slider.class).lookup(".axis");
            double x = axis.getDisplayPosition(position);
            Bounds b = axis.localToScreen(axis.getBoundsInLocal());
            return new javafx.geometry.Point2D(b.getMinX() + x, b.getMinY() + b.getHeight() / 2);
        });
    }

    @Test
    void anAhpJudgementIsOneClickOrOneKey() throws Exception {
        startAsChairWithAGradedPanel();
        showWeightsTab();
        assertEquals(1, pair("A", "B").judgementProperty().get());

        // one click on the "3" on the first axis' side: A three times as important as B
        robot.clickOn(numberOf("#ahp_AB", -2));
        waitUntil(() -> pair("A", "B").judgementProperty().get() == 3);
        // one click on the "5" on the second axis' side: C five times as important as A
        robot.clickOn(numberOf("#ahp_AC", 4));
        waitUntil(() -> pair("A", "C").judgementProperty().get() == -5);

        // the keyboard: a digit sets the pair in focus and goes on to the next one
        fx(() -> {
            robot.lookup("#ahp_AD").query().requestFocus();
            return null;
        });
        robot.type(KeyCode.DIGIT7);
        waitUntil(() -> pair("A", "D").judgementProperty().get() == 7
                && robot.lookup("#ahp_AE").query().isFocused());
        robot.press(KeyCode.SHIFT).type(KeyCode.DIGIT2).release(KeyCode.SHIFT);
        waitUntil(() -> pair("A", "E").judgementProperty().get() == -2
                && robot.lookup("#ahp_BC").query().isFocused());
        // arrows move one step towards the second axis
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> pair("B", "C").judgementProperty().get() == -2);
        assertEquals(List.of(3, -5, 7, -2, -2), List.of(pair("A", "B").judgementProperty().get(),
                pair("A", "C").judgementProperty().get(), pair("A", "D").judgementProperty().get(),
                pair("A", "E").judgementProperty().get(), pair("B", "C").judgementProperty().get()));
        // the AHP weights follow the judgements
        assertTrue(fx(() -> app.shell().main().panelResults().weights().ahpSummaryProperty().get()).contains("CR = "));
    }

    /**
     * The results window may cover the main window's menu: its own Reports menu writes the panel
     * workbook and the feedback report of the row selected in its table, with the window open.
     */
    @Test
    void theReportsAreReachedFromTheResultsWindow() throws Exception {
        startAsChairWithAGradedPanel();
        openPanelResults();
        java.nio.file.Path out = java.nio.file.Files.createDirectories(dir.resolve("out"));
        java.nio.file.Path xlsx = out.resolve("panel.xlsx");
        java.nio.file.Path pdf = out.resolve("sap.pdf");
        fx(() -> {
            app.shell().dialogs().setFileChooser(request -> switch (request.kind()) {
                case SAVE_XLSX -> List.of(xlsx);
                case SAVE_PDF -> List.of(pdf);
                default -> List.of();
            });
            robot.lookup("#resultsTabs").queryAs(TabPane.class).getSelectionModel().select(1);
            return null;
        });
        waitUntil(() -> robot.lookup("#resultsTable").queryTableView().getItems().size() == 2);

        robot.clickOn("#resultsMenuReports");
        robot.clickOn("#resultsReportPanelXlsx");
        waitUntil(() -> java.nio.file.Files.exists(xlsx) && !app.shell().tasks().isBusy());
        assertTrue(java.nio.file.Files.size(xlsx) > 1000);

        fx(() -> {
            javafx.scene.control.TableView<?> table = robot.lookup("#resultsTable").queryTableView();
            table.getSelectionModel().select(1); // SAP, second by total
            return null;
        });
        robot.clickOn("#resultsMenuReports");
        robot.clickOn("#resultsReportCluster");
        waitUntil(() -> java.nio.file.Files.exists(pdf) && !app.shell().tasks().isBusy());
        assertTrue(java.nio.file.Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(fx(() -> robot.lookup("#resultsTabs").query().getScene().getWindow().isShowing()),
                "the results window stayed open");
    }
}
