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
        // the controls added here are labelled (the window's older ones are not all: left to their owners)
        List<String> unlabelled = fx(() -> AccessibilityAudit.unlabelled(robot.lookup("#panelResultsRoot").queryParent()));
        assertEquals(List.of(), unlabelled.stream().filter(n -> n.startsWith("#ahp_") || n.startsWith("#resultsReport")
                || n.startsWith("#resultsMenu") || n.startsWith("#commentDetail")).toList(), unlabelled.toString());
    }

    /** One file taken out of an import batch with the Delete key; the rest stays in the preview. */
    @Test
    void aFileLeavesTheImportBatchWithTheDeleteKey() throws Exception {
        java.nio.file.Path inbox = java.nio.file.Files.createDirectories(dir.resolve("inbox"));
        try (EvaluatorMachine x = new EvaluatorMachine(dir, "x").grade("SAP", "A", 9);
             EvaluatorMachine y = new EvaluatorMachine(dir, "y").grade("SEN", "B", 9)) {
            x.export(inbox.resolve("a-x.cescore"));
            y.export(inbox.resolve("b-y.cescore"));
        }
        startAsChairWithAGradedPanel();
        fx(() -> {
            app.shell().showImport(List.of(inbox));
            return null;
        });
        waitUntil(() -> present("#importRow-a-x_cescore") && app.shell().main().imports().files().size() == 2
                && app.shell().main().imports().phaseProperty().get() == jp.clustereval.ui.imports.ImportViewModel.Phase.PREVIEW);
        assertTrue(fx(() -> robot.lookup("#removeImportFileButton").query().isDisabled()
                == robot.lookup("#importFiles").queryTableView().getSelectionModel().isEmpty()));
        robot.clickOn("#importRow-a-x_cescore");
        robot.type(KeyCode.DELETE);
        waitUntil(() -> app.shell().main().imports().files().size() == 1
                && app.shell().main().imports().phaseProperty().get() == jp.clustereval.ui.imports.ImportViewModel.Phase.PREVIEW);
        assertEquals("b-y.cescore", fx(() -> app.shell().main().imports().files().get(0).fileName()));
        assertEquals(List.of(), fx(() -> AccessibilityAudit.unlabelled(robot.lookup("#importRoot").queryParent())));
    }

    /** A long comment wraps in its cell (before: one line, cut), and is shown whole below the table. */
    @Test
    void aLongCommentWrapsAndIsShownWhole() throws Exception {
        String text = "The regional office coordinates well. ".repeat(12).strip();
        java.nio.file.Path db = dir.resolve("chair.db");
        try (jp.clustereval.service.Services chair = jp.clustereval.service.Services.open(db, false, dir.resolve("chair-keys"))) {
            chair.evaluators().createLocal("Chair", "MEXT");
            var round = chair.rounds().current();
            PanelFixture.grade(chair, round);
            chair.grading().setItemText(new jp.clustereval.service.SheetKey(round.id(), PanelFixture.first(chair).id(), "SAP"),
                    "1.1", jp.clustereval.service.ItemTextField.COMMENT, text, "t");
        }
        org.testfx.api.FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) org.testfx.api.FxToolkit.setupApplication(
                () -> new ClusterEvalApp(new AppConfig(db, jp.clustereval.domain.Language.EN)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        openPanelResults();
        fx(() -> {
            TabPane tabs = robot.lookup("#resultsTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "commentsTab".equals(t.getId()))
                    .findFirst().orElseThrow());
            return null;
        });
        waitUntil(() -> present("#commentsTable") && robot.lookup("#commentsTable").queryTableView().getItems().size() == 1
                && robot.lookup("#commentsTable .table-row-cell").tryQuery().isPresent());
        double rowHeight = fx(() -> robot.lookup("#commentsTable .table-row-cell").query().getBoundsInLocal().getHeight());
        double lineHeight = fx(() -> new javafx.scene.text.Text("Xg").getLayoutBounds().getHeight());
        assertTrue(rowHeight > 2.5 * lineHeight, "the comment's row holds several lines: " + rowHeight + " vs " + lineHeight);
        fx(() -> {
            robot.lookup("#commentsTable").queryTableView().getSelectionModel().select(0);
            return null;
        });
        waitUntil(() -> text.equals(robot.lookup("#commentDetailText").queryAs(javafx.scene.control.TextArea.class).getText()));
    }
}
