package jp.clustereval.ui.common;

import javafx.animation.AnimationTimer;

/**
 * Runs an action once the window's current content has been drawn: timers run at the start of a
 * pulse, so the second pulse after this call comes after the first frame with the new content.
 * Used to build the heavy parts of a window after its light parts are on screen.
 */
public final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /** Call on the FX thread; the action runs on it too. */
    public static void run(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
