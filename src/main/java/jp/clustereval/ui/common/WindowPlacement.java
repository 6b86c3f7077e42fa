package jp.clustereval.ui.common;

import java.util.List;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The one place that sizes and places every window but the main one (the chair's windows, the
 * radar, About, and every dialog): each time it is shown it is at least as large as its content
 * wants (as far as the screen allows), centred on its owner, and wholly inside the visible part of
 * the owner's screen, title bar included. Under a window manager nothing of this happens by itself:
 * a window is placed before its content is laid out (200x200 at 0,0 was seen), and a dialog is sized
 * from its text before the text wraps (its last lines cut off).
 */
public final class WindowPlacement {

    /** Marks a window already handled, so that a second call adds no second set of handlers. */
    private static final String PLACED = WindowPlacement.class.getName();

    /** A window this young is still being laid out (its content's size settles): kept centred. */
    private static final long JUST_SHOWN_NANOS = 3_000_000_000L;

    private WindowPlacement() {
    }

    /** A secondary window (owned by another): fitted and centred on its owner whenever it is shown. */
    public static void secondary(Stage stage) {
        if (stage.getProperties().putIfAbsent(PLACED, Boolean.TRUE) != null) {
            return;
        }
        boolean[] placedOnce = {false};
        Rectangle2D[] planned = new Rectangle2D[1];
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> planned[0] = apply(stage, fit(stage, !placedOnce[0], false)));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            stage.getProperties().put(PLACED + ".shownAt", System.nanoTime());
            boolean centre = !placedOnce[0];
            placedOnce[0] = true;
            // JavaFX 21's GTK windows lose bounds set before they are mapped (they come up at
            // GTK's 200x200 or at their minimum size): the same bounds again, now that it is mapped
            apply(stage, planned[0]);
            // the frame's size is known now, and the content is laid out at the next pulse
            Platform.runLater(() -> {
                if (stage.isShowing()) {
                    apply(stage, fit(stage, centre, true));
                }
            });
            if (centre) {
                // GTK and the window manager report size and place after their own delays (a window
                // first mapped tall, then shrunk to its content, stayed where the tall one was put):
                // looked at again while the window is young, before the user can have moved it
                javafx.animation.Timeline settle = new javafx.animation.Timeline();
                for (int ms : new int[] {150, 400, 800, 1200}) {
                    settle.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(ms),
                            t -> recentreWhileYoung(stage)));
                }
                settle.play();
            }
        });
        // the content never gets less than it wants: the window grows by what the scene lacks (the
        // window manager's frame is part of the stage's size, and known only once it is mapped)
        javafx.beans.InvalidationListener atLeastPreferred = obs -> growToContent(stage);
        stage.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.widthProperty().removeListener(atLeastPreferred);
                old.heightProperty().removeListener(atLeastPreferred);
            }
            if (now != null) {
                now.widthProperty().addListener(atLeastPreferred);
                now.heightProperty().addListener(atLeastPreferred);
            }
        });
        if (stage.getScene() != null) {
            stage.getScene().widthProperty().addListener(atLeastPreferred);
            stage.getScene().heightProperty().addListener(atLeastPreferred);
        }
        // the window's own size too: GTK reports it apart from the scene's, and a dialog that shrank
        // to its pane was centred with its old height when only the scene's had changed yet. Only
        // centred again here (while young): sizes taken between the two reports disagree on the frame
        javafx.beans.InvalidationListener recentre = obs -> recentreWhileYoung(stage);
        stage.widthProperty().addListener(recentre);
        stage.heightProperty().addListener(recentre);
    }

    /** A window just shown whose size changed: centred on its owner again, its size left as it is. */
    private static void recentreWhileYoung(Stage stage) {
        Window owner = stage.getOwner();
        if (!stage.isShowing() || stage.isMaximized() || !justShown(stage) || owner == null || !owner.isShowing()
                || Double.isNaN(stage.getWidth()) || Double.isNaN(stage.getHeight())) {
            return;
        }
        Rectangle2D centred = centredOn(stage.getWidth(), stage.getHeight(), bounds(owner), visualBounds(bounds(stage)));
        if (Math.abs(centred.getMinX() - stage.getX()) >= 1 || Math.abs(centred.getMinY() - stage.getY()) >= 1) {
            stage.getProperties().put(PLACED + ".at", centred);
            stage.setX(centred.getMinX());
            stage.setY(centred.getMinY());
        }
    }

    /** Grows a shown window whose scene is smaller than its content's preferred size (as far as the screen allows). */
    private static void growToContent(Stage stage) {
        Scene scene = stage.getScene();
        if (!stage.isShowing() || scene == null || stage.isMaximized() || scene.getWidth() <= 0 || scene.getHeight() <= 0) {
            return;
        }
        double[] pref = preferred(scene.getRoot());
        Rectangle2D screen = visualBounds(bounds(stage));
        double frameWidth = Math.max(0, stage.getWidth() - scene.getWidth());
        double frameHeight = Math.max(0, stage.getHeight() - scene.getHeight());
        double minWidth = Math.min(pref[0] + frameWidth, screen.getWidth());
        double minHeight = Math.min(pref[1] + frameHeight, screen.getHeight());
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        Window owner0 = stage.getOwner();
        if (stage.getWidth() >= minWidth - 0.5 && stage.getHeight() >= minHeight - 0.5) {
            // a dialog sizes itself to its pane as that settles: kept centred while it is young
            if (justShown(stage) && owner0 != null && owner0.isShowing()) {
                Rectangle2D centred = centredOn(stage.getWidth(), stage.getHeight(), bounds(owner0), screen);
                if (Math.abs(centred.getMinX() - stage.getX()) >= 1 || Math.abs(centred.getMinY() - stage.getY()) >= 1) {
                    stage.setX(centred.getMinX());
                    stage.setY(centred.getMinY());
                }
            }
            return;
        }
        {
            double width = Math.max(stage.getWidth(), minWidth);
            double height = Math.max(stage.getHeight(), minHeight);
            // just shown, or still where it was placed (not moved by the user): centred on its owner again
            boolean unmoved = stage.getProperties().get(PLACED + ".at") instanceof Rectangle2D at
                    && Math.abs(at.getMinX() - stage.getX()) < 1 && Math.abs(at.getMinY() - stage.getY()) < 1
                    || justShown(stage);
            Window owner = stage.getOwner();
            apply(stage, unmoved && owner != null && owner.isShowing() ? centredOn(width, height, bounds(owner), screen)
                    : inside(new Rectangle2D(stage.getX(), stage.getY(), width, height), screen));
        }
    }

    private static boolean justShown(Stage stage) {
        return stage.getProperties().get(PLACED + ".shownAt") instanceof Long shownAt && System.nanoTime() - shownAt < JUST_SHOWN_NANOS;
    }

    /**
     * A window manager's frame (title bar and borders) is a few dozen pixels at most. A larger
     * difference between the stage's size and its scene's is a moment in which one of them has not
     * yet heard of a new size (GTK reports the window's size and the scene follows a pulse later):
     * counted as a frame, it made a window whose content fits the screen open maximised.
     */
    public static final double MAX_FRAME = 100;

    public static double frame(double stageMinusScene) {
        return stageMinusScene < 0 || stageMinusScene > MAX_FRAME ? 0 : stageMinusScene;
    }

    /** The content's preferred width and height (its height for that width). */
    private static double[] preferred(Parent root) {
        root.applyCss();
        double w = Math.ceil(root.prefWidth(-1));
        return new double[] {w, Math.ceil(root.prefHeight(w))};
    }

    /** Sets the window's bounds unconditionally (its own idea of them may be stale, see above). */
    private static Rectangle2D apply(Stage stage, Rectangle2D r) {
        if (r != null) {
            stage.getProperties().put(PLACED + ".at", r);
            stage.setX(r.getMinX());
            stage.setY(r.getMinY());
            stage.setWidth(r.getWidth());
            stage.setHeight(r.getHeight());
        }
        return r;
    }

    /** A dialog: its pane never smaller than its text and buttons want, its window placed as any secondary one. */
    public static void dialog(Dialog<?> dialog) {
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            secondary(stage);
        }
    }

    /**
     * The bounds that make the window at least as large as its content wants (capped by the screen),
     * centred on its owner the first time, or only brought back inside the screen later (the user
     * may have moved it); sets the window's minimum size on the way. Null without a scene.
     */
    private static Rectangle2D fit(Stage stage, boolean centre, boolean shown) {
        Scene scene = stage.getScene();
        if (scene == null || scene.getRoot() == null) {
            return null;
        }
        double[] pref = preferred(scene.getRoot());
        double prefWidth = pref[0];
        double prefHeight = pref[1];
        // the window manager's frame: part of the stage's size, not of the scene's (known once shown)
        double frameWidth = shown ? frame(stage.getWidth() - scene.getWidth()) : 0;
        double frameHeight = shown ? frame(stage.getHeight() - scene.getHeight()) : 0;
        Window owner = stage.getOwner();
        Rectangle2D anchor = owner != null && owner.isShowing() ? bounds(owner) : null;
        Rectangle2D screen = visualBounds(anchor);
        double minWidth = Math.min(prefWidth + frameWidth, screen.getWidth());
        double minHeight = Math.min(prefHeight + frameHeight, screen.getHeight());
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        if (shown && stage.isResizable() && (minWidth >= screen.getWidth() || minHeight >= screen.getHeight())) {
            // content larger than the screen: the window manager places a maximised window with its
            // title bar on the screen (a window as large as the screen was put with it above the top)
            stage.setMaximized(true);
            return null;
        }
        double width = clamp(Double.isNaN(stage.getWidth()) ? minWidth : stage.getWidth(), minWidth, screen.getWidth());
        double height = clamp(Double.isNaN(stage.getHeight()) ? minHeight : stage.getHeight(), minHeight, screen.getHeight());
        if (centre) {
            return centredOn(width, height, anchor != null ? anchor : screen, screen);
        }
        return inside(new Rectangle2D(Double.isNaN(stage.getX()) ? screen.getMinX() : stage.getX(),
                Double.isNaN(stage.getY()) ? screen.getMinY() : stage.getY(), width, height), screen);
    }

    /** A window of this size centred on the owner, then moved as little as needed to be inside the screen. */
    static Rectangle2D centredOn(double width, double height, Rectangle2D owner, Rectangle2D screen) {
        double x = owner.getMinX() + (owner.getWidth() - width) / 2;
        double y = owner.getMinY() + (owner.getHeight() - height) / 2;
        return inside(new Rectangle2D(x, y, width, height), screen);
    }

    /**
     * The rectangle moved (and, if larger, shrunk) to lie inside the screen; its top left corner
     * wins over its bottom right, so that a title bar is always reachable.
     */
    public static Rectangle2D inside(Rectangle2D r, Rectangle2D screen) {
        double width = Math.min(r.getWidth(), screen.getWidth());
        double height = Math.min(r.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(r.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(r.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    /**
     * The visible part (without panels and docks) of the screen that shows most of the rectangle,
     * or of the primary screen when there is none or the rectangle is on no screen.
     */
    public static Rectangle2D visualBounds(Rectangle2D r) {
        if (r != null && r.getWidth() > 0 && r.getHeight() > 0) {
            List<Screen> screens = Screen.getScreensForRectangle(r);
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    private static Rectangle2D bounds(Window w) {
        return new Rectangle2D(w.getX(), w.getY(), Math.max(1, w.getWidth()), Math.max(1, w.getHeight()));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
