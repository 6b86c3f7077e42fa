package jp.clustereval.ui.sheet;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

import jp.clustereval.service.SheetData;
import jp.clustereval.ui.common.BackgroundTasks;

/**
 * Saves typed text shortly after the last keystroke (debounce), but while typing goes on without
 * a pause at least every {@link #MAX_WAIT} after the first unsaved keystroke (a debounce alone
 * saved nothing of a comment typed in one go until the typing stopped, so a kill lost all of it);
 * and at once when the field loses focus or the sheet is left. Saves run on the one worker
 * thread, so they keep their order; each text field ("slot") has at most one save waiting.
 */
final class TextSaver {

    /** The longest typed text waits while typing continues without the pause the debounce waits for. */
    static final Duration MAX_WAIT = Duration.ofSeconds(1);

    /** A waiting save, and when the oldest keystroke it holds was typed ({@link System#nanoTime()}). */
    private record Pending(ScheduledFuture<?> future, Callable<SheetData> save, long firstChange) {
    }

    private final BackgroundTasks tasks;
    private final Duration delay;
    private final Duration maxWait;
    private final Consumer<SheetData> onSaved;
    private final Failure onFailure;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    TextSaver(BackgroundTasks tasks, Duration delay, Consumer<SheetData> onSaved, Failure onFailure) {
        this(tasks, delay, MAX_WAIT, onSaved, onFailure);
    }

    TextSaver(BackgroundTasks tasks, Duration delay, Duration maxWait, Consumer<SheetData> onSaved, Failure onFailure) {
        this.tasks = tasks;
        this.delay = delay;
        this.maxWait = maxWait.compareTo(delay) < 0 ? delay : maxWait;
        this.onSaved = onSaved;
        this.onFailure = onFailure;
    }

    /** A save of a slot failed (the failure is reported by the worker afterwards). */
    interface Failure {
        void failed(String slot, Callable<SheetData> save, Throwable failure);
    }

    /**
     * The text of a slot changed: its save waits {@code delay} from now, but no longer than
     * {@code maxWait} from the first keystroke it has not saved yet.
     */
    void changed(String slot, Callable<SheetData> save) {
        long now = System.nanoTime();
        long firstChange = now;
        Pending previous = pending.remove(slot);
        if (previous != null && previous.future().cancel(false)) {
            firstChange = previous.firstChange(); // still waiting: its keystrokes are in this save
        }
        long wait = Math.min(delay.toNanos(), firstChange + maxWait.toNanos() - now);
        Pending[] self = new Pending[1];
        ScheduledFuture<?> future = tasks.schedule(Duration.ofNanos(Math.max(0, wait)), save,
                data -> {
                    pending.remove(slot, self[0]);
                    onSaved.accept(data);
                },
                failure -> {
                    pending.remove(slot, self[0]);
                    onFailure.failed(slot, save, failure);
                });
        self[0] = new Pending(future, save, firstChange);
        pending.put(slot, self[0]);
    }

    /** Saves one slot now if it is waiting (focus left the field). */
    void flush(String slot) {
        Pending p = pending.remove(slot);
        if (p != null && p.future().cancel(false)) {
            tasks.run(p.save(), onSaved, failure -> onFailure.failed(slot, p.save(), failure));
        }
    }

    /** Saves every waiting slot now (leaving the sheet, switching database, quitting). */
    void flushAll() {
        for (String slot : Map.copyOf(pending).keySet()) {
            flush(slot);
        }
    }
}
