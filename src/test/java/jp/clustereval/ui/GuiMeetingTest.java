package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

import jp.clustereval.service.Services;
import jp.clustereval.ui.meeting.AxisRow;

/**
 * Panel > Meeting mode by the keyboard only: F11 opens it full screen on the round's first unit with
 * the keyboard in the discussion note; typing and Alt+Right move on (the note saved first), Alt+Left
 * comes back to it, read back from the database; the consensus comment typed and saved with Ctrl+S
 * is shown as stored only once it is, and both texts are in the file.
 */
class GuiMeetingTest extends GuiTestBase {

    @Test
    void theChairGoesThroughTheUnitsAndWritesTheNotesByKeyboard() throws Exception {
        startAsChairWithAGradedPanel();
        robot.type(KeyCode.F11);
        waitUntil(() -> present("#meetingNote") && heading().endsWith("(SAP): unit 1 of 18")
                && !robot.lookup("#meetingAxes").queryAs(TableView.class).getItems().isEmpty());
        Stage meeting = fx(() -> (Stage) robot.lookup("#meetingRoot").query().getScene().getWindow());
        assertTrue(fx(meeting::isFullScreen), "full screen");
        assertEquals(java.util.List.of(), fx(() -> AccessibilityAudit.unlabelled((javafx.scene.Parent) robot.lookup("#meetingRoot").query())),
                "every control named for a screen reader");
        @SuppressWarnings("unchecked")
        TableView<AxisRow> axes = robot.lookup("#meetingAxes").queryAs(TableView.class);
        assertEquals("3.50", fx(() -> axes.getItems().get(0).value()), "SAP's axis A: the mean of S = 4 and A = 3");
        assertEquals("3.00", fx(() -> axes.getItems().get(0).min()));
        assertEquals("4.00", fx(() -> axes.getItems().get(0).max()));
        waitUntil(() -> robot.lookup("#meetingNote").queryAs(TextArea.class).isFocused());

        robot.targetWindow(meeting); // where TestFX's write() sends its characters (the keys go to the focused window)
        robot.write("Strong growth abroad");
        assertEquals("Strong growth abroad", fx(this::note));
        assertEquals("Not saved yet", savedState());
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        waitUntil(() -> heading().endsWith("(SEN): unit 2 of 18") && note().isEmpty() && savedState().equals("Stored"));
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitUntil(() -> heading().endsWith("(SAP): unit 1 of 18") && note().equals("Strong growth abroad"));

        robot.clickOn("#meetingConsensus").write("Well organised; widen the sales channels.");
        assertEquals("Not saved yet", savedState());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> savedState().equals("Stored"));

        // the next unit's note typed, and the window closed without Save: stored all the same
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        waitUntil(() -> heading().endsWith("(SEN): unit 2 of 18"));
        robot.clickOn("#meetingNote").write("Closed without saving");
        fx(() -> {
            meeting.hide();
            return null;
        });
        waitForSaves();
        try (Services s = Services.openToRead(dir.resolve("chair.db"), dir.resolve("chair-keys"))) {
            String round = s.rounds().current().id();
            assertEquals("Strong growth abroad", s.notes().of(round, "SAP").note());
            assertEquals("Well organised; widen the sales channels.", s.notes().of(round, "SAP").consensus());
            assertEquals("Closed without saving", s.notes().of(round, "SEN").note());
        }
    }

    private String heading() {
        return robot.lookup("#meetingHeading").queryAs(Label.class).getText();
    }

    private String note() {
        return robot.lookup("#meetingNote").queryAs(TextArea.class).getText();
    }

    private String savedState() throws Exception {
        return fx(() -> robot.lookup("#meetingSavedState").queryAs(Label.class).getText());
    }
}
