package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;
import jp.clustereval.chart.fx.ChartPane;
import jp.clustereval.ui.results.ResultRow;

/**
 * The clusters of the overlay radar are checked in a ControlsFX check list: by mouse on a row's
 * box, or by keyboard (arrows to a row, Space), which the former list of check-box cells did not
 * take; the checks stay when the rows are made anew (weights applied).
 */
class GuiOverlayChoiceTest extends GuiTestBase {

    private CheckBox box(String code) throws Exception {
        waitUntil(() -> cell(code) != null);
        return fx(() -> (CheckBox) cell(code).lookup(".check-box"));
    }

    private ListCell<?> cell(String code) {
        return (ListCell<?>) robot.lookup("#overlayList .list-cell").match((Node n) -> n instanceof ListCell<?> c
                && c.getItem() instanceof ResultRow r && r.code().equals(code)).tryQuery().orElse(null);
    }

    private List<String> chosen() throws Exception {
        return fx(() -> List.copyOf(app.shell().main().panelResults().results().overlayCodes()));
    }

    private boolean overlayDrawn() throws Exception {
        return fx(() -> robot.lookup("#overlayChart").queryAs(ChartPane.class).getChart() != null);
    }

    @Test
    void clustersAreCheckedByMouseAndByKeyboardAndStayCheckedAcrossARefresh() throws Exception {
        startAsChairWithAGradedPanel();
        openPanelResults();
        robot.clickOn("Results");
        waitUntil(() -> present("#resultsTable"));
        robot.clickOn("Compare 2-4 clusters");
        waitUntil(() -> present("#overlayList") && robot.lookup("#overlayList").query().isVisible());

        // by mouse: SAP's box
        robot.clickOn(box("SAP"));
        waitUntil(() -> chosen().equals(List.of("SAP")));
        assertTrue(fx(() -> box("SAP").isSelected()));
        assertTrue(!overlayDrawn(), "one cluster is not an overlay");

        // by keyboard: to SEN's row with the arrows, then Space
        robot.clickOn(cell("SAP"));
        int sapIndex = fx(() -> robot.lookup("#overlayList").queryListView().getSelectionModel().getSelectedIndex());
        robot.type(sapIndex == 0 ? KeyCode.DOWN : KeyCode.UP);
        assertEquals("SEN", fx(() -> ((ResultRow) robot.lookup("#overlayList").queryListView().getSelectionModel()
                .getSelectedItem()).code()));
        robot.type(KeyCode.SPACE);
        waitUntil(() -> chosen().size() == 2);
        assertEquals("SAP", chosen().get(0), "in the order checked");
        waitUntil(this::overlayDrawn);
        assertTrue(fx(() -> box("SEN").isSelected()));

        // the rows are made anew when weights are applied: the checks and the overlay stay
        robot.clickOn("Weights");
        waitUntil(() -> present("#axisWeight_A") && robot.lookup("#axisWeight_A").query().isVisible());
        robot.doubleClickOn("#axisWeight_A");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("90");
        robot.clickOn("#applyWeightsButton");
        waitUntil(() -> fx(() -> app.shell().main().panelResults().weights().history().size()) == 2);
        robot.clickOn("Results");
        waitUntil(() -> overlayDrawn() && box("SAP").isSelected() && box("SEN").isSelected());
        assertEquals(2, chosen().size());

        // unchecking by Space on the selected row: one left, no overlay
        robot.clickOn(cell("SEN"));
        robot.type(KeyCode.SPACE);
        waitUntil(() -> chosen().equals(List.of("SAP")));
        assertNull(fx(() -> robot.lookup("#overlayChart").queryAs(ChartPane.class).getChart()));
    }
}
