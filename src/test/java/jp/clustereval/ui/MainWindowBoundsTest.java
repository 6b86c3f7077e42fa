package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import javafx.geometry.Rectangle2D;

/** Where the main window opens: its saved bounds brought inside the visible screen, else 90 % of it. */
class MainWindowBoundsTest {

    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1400, 900);
    /** A screen with a 30-pixel panel at the top, as GNOME's. */
    private static final Rectangle2D BELOW_PANEL = new Rectangle2D(0, 30, 1400, 870);

    @Test
    void theFirstStartTakesNinetyPercentOfTheVisibleScreenCentred() {
        assertEquals(new Rectangle2D(70, 45, 1260, 810), MainWindowBounds.initial(Optional.empty(), SCREEN, 900, 600));
        assertEquals(new Rectangle2D(70, 73, 1260, 783), MainWindowBounds.initial(Optional.empty(), BELOW_PANEL, 900, 600));
    }

    @Test
    void savedBoundsThatFitAreKeptAsTheyWere() {
        Rectangle2D saved = new Rectangle2D(150, 90, 1000, 640);
        assertEquals(saved, MainWindowBounds.initial(Optional.of(saved), SCREEN, 900, 600));
    }

    @Test
    void savedBoundsOffTheScreenOrLargerThanItAreBroughtInsideTitleBarFirst() {
        // saved on a second monitor that is gone: moved onto this screen
        assertEquals(new Rectangle2D(400, 100, 1000, 640),
                MainWindowBounds.initial(Optional.of(new Rectangle2D(2000, 100, 1000, 640)), SCREEN, 900, 600));
        // the title bar above the top edge (under a panel): moved down
        assertEquals(new Rectangle2D(10, 30, 1000, 640),
                MainWindowBounds.initial(Optional.of(new Rectangle2D(10, -200, 1000, 640)), BELOW_PANEL, 900, 600));
        // saved on a larger screen: shrunk to this one
        assertEquals(new Rectangle2D(0, 0, 1400, 900),
                MainWindowBounds.initial(Optional.of(new Rectangle2D(-50, -50, 2560, 1440)), SCREEN, 900, 600));
    }

    @Test
    void neverSmallerThanTheWindowsMinimumUnlessTheScreenIs() {
        assertEquals(new Rectangle2D(10, 10, 900, 600),
                MainWindowBounds.initial(Optional.of(new Rectangle2D(10, 10, 200, 200)), SCREEN, 900, 600));
        assertEquals(new Rectangle2D(0, 0, 800, 500),
                MainWindowBounds.initial(Optional.of(new Rectangle2D(10, 10, 200, 200)), new Rectangle2D(0, 0, 800, 500), 900, 600));
    }
}
