package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;

/**
 * A weight or an amount that cannot be used is marked on its own field as it is typed (ControlsFX's
 * validation decoration, its tooltip saying what is wrong, the same text as the field's accessible
 * help), and the button that would use it is disabled until it is fixed.
 */
class GuiFieldProblemsTest extends GuiTestBase {

    /** The texts of the error signs shown (each sign is a label whose tooltip says the problem). */
    private List<String> marks() throws Exception {
        return fx(() -> robot.lookup((Node n) -> n instanceof Label l && l.getTooltip() != null
                && l.getGraphic() != null && l.isVisible() && l.getScene() != null).queryAll().stream()
                .map(n -> ((Label) n).getTooltip().getText()).toList());
    }

    private String help(String field) throws Exception {
        return fx(() -> robot.lookup(field).queryAs(TextField.class).getAccessibleHelp());
    }

    private boolean disabled(String button) throws Exception {
        return fx(() -> robot.lookup(button).query().isDisabled());
    }

    private void retype(String field, String text) {
        robot.doubleClickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    @Test
    void aRefusedWeightOrAmountIsMarkedOnItsFieldAndItsButtonWaits() throws Exception {
        startAsChairWithAGradedPanel();
        openPanelResults();
        robot.clickOn("Weights");
        waitUntil(() -> present("#axisWeight_B") && robot.lookup("#axisWeight_B").query().isVisible());
        assertEquals(List.of(), marks());
        assertFalse(disabled("#applyWeightsButton"));

        // a weight that is not a number: its field is marked, the others are not
        retype("#axisWeight_B", "x");
        waitUntil(() -> marks().size() == 1);
        assertTrue(marks().get(0).endsWith(": \"x\" is not a non-negative number."), marks().toString());
        assertEquals(marks().get(0), help("#axisWeight_B"));
        assertEquals("", help("#axisWeight_A"));
        assertTrue(disabled("#applyWeightsButton"));
        // fixed by typing: the mark goes, the button comes back
        retype("#axisWeight_B", "20");
        waitUntil(() -> marks().isEmpty());
        assertFalse(disabled("#applyWeightsButton"));

        // all zero: every axis field is marked, since any of them can fix it
        for (String axis : List.of("A", "B", "C", "D", "E")) {
            retype("#axisWeight_" + axis, "0");
        }
        waitUntil(() -> marks().size() == 5);
        assertTrue(marks().stream().allMatch("Axis A: the weights cannot all be zero."::equals), marks().toString());
        retype("#axisWeight_C", "1");
        waitUntil(() -> marks().isEmpty());
        retype("#axisWeight_C", "20"); // as it was, not applied: nothing is stored by typing

        // the subsidy tab: the pool, as it is typed
        fx(() -> {
            TabPane tabs = robot.lookup("#resultsTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "allocationTab".equals(t.getId()))
                    .findFirst().orElseThrow());
            return null;
        });
        waitUntil(() -> present("#poolField") && robot.lookup("#poolField").query().isVisible());
        assertFalse(disabled("#allocateButton"));
        retype("#poolField", "6,000,000,00x");
        waitUntil(() -> marks().size() == 1);
        assertEquals(List.of("Pool (yen): \"6,000,000,00x\" is not an amount in whole yen."), marks());
        assertEquals(marks().get(0), help("#poolField"));
        assertTrue(disabled("#allocateButton"));
        robot.type(KeyCode.BACK_SPACE).write("0");
        waitUntil(() -> marks().isEmpty());
        assertFalse(disabled("#allocateButton"));
        robot.clickOn("#allocateButton");
        waitUntil(() -> robot.lookup("#allocationTable").queryTableView().getItems().size() == 2);
    }
}
