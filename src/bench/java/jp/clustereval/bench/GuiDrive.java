package jp.clustereval.bench;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs named steps one after the other on the pulses a {@link PulseWatch} sees, each a phase of the
 * watch: a step's action runs at the pulse its phase begins, and the step ends when its condition
 * has held for {@code settle} pulses in a row, so the layout and drawing of its last update still
 * count for it. FX thread only.
 */
final class GuiDrive {

    /** The default number of pulses a condition must hold. */
    static final int SETTLE = 3;

    /** One step: the phase it names, what it does, when it is over, for how many pulses that must hold. */
    record Step(String phase, Runnable action, BooleanSupplier done, int settle) {
        Step(String phase, Runnable action, BooleanSupplier done) {
            this(phase, action, done, SETTLE);
        }
    }

    private final PulseWatch watch;
    private final List<Step> steps;
    private final Runnable finished;
    private int index = -1;
    private int held;

    GuiDrive(PulseWatch watch, List<Step> steps, Runnable finished) {
        this.watch = watch;
        this.steps = List.copyOf(steps);
        this.finished = finished;
    }

    /** Starts the watch in the phase main-window; the first step begins at the first pulse it sees. */
    void start() {
        watch.afterEachPulse(this::pulse);
        watch.start("main-window");
    }

    private void pulse() {
        if (index >= steps.size()) {
            return;
        }
        if (index >= 0) {
            held = steps.get(index).done().getAsBoolean() ? held + 1 : 0;
            if (held < steps.get(index).settle()) {
                return;
            }
        }
        index++;
        held = 0;
        if (index == steps.size()) {
            watch.finish();
            finished.run();
            return;
        }
        Step step = steps.get(index);
        watch.phase(step.phase());
        step.action().run();
    }
}
