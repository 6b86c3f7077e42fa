package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.results.ResultRow;

/**
 * The results window's "Include unfinished sheets" switch in the real application, headless: off at
 * first with no mark; clicked, the table counts the unfinished sheet and a visible line says so;
 * clicked again, both go. And where two totals show alike but rank apart, a note under the table.
 */
class GuiPartialSwitchTest extends GuiTestBase {

    @SuppressWarnings("unchecked")
    private ResultRow row(String code) throws Exception {
        return fx(() -> ((TableView<ResultRow>) robot.lookup("#resultsTable").query()).getItems().stream()
                .filter(r -> r.code().equals(code)).findFirst().orElse(null));
    }

    private boolean markShown() throws Exception {
        return fx(() -> robot.lookup("#partialMark").queryAs(Label.class).isVisible());
    }

    @Test
    void theSwitchRecountsWithUnfinishedSheetsAndMarksTheWindowWhileOn() throws Exception {
        startAsChairWithAGradedPanel();
        Services s = app.shell().state().session().services();
        String roundId = app.shell().state().session().round().id();
        String three = s.evaluators().add("評価 三郎", "University C").id();
        s.grading().setGrade(new SheetKey(roundId, three, "SAP"), "1.1", "C", "test");
        openPanelResults();
        waitUntil(() -> present("#resultsTable") && row("SAP") != null);
        assertFalse(fx(() -> robot.lookup("#includePartialCheck").queryAs(CheckBox.class).isSelected()), "off by default");
        assertFalse(markShown());
        assertEquals("2 (+1 unfinished, not counted)", row("SAP").evaluatorsText());
        assertEquals(2.0, row("SAP").total(), 1e-9);

        robot.clickOn("#includePartialCheck");
        waitUntil(() -> row("SAP") != null && "3 (incl. 1 unfinished)".equals(row("SAP").evaluatorsText()));
        assertTrue(markShown());
        String mark = fx(() -> robot.lookup("#partialMark").queryAs(Label.class).getText());
        assertTrue(mark.startsWith("Unfinished sheets included:"), mark);
        // A (4 + 3 + 1) / 3, E 1.5, the rest 2: 0.1 x 8/3 + 0.6 x 2 + 0.3 x 1.5
        assertEquals(0.1 * 8 / 3 + 1.2 + 0.45, row("SAP").total(), 1e-9);
        // the mark is not cut: its label is as high as its wrapped text needs
        assertTrue(fx(() -> {
            Label l = robot.lookup("#partialMark").queryAs(Label.class);
            return l.getHeight() >= l.prefHeight(l.getWidth()) - 0.5;
        }));

        robot.clickOn("#includePartialCheck");
        waitUntil(() -> "2 (+1 unfinished, not counted)".equals(row("SAP").evaluatorsText()));
        assertFalse(markShown());
    }

    @Test
    void totalsShownAlikeButRankedApartHaveTheirNoteUnderTheTable() throws Exception {
        startAsChairWithAGradedPanel();
        Services s = app.shell().state().session().services();
        // A 20, B 20, C 20.1, D 10, E 29.9: SAP 2.1505 and SEN 2.1495, both shown 2.15
        s.weights().set(app.shell().state().session().round().id(),
                jp.clustereval.domain.weights.TestWeights.axes(20, 20, 20.1, 10, 29.9), java.util.Map.of(), "Weighting group");
        openPanelResults();
        waitUntil(() -> present("#tieNotes") && robot.lookup("#tieNotes").queryAs(Label.class).isVisible());
        assertEquals("Note: SAP and SEN both show 2.15 but rank 1 and 2: the order comes from more digits (2.151 and 2.150).",
                fx(() -> robot.lookup("#tieNotes").queryAs(Label.class).getText()));
        // the table shows the digits the note speaks of, as the CLI, the PDF and the workbook do
        assertEquals(List.of("2.15", "2.15"), fx(() -> robot.lookup(".table-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n).filter(c -> c.getTableColumn() != null && "totalColumn".equals(c.getTableColumn().getId())
                        && !c.isEmpty() && c.getText() != null && !c.getText().isEmpty())
                .sorted(java.util.Comparator.comparingInt(c -> c.getIndex()))
                .map(c -> c.getText()).toList()));
    }
}
