package jp.clustereval.ui;

import java.util.Optional;

import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import jp.clustereval.service.Settings.WindowGeometry;
import jp.clustereval.ui.common.WindowPlacement;

/**
 * The one place that restores and remembers the main window's size and place. Restored before the
 * window is first shown: the saved bounds brought inside the visible screen, otherwise
 * {@link #FIRST_START_SHARE} of the screen, centred; maximised again if it was. Remembered: the
 * last bounds the window had while neither maximised nor iconified (a maximised window's bounds are
 * the screen's, which would be its size after un-maximising), and the maximised state apart.
 */
final class MainWindowBounds {

    /** How much of the visible screen the window takes at the first start. */
    static final double FIRST_START_SHARE = 0.9;

    /** How long the window's bounds must hold before they count as its un-maximised bounds. */
    static final javafx.util.Duration SETTLED = javafx.util.Duration.millis(300);

    private final Stage stage;
    private Rectangle2D normal;
    /**
     * True while the window started maximised has not been un-maximised yet: its un-maximised bounds
     * are the saved ones, whatever GTK reports while it maps and maximises the window.
     */
    private boolean pinned;
    private final javafx.animation.PauseTransition settling = new javafx.animation.PauseTransition(SETTLED);

    MainWindowBounds(Stage stage) {
        this.stage = stage;
        // committed only once they have held for a moment: when maximising, GTK reports the move to
        // the screen's corner (and the new size) before the window is maximised, and taking those
        // as the bounds to un-maximise to put the window back in the corner (seen by CI's
        // RealWindowsTest: 1002x665 at 1,20 instead of 150,90)
        settling.setOnFinished(e -> {
            if (!pinned && free()) {
                normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        });
        InvalidationListener track = obs -> {
            if (!pinned && free()) {
                settling.playFromStart();
            }
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
        stage.maximizedProperty().addListener((obs, was, now) -> {
            if (now) {
                settling.stop();
            }
        });
        stage.iconifiedProperty().addListener((obs, was, now) -> {
            if (now) {
                settling.stop();
            }
        });
        // un-maximised: back to the bounds it had before (a window that started maximised was given
        // them before the window manager knew them, and GTK un-maximised it to the screen's size)
        stage.maximizedProperty().addListener((obs, was, now) -> {
            Rectangle2D back = normal;
            if (was && !now) {
                pinned = false;
            }
            if (was && !now && back != null) {
                javafx.application.Platform.runLater(() -> {
                    if (!stage.isMaximized()) {
                        apply(back);
                    }
                });
                // GTK may report the screen's size once more after that (a late configure of the
                // un-maximise): while the window settles, its bounds are set again if so
                for (int ms : new int[] {400, 1200}) {
                    javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(ms));
                    settle.setOnFinished(e -> {
                        if (!stage.isMaximized() && strayedFrom(back)) {
                            apply(back);
                        }
                    });
                    settle.play();
                }
            }
        });
    }

    /** Sets the window's bounds (and maximised state) from the saved geometry; before it is shown. */
    void restore(Optional<WindowGeometry> saved) {
        Rectangle2D r = initial(saved.map(g -> new Rectangle2D(g.x(), g.y(), g.width(), g.height())),
                WindowPlacement.visualBounds(saved.map(g -> new Rectangle2D(g.x(), g.y(), g.width(), g.height())).orElse(null)),
                stage.getMinWidth(), stage.getMinHeight());
        boolean maximized = saved.map(WindowGeometry::maximized).orElse(false);
        normal = r;
        pinned = maximized;
        apply(r);
        // JavaFX 21's GTK windows lose bounds set before they are mapped (the window came up at its
        // minimum size under a window manager): the same bounds again once it is; maximised only
        // then, so that the window manager knows the bounds to un-maximise to
        javafx.event.EventHandler<WindowEvent> again = new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                apply(r);
                if (maximized) {
                    maximiseOnceAt(r);
                }
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, again);
    }

