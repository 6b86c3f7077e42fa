package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import jp.clustereval.chart.fx.ChartPane;
import jp.clustereval.domain.Language;
import jp.clustereval.service.ComparedRounds;
import jp.clustereval.service.Services;

/**
 * The radar window's "Compare with round", clicked as a chair would: Sapporo in the final round,
 * the mid-term round chosen in the list, both rounds' polygons on the chart and each axis's change
 * in the line beside it (the hand-worked figures of {@link ComparedRounds}).
 */
class GuiRadarCompareTest extends GuiTestBase {

    @Test
    void theChairComparesSapporoWithTheMidTermRound() throws Exception {
        Path db = dir.resolve("chair.db");
        ComparedRounds.create(db);
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            s.evaluators().createLocal("Chair", "MEXT");
            s.roundSetup().use(ComparedRounds.FINAL, "test");
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
        robot.clickOn(clusterRow("SAP"));
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil(() -> present("#compareRoundChoice"));
        waitUntil(() -> robot.lookup("#compareRoundChoice").queryAs(ComboBox.class).getItems().size() == 2);
        assertEquals(List.of(), fx(() -> AccessibilityAudit.unlabelled(
                (Parent) robot.lookup("#radarTabs").query().getScene().getRoot())), "every control of the radar window labelled");

        robot.clickOn("#compareRoundChoice");
        robot.clickOn("Mid-term evaluation FY2004 (mid-fy2004)");
        waitUntil(() -> "A +1.00   B +0.50   C ±0.00   D +0.50   E +1.00   Total +0.60".equals(
                robot.lookup("#compareChanges").queryAs(Label.class).getText()));
        waitUntil(() -> robot.lookup("#radarChart").queryAs(ChartPane.class).getChart().getPlot()
                instanceof org.jfree.chart.plot.SpiderWebPlot p && p.getDataset().getRowCount() == 2
                && p.getDataset().getRowKeys().contains("Mid-term evaluation FY2004 (mid-fy2004)")
                && p.getDataset().getColumnKeys().contains("A R&D (+1.00)"));

        // back to no comparison: the round's own radar
        robot.clickOn("#compareRoundChoice");
        robot.clickOn("(no comparison)");
        waitUntil(() -> robot.lookup("#compareChanges").queryAs(Label.class).getText().isEmpty());
        waitUntil(() -> robot.lookup("#radarChart").queryAs(ChartPane.class).getChart().getPlot()
                instanceof org.jfree.chart.plot.SpiderWebPlot p && p.getDataset().getColumnKeys().contains("A R&D"));
    }
}
