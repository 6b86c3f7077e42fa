package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetData;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.clusters.ClusterRow;
import jp.clustereval.ui.overview.OverviewColumn;
import jp.clustereval.ui.overview.OverviewLine;

/**
 * View &gt; Overview in the real application, headless, through the keyboard only: its shortcut
 * opens it, arrows move, S/A/B/C grade, Delete clears, Ctrl+C puts the tab-separated grid on the
 * clipboard; what was typed is in the file, and the main window's list follows.
 */
class GuiOverviewTest extends GuiTestBase {

    private static final String SAP = "1.1=S,1.2.1=A,1.2.2=B,1.3=A,2.1=B,2.2=B,2.3=C,3=A,4=S";

    private void grade(Services s, String me, String cluster, String grades) {
        SheetKey key = new SheetKey(s.rounds().current().id(), me, cluster);
        for (String pair : grades.split(",")) {
            String[] p = pair.split("=");
            s.grading().setGrade(key, p[0], p[1], "test");
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<OverviewLine> grid() {
        return (TableView<OverviewLine>) robot.lookup("#overviewTable").queryAs(TableView.class);
    }

    private String focused() throws Exception {
        return fx(() -> {
            TablePosition<?, ?> at = grid().getFocusModel().getFocusedCell();
            return grid().getItems().get(at.getRow()).code() + " "
                    + ((OverviewColumn) at.getTableColumn().getUserData()).key();
        });
    }

    private String stateCell(String code) throws Exception {
        return fx(() -> robot.lookup("#overviewRow-" + code).lookup(".overview-state").queryAs(
                javafx.scene.control.TableCell.class).getText());
    }

    @Test
    void gradeCopyAndFindItInTheFile() throws Exception {
        Path db = dir.resolve("overview.db");
        String me;
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            me = s.evaluators().createLocal("Aoki", "Univ").id();
            grade(s, me, "SAP", SAP);
            grade(s, me, "SEN", "1.1=S,4=C");
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> present("#overviewTable") && grid().getItems().size() == 18);
        waitUntil(() -> grid().isFocused());
        assertEquals("SAP 1.1", focused());
        assertEquals(java.util.List.of(), fx(() -> AccessibilityAudit.unlabelled(
                (javafx.scene.Parent) robot.lookup("#overviewRoot").query())));
        assertEquals("✓ Complete", stateCell("SAP"));
        assertEquals("◐ Partial 2/9", stateCell("SEN"));

        // SEN is the second row: down, right to 1.2.1, then A and B (each moves to the next item)
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT);
        assertEquals("SEN 1.2.1", focused());
        robot.type(KeyCode.A).type(KeyCode.B);
        assertEquals("SEN 1.3", focused());
        // back to 1.1 and clear it
        robot.type(KeyCode.LEFT, 3).type(KeyCode.DELETE);
        assertEquals("SEN 1.1", focused());
        waitForSaves();
        waitUntil(() -> "◐ Partial 3/9".equals(stateCell("SEN")));
        assertEquals("3/9", fx(() -> app.shell().main().clusters().row("SEN").orElseThrow().progressTextProperty().get()));

        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        String copied = fx(() -> Clipboard.getSystemClipboard().getString());
        assertEquals(fx(() -> app.shell().wiring().viewModels().overview().tsv()), copied);
        assertTrue(copied.startsWith("Cluster\tName\t1.1 Technical evaluation: progress of R&D\t"), copied);
        assertTrue(copied.contains("\nSAP\tSapporo IT Carrozzeria Cluster\tS\tA\tB\tA\tB\tB\tC\tA\tS\t4.00\t2.50\t3.00\t2.00\t4.00\t3.10\t1\t✓ Complete\n"),
                copied);
        assertTrue(copied.contains("\nSEN\tSendai Cyber Forest Cluster\t\tA\tB\t\t\t\t\t\tC\t\t2.50\t\t\t1.00\t\t\t◐ Partial 3/9\n"),
                copied);

        FxToolkit.cleanupApplication(app);
        app = null;
        try (Services s = Services.open(db, true)) {
            SheetData sen = s.grading().load(new SheetKey(s.rounds().current().id(), me, "SEN"));
            assertNull(sen.entry("1.1").grade());
            assertEquals(Map.of("1.2.1", "A", "1.2.2", "B", "4", "C"), sen.grades());
        }
    }
}
