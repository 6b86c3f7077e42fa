package jp.clustereval.ui.common;

import java.util.function.Function;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.scene.input.InputEvent;

/**
 * Modal windows over a maximised main window. JavaFX 21 on GTK disables the owner of a modal
 * window (a modal dialog, a file chooser) by fixing its size, and when it enables it again the
 * window manager un-maximises it (seen under openbox: GTK's file chooser, About, every alert). Over
 * a maximised owner the modal window is therefore shown as an ordinary owned window (or, for a file
 * chooser, without an owner), and the owner takes no input meanwhile: its scene swallows every key
 * and mouse event, menu shortcuts included, until the modal window is closed. Over an owner that is
 * not maximised nothing changes: the toolkit's own modality.
 */
public final class MaximisedOwner {

    private MaximisedOwner() {
    }

    /** Whether modality through the toolkit would un-maximise this owner. */
    public static boolean isMaximised(Window owner) {
        return owner instanceof Stage s && s.isShowing() && s.isMaximized();
    }

    /** Before the dialog is shown: over a maximised owner, modal by blocking the owner's input instead. */
    public static void dialog(Dialog<?> dialog, Window owner) {
        if (isMaximised(owner) && dialog.getModality() != Modality.NONE) {
            dialog.initModality(Modality.NONE);
            Runnable unblock = block(owner);
            dialog.showingProperty().addListener((obs, was, now) -> {
                if (!now) {
                    unblock.run();
                }
            });
        }
    }

    /** A stage about to be shown modally over its owner: the same as {@link #dialog}. */
    public static void stage(Stage stage) {
        Window owner = stage.getOwner();
        if (isMaximised(owner) && stage.getModality() != Modality.NONE) {
            stage.initModality(Modality.NONE);
            Runnable unblock = block(owner);
            stage.showingProperty().addListener((obs, was, now) -> {
                if (!now) {
                    unblock.run();
                }
            });
        }
    }

    /**
     * Shows a file chooser (a blocking call given the owner to use): over a maximised owner it gets
     * none, and the owner takes no input until it is closed.
     */
    public static <T> T chooser(Window owner, Function<Window, T> show) {
        if (!isMaximised(owner)) {
            return show.apply(owner);
        }
        Runnable unblock = block(owner);
        try {
            return show.apply(null);
        } finally {
            unblock.run();
        }
    }

    /** The owner's scene swallows every input event until the returned action runs. */
    private static Runnable block(Window owner) {
        Scene scene = owner.getScene();
        if (scene == null) {
            return () -> { };
        }
        EventHandler<InputEvent> swallow = InputEvent::consume;
        scene.addEventFilter(InputEvent.ANY, swallow);
        return () -> scene.removeEventFilter(InputEvent.ANY, swallow);
    }
}
