package jp.clustereval.ui.sheet;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import jp.clustereval.service.SheetData;
import jp.clustereval.ui.common.BackgroundTasks;

/**
 * Every write of the sheet: grades at once, texts after the typing pause (through {@link TextSaver}).
 * An edit that failed on a full disk or a read-only file is kept ({@link UnsavedEdits}) and saved
 * again on {@link #retry()} or before the next change.
 */
final class SheetSaves {

    private final BackgroundTasks tasks;
    private final TextSaver texts;
    private final UnsavedEdits unsaved = new UnsavedEdits();
    private final BiConsumer<SheetData, Boolean> onSaved;
    private final Consumer<Boolean> onFailed;
    private final Runnable onAllSaved;

    /**
     * @param onSaved    a change reached the disk (data, whether grades changed)
     * @param onFailed   a save failed (true: the edit is kept for a retry; false: show what is stored)
     * @param onAllSaved the last kept edit was saved by a retry
     */
    SheetSaves(BackgroundTasks tasks, Duration textDelay, BiConsumer<SheetData, Boolean> onSaved,
               Consumer<Boolean> onFailed, Runnable onAllSaved) {
        this.tasks = tasks;
        this.onSaved = onSaved;
        this.onFailed = onFailed;
        this.onAllSaved = onAllSaved;
        this.texts = new TextSaver(tasks, textDelay, data -> onSaved.accept(data, false),
                (slot, save, failure) -> failed(new UnsavedEdits.Unsaved(slot, save, false), failure));
    }

    /** Typed text of a slot changed: saved after the pause. */
    void text(String slot, Callable<SheetData> save) {
        retry();
        unsaved.remove(slot);
        texts.changed(slot, save);
    }

    /** A grade changed: saved at once. */
    void grade(String slot, Callable<SheetData> save) {
        retry();
        submit(new UnsavedEdits.Unsaved(slot, save, true));
    }

    void flush(String slot) {
        texts.flush(slot);
    }

    void flushAll() {
        texts.flushAll();
    }

    /** Saves again every kept edit, oldest first. */
    void retry() {
        unsaved.takeAll().forEach(this::submit);
    }

    /** Another database: kept edits belong to the old one. */
    void clear() {
        unsaved.clear();
    }

    ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.anyProperty();
    }

    private void submit(UnsavedEdits.Unsaved edit) {
        unsaved.remove(edit.slot());
        tasks.run(edit.save(), data -> {
            onSaved.accept(data, edit.grades());
            if (unsaved.isEmpty()) {
                onAllSaved.run();
            }
        }, failure -> failed(edit, failure));
    }

    private void failed(UnsavedEdits.Unsaved edit, Throwable failure) {
        boolean keep = UnsavedEdits.isRetryable(failure);
        if (keep) {
            unsaved.put(edit);
        }
        onFailed.accept(keep);
    }
}
