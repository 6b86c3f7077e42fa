package jp.clustereval.ui.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.service.SheetData;

/**
 * Edits whose save failed because the disk is full or the file read-only: the UI keeps showing
 * them, and they are saved again on "Retry" or with the next change. One per slot (a newer edit of
 * the same field replaces the failed one).
 */
final class UnsavedEdits {

    /** The failures after which an edit is kept for a retry (others show what is stored). */
    static final List<String> RETRYABLE = List.of("store.diskFull", "store.readOnly");

    record Unsaved(String slot, Callable<SheetData> save, boolean grades) {
    }

    private final Map<String, Unsaved> edits = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper any = new ReadOnlyBooleanWrapper(this, "any");

    static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException u && RETRYABLE.contains(u.key())) {
                return true;
            }
        }
        return false;
    }

    void put(Unsaved edit) {
        edits.put(edit.slot(), edit);
        any.set(true);
    }

    /** A newer edit of the slot is being saved: the failed one is obsolete. */
    void remove(String slot) {
        edits.remove(slot);
        any.set(!edits.isEmpty());
    }

    /** Every kept edit, oldest first; they are no longer kept (a failing retry puts them back). */
    List<Unsaved> takeAll() {
        List<Unsaved> all = new ArrayList<>(edits.values());
        edits.clear();
        any.set(false);
        return all;
    }

    void clear() {
        takeAll();
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    ReadOnlyBooleanProperty anyProperty() {
        return any.getReadOnlyProperty();
    }
}
