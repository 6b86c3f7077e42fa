package jp.clustereval.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The frame WindowPlacement adds to a window's content: a real frame, never a stale size (RealWindowsTest saw one). */
class WindowPlacementFrameTest {

    @Test
    void aTitleBarCountsAndAStaleSizeDoesNot() {
        assertEquals(19, WindowPlacement.frame(19)); // openbox's title bar
        assertEquals(0, WindowPlacement.frame(0));
        assertEquals(0, WindowPlacement.frame(-181)); // the scene already larger than the stage reports
        assertEquals(0, WindowPlacement.frame(681)); // the stage at its new height, the scene still at GTK's 200
    }
}
