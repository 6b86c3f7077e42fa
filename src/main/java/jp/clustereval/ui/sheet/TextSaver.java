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
 * Saves typed text shortly after the last keystroke (debounce), or at once when the field loses
 * focus or the sheet is left. Saves run on the one worker thread, so they keep their order; each
 * text field ("slot") has at most one save waiting.
 */
final class TextSaver {

    private record Pending(ScheduledFuture<?> future, Callable<SheetData> save) {
    }

    private final BackgroundTasks tasks;
    private final Duration delay;
    private final Consumer<SheetData> onSaved;
    private final Failure onFailure;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    TextSaver(BackgroundTasks tasks, Duration delay, Consumer<SheetData> onSaved, Failure onFailure) {
        this.tasks = tasks;
        this.delay = delay;
        this.onSaved = onSaved;
        this.onFailure = onFailure;
    }

    /** A save of a slot failed (the failure is reported by the worker afterwards). */
    interface Failure {
        void failed(String slot, Callable<SheetData> save, Throwable failure);
    }

    /** The text of a slot changed: (re)start its wait. */
    void changed(String slot, Callable<SheetData> save) {
        Pending previous = pending.remove(slot);
        if (previous != null) {
            previous.future().cancel(false);
        }
        Pending[] self = new Pending[1];
        ScheduledFuture<?> future = tasks.schedule(delay, save,
                data -> {
                    pending.remove(slot, self[0]);
                    onSaved.accept(data);
                },
                failure -> {
                    pending.remove(slot, self[0]);
                    onFailure.failed(slot, save, failure);
                });
        self[0] = new Pending(future, save);
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
