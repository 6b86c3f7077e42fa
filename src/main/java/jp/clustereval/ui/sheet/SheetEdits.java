package jp.clustereval.ui.sheet;

import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import jp.clustereval.service.ItemTextField;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.undo.EditHistory;
import jp.clustereval.ui.undo.EditHistory.Edit;

/**
 * The sheet's edit actions: retry of edits that failed to save, and undo and redo of grades and
 * texts on the sheet shown: an undo sets the old value through the
 * sheet's own paths (so it is saved like any change, with its own audit row and revision).
 * Targets are the sheet's slots: {@code sheet}, {@code <item>/comment}, {@code <item>/indication},
 * {@code <item>/grade}.
 */
public final class SheetEdits {

    private final SheetViewModel sheet;
    private final SheetSaves saves;
    private final EditHistory<SheetKey> history = new EditHistory<>();
    private boolean applying;

    SheetEdits(SheetViewModel sheet, SheetSaves saves) {
        this.sheet = sheet;
        this.saves = saves;
    }

    /** The undo and redo stacks (per sheet; cleared when another database is opened). */
    public EditHistory<SheetKey> history() {
        return history;
    }

    /** Saves again every edit whose save failed (disk full, read-only); also done with the next change. */
    public void retryUnsaved() {
        saves.retry();
    }

    /** True while edits that failed to save are kept on screen for a retry. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return saves.unsavedProperty();
    }

    void recordGrade(String itemId, String before, String after) {
        if (!applying) {
            history.record(new Edit(itemId + "/grade", before, after, false));
        }
    }

    void recordText(String slot, String before, String after) {
        if (!applying) {
            history.record(new Edit(slot, before == null ? "" : before, after, true));
        }
    }

    /** Takes back my last grade or text edit on this sheet (saved as a new change); false when none. */
    public boolean undo() {
        return apply(history.undo(), true);
    }

    /** Applies again the last undone edit; false when none. */
    public boolean redo() {
        return apply(history.redo(), false);
    }

    private boolean apply(Optional<Edit> edit, boolean back) {
        if (edit.isEmpty() || sheet.isReadOnly()) {
            return false;
        }
        Edit e = edit.get();
        String value = back ? e.before() : e.after();
        sheet.flushTexts();
        applying = true;
        try {
            set(e.target(), value);
        } finally {
            applying = false;
        }
        return true;
    }

    private void set(String target, String value) {
        if (target.equals("sheet")) {
            sheet.commentProperty().set(value == null ? "" : value);
            sheet.flushText(null, null);
            return;
        }
        int slash = target.lastIndexOf('/');
        ItemViewModel item = sheet.item(target.substring(0, slash)).orElse(null);
        if (item == null) {
            return;
        }
        switch (target.substring(slash + 1)) {
            case "grade" -> sheet.grade(item, value);
            case "comment" -> {
                item.commentProperty().set(value == null ? "" : value);
                sheet.flushText(item, ItemTextField.COMMENT);
            }
            default -> {
                item.indicationProperty().set(value == null ? "" : value);
                sheet.flushText(item, ItemTextField.INDICATION);
            }
        }
    }
}
