package jp.clustereval.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values posted from a worker to the UI thread, keeping only the latest: at most one
 * delivery is queued at a time, so a thousand progress updates from a fast loop cost the FX thread
 * a handful of updates instead of a thousand queued runnables (each with its text to format and its
 * layout to redo) that would hold up the next pulse. Values are delivered in posting order, none
 * after a later one; a delivery queued before the worker's result is delivered runs before it.
 */
public final class Coalescer<T> {

    private final Executor ui;
    private final Consumer<? super T> sink;
    private final AtomicReference<T> pending = new AtomicReference<>();

    public Coalescer(Executor ui, Consumer<? super T> sink) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Posts a value (any thread); it replaces one not delivered yet. */
    public void post(T value) {
        Objects.requireNonNull(value, "value");
        if (pending.getAndSet(value) == null) {
            ui.execute(this::deliver);
        }
    }

    private void deliver() {
        T value = pending.getAndSet(null);
        if (value != null) {
            sink.accept(value);
        }
    }
}
