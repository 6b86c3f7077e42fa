package jp.clustereval.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo stacks of edits, one pair per document (a sheet). Plain data, no nodes: an undo
 * is applied by the caller as a new change through the same services (with its own audit row),
 * so nothing is ever rewritten in place. Consecutive edits of the same text field are one edit.
 *
 * @param <K> what identifies a document (the sheet key)
 */
public final class EditHistory<K> {

    /** How many edits of one document are kept. */
    public static final int LIMIT = 200;

    /**
     * One edit: a target (e.g. {@code grade:1.1}, {@code comment:1.1}, {@code sheet}), the value
     * before and after (null = none).
     *
     * @param text true for typed text, where consecutive keystrokes merge into one edit
     */
    public record Edit(String target, String before, String after, boolean text) {
        public Edit {
            Objects.requireNonNull(target, "target");
        }
    }

    private final Map<K, Deque<Edit>> undo = new HashMap<>();
    private final Map<K, Deque<Edit>> redo = new HashMap<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private K current;
    private boolean open;

    /** The document shown now: undo and redo act on its edits. */
    public void show(K document) {
        current = document;
        open = false;
        update();
    }

    /** Records an edit of the document shown now; clears its redo stack. */
    public void record(Edit edit) {
        if (current == null || Objects.equals(edit.before(), edit.after())) {
            return;
        }
        Deque<Edit> stack = undo.computeIfAbsent(current, k -> new ArrayDeque<>());
        Edit top = stack.peek();
        if (open && edit.text() && top != null && top.text() && top.target().equals(edit.target())) {
            stack.pop();
            edit = new Edit(edit.target(), top.before(), edit.after(), true);
            if (Objects.equals(edit.before(), edit.after())) {
                update();
                return;
            }
        }
        stack.push(edit);
        while (stack.size() > LIMIT) {
            stack.removeLast();
        }
        open = edit.text();
        redo.remove(current);
        update();
    }

    /** Ends the merging of keystrokes (the field lost focus): the next typing is a new edit. */
    public void seal() {
        open = false;
    }

    /** The edit to take back (apply its {@code before}), moved to the redo stack; empty when none. */
    public Optional<Edit> undo() {
        return move(undo, redo);
    }

    /** The edit to apply again (its {@code after}), moved back to the undo stack; empty when none. */
    public Optional<Edit> redo() {
        return move(redo, undo);
    }

    private Optional<Edit> move(Map<K, Deque<Edit>> from, Map<K, Deque<Edit>> to) {
        open = false;
        Deque<Edit> stack = current == null ? null : from.get(current);
        if (stack == null || stack.isEmpty()) {
            return Optional.empty();
        }
        Edit e = stack.pop();
        to.computeIfAbsent(current, k -> new ArrayDeque<>()).push(e);
        update();
        return Optional.of(e);
    }

    /** Forgets every document's edits (another database was opened). */
    public void clear() {
        undo.clear();
        redo.clear();
        open = false;
        update();
    }

    private void update() {
        canUndo.set(current != null && undo.containsKey(current) && !undo.get(current).isEmpty());
        canRedo.set(current != null && redo.containsKey(current) && !redo.get(current).isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
