package jp.clustereval.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs UI updates at the next pulse, in the order given: what is queued during a pulse's updates
 * waits for the following pulse, so each slice of a large update is laid out and drawn in its own
 * frame. An {@link AnimationTimer} runs only while something is queued.
 */
public final class NextPulse implements Executor {

    private final List<Runnable> queued = new ArrayList<>();
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            List<Runnable> due = List.copyOf(queued);
            queued.clear();
            try {
                due.forEach(Runnable::run);
            } finally {
                if (queued.isEmpty()) {
                    pulses.stop();
                }
            }
        }
    };

    @Override
    public void execute(Runnable update) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> execute(update));
            return;
        }
        queued.add(update);
        pulses.start();
    }
}
