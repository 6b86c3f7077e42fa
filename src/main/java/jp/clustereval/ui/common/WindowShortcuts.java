package jp.clustereval.ui.common;

import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The shortcuts every window of the application answers: the {@link Shortcut.Area#EVERY_WINDOW}
 * rows (the radar or results window has no menu bar, so without this Ctrl+G did nothing there),
 * and Ctrl+Y as redo in a text box (GTK's text boxes only know Ctrl+Shift+Z, and Ctrl+Y went on to
 * the sheet's Edit &gt; Redo, which had nothing to redo).
 */
public final class WindowShortcuts {

    private WindowShortcuts() {
    }

    /**
     * Installs the shortcuts on a window's scene. A menu bar's own accelerators, where there is
     * one, stay in charge of their keys.
     */
    public static void install(Scene scene, Map<Shortcut, Runnable> actions) {
        actions.forEach((shortcut, action) -> {
            if (shortcut.area() != Shortcut.Area.EVERY_WINDOW) {
                throw new IllegalArgumentException(shortcut + " is not a shortcut of every window");
            }
            scene.getAccelerators().putIfAbsent(shortcut.keys().orElseThrow(), action);
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.TEXT_REDO.matches(e) && scene.getFocusOwner() instanceof TextInputControl text) {
                e.consume();
                if (text.isRedoable()) {
                    text.redo();
                }
            }
        });
    }
}
