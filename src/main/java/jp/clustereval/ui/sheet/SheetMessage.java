package jp.clustereval.ui.sheet;

import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sheet's inline message (missing items, marked complete, save failed). Kept as a text source,
 * not a string, so a language switch re-renders it.
 */
final class SheetMessage {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty warning = new SimpleBooleanProperty(this, "warning");
    private Supplier<String> source = () -> "";
    private boolean kept;

    void set(Supplier<String> newSource, boolean isWarning) {
        kept = false;
        source = newSource;
        warning.set(isWarning);
        text.set(newSource.get());
    }

    /** The warning that failed edits are kept for a retry (cleared once they are saved). */
    void setKept(Supplier<String> newSource) {
        set(newSource, true);
        kept = true;
    }

    /** Every kept edit was saved: the warning about them goes (another message stays). */
    void clearKept() {
        if (kept) {
            clear();
        }
    }

    void clear() {
        set(() -> "", false);
    }

    /** The language changed: render the same message again. */
    void relocalize() {
        text.set(source.get());
    }

    StringProperty textProperty() {
        return text;
    }

    BooleanProperty warningProperty() {
        return warning;
    }
}