    /**
     * Maximises the window once the window manager has given it the bounds (its content about as
     * large: the frame is a few pixels), so that it un-maximises to them; after a second at the latest.
     */
    private void maximiseOnceAt(Rectangle2D r) {
        boolean[] done = {false};
        javafx.animation.PauseTransition latest = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        InvalidationListener[] landed = new InvalidationListener[1];
        Runnable maximise = () -> {
            if (!done[0]) {
                done[0] = true;
                latest.stop();
                stage.getScene().widthProperty().removeListener(landed[0]);
                stage.getScene().heightProperty().removeListener(landed[0]);
                stage.setMaximized(true);
            }
        };
        landed[0] = obs -> {
            if (stage.getScene().getWidth() > r.getWidth() - 60 && stage.getScene().getHeight() > r.getHeight() - 80) {
                maximise.run();
            }
        };
        latest.setOnFinished(e -> maximise.run());
        stage.getScene().widthProperty().addListener(landed[0]);
        stage.getScene().heightProperty().addListener(landed[0]);
        latest.play();
    }

    /**
     * True when the window, no longer maximised, still has about the screen's size while it was
     * set to a smaller one, or sits in the screen's top left corner while it was set elsewhere (GTK's
     * late configure does either; a size or place the user gives it meanwhile is theirs, not a stray).
     */
    private boolean strayedFrom(Rectangle2D r) {
        Rectangle2D screen = WindowPlacement.visualBounds(r);
        boolean screenSized = stage.getWidth() >= screen.getWidth() - WindowPlacement.MAX_FRAME
                && stage.getHeight() >= screen.getHeight() - WindowPlacement.MAX_FRAME;
        boolean wantedSmaller = r.getWidth() < screen.getWidth() - WindowPlacement.MAX_FRAME
                || r.getHeight() < screen.getHeight() - WindowPlacement.MAX_FRAME;
        boolean atScreenCorner = stage.getX() <= screen.getMinX() + WindowPlacement.MAX_FRAME
                && stage.getY() <= screen.getMinY() + WindowPlacement.MAX_FRAME;
        boolean wantedElsewhere = r.getMinX() > screen.getMinX() + WindowPlacement.MAX_FRAME
                || r.getMinY() > screen.getMinY() + WindowPlacement.MAX_FRAME;
        return screenSized && wantedSmaller || atScreenCorner && wantedElsewhere;
    }

    /** Showing, and neither maximised, iconified nor full screen: its bounds are its own. */
    private boolean free() {
        return stage.isShowing() && !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()
                && stage.getWidth() > 0 && stage.getHeight() > 0;
    }

    private void apply(Rectangle2D r) {
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
    }

    /**
     * The bounds to open at: the saved ones inside the screen, or a share of the screen, centred;
     * never smaller than the window's minimum unless the screen is.
     */
    static Rectangle2D initial(Optional<Rectangle2D> saved, Rectangle2D screen, double minWidth, double minHeight) {
        Rectangle2D wanted = saved.orElseGet(() -> {
            double w = Math.floor(screen.getWidth() * FIRST_START_SHARE);
            double h = Math.floor(screen.getHeight() * FIRST_START_SHARE);
            return new Rectangle2D(screen.getMinX() + Math.floor((screen.getWidth() - w) / 2),
                    screen.getMinY() + Math.floor((screen.getHeight() - h) / 2), w, h);
        });
        double w = Math.max(wanted.getWidth(), Math.min(minWidth, screen.getWidth()));
        double h = Math.max(wanted.getHeight(), Math.min(minHeight, screen.getHeight()));
        return WindowPlacement.inside(new Rectangle2D(wanted.getMinX(), wanted.getMinY(), w, h), screen);
    }

    /** What to save: the last un-maximised bounds and whether the window is maximised now (empty before it was shown). */
    Optional<WindowGeometry> toSave() {
        if (!pinned && free()) {
            // closed while un-maximised: where it is now, also if it moved a moment ago
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        if (normal == null || normal.getWidth() <= 0 || normal.getHeight() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowGeometry(normal.getMinX(), normal.getMinY(), normal.getWidth(), normal.getHeight(),
                stage.isMaximized()));
    }
}
