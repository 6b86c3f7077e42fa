package jp.clustereval.ui.sheet;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Makes Tab leave a text area (as in every form) instead of inserting a tab character: the event
 * is re-sent as Ctrl+Tab, which the text area's behaviour maps to "focus next". Shift+Tab already
 * moves back.
 */
final class TabTraversal {

    private TabTraversal() {
    }

    static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isShiftDown() && !e.isAltDown()
                    && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(area, area, KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(),
                        KeyCode.TAB, false, true, false, false));
            }
        });
    }
}
