package jp.clustereval.ui.sheet;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import jp.clustereval.ui.common.Shortcut;

/**
 * The keys of the sheet's text boxes. Tab leaves a text area (as in every form) instead of inserting
 * a tab character: the event is re-sent as Ctrl+Tab, which the text area's behaviour maps to "focus
 * next"; Shift+Tab already moves back. Escape leaves the box for the item it belongs to, so that
 * S/A/B/C grade again.
 */
final class TextBoxKeys {

    private TextBoxKeys() {
    }

    /** @param leave what Escape does: give the focus to the item the box belongs to */
    static void install(TextArea area, Runnable leave) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isShiftDown() && !e.isAltDown()
                    && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(area, area, KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(),
                        KeyCode.TAB, false, true, false, false));
            } else if (Shortcut.TEXT_LEAVE.matches(e)) {
                e.consume();
                leave.run();
            }
        });
    }
}
