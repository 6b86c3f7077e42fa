package jp.clustereval.ui.common;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the user is kept waiting: true once work has been outstanding without a break for
 * {@link #DELAY}, false as soon as none is. Work that ends sooner never shows it, so a quick save
 * does not make the indicator flicker. {@link BackgroundTasks} tells it when its work begins and
 * ends; the windows show it (a spinner in the status bar, the wait cursor).
 *
 * <p>The property changes on the UI executor only. The delay comes from a {@link Delay}: a timer
 * thread in the application, a hand-driven one in tests.
 */
public final class BusyIndicator {

    /** How long work may take before the user is shown that it is going on. */
    public static final Duration DELAY = Duration.ofMillis(200);

    /** Runs an action once, after a delay, on any thread. */
    @FunctionalInterface
    public interface Delay {
        void after(Duration delay, Runnable action);

        /** One daemon timer thread, shared by every indicator. */
        static Delay timer() {
            return (delay, action) -> Timer.THREAD.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static final class Timer {
        static final ScheduledExecutorService THREAD = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cluster-eval-busy-timer");
            t.setDaemon(true);
            return t;
        });
    }

    private final Executor ui;
    private final Delay delay;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private int outstanding;
    /** Counts the stretches of work: a timer started for an earlier stretch must not show this one. */
    private long stretch;

    public BusyIndicator(Executor ui, Delay delay) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.delay = Objects.requireNonNull(delay, "delay");
    }

    /** Some work begins (called on the UI executor). */
    public synchronized void begin() {
        if (outstanding++ == 0) {
            long mine = ++stretch;
            delay.after(DELAY, () -> ui.execute(() -> showIfStill(mine)));
        }
    }

    /** Some work has ended and its result is delivered (called on the UI executor). */
    public synchronized void end() {
        if (outstanding == 0) {
            throw new IllegalStateException("end() without begin()");
        }
        if (--outstanding == 0) {
            shown.set(false);
        }
    }

    // synchronized with end(): where the UI executor is not one thread (view-model tests), a late
    // timer must not show the indicator after the work has ended
    private synchronized void showIfStill(long mine) {
        if (outstanding > 0 && stretch == mine) {
            shown.set(true);
        }
    }

    /** True while the user should be shown that work is going on. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isShown() {
        return shown.get();
    }
}
