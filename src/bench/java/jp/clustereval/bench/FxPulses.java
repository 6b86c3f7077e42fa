package jp.clustereval.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** Pulse timing shared by the application's marker and the floor's, so that both count the same work. */
final class FxPulses {

    private FxPulses() {
    }

    /**
     * Runs r on the FX thread once the next pulse (the one that lays out and hands to the renderer
     * what was just put on screen) is over.
     */
    static void afterNextPulse(Runnable r) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(r); // queued behind the rest of this pulse (CSS, layout, render hand-over)
            }
        }.start();
    }
}
