package jp.clustereval.ui.common;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import jp.clustereval.common.SafeText;

/**
 * Table columns of read-only figures: text from a function of the row (one line, control characters
 * escaped: a cell may show a name or a comment from a score file), numbers right-aligned.
 */
public final class Cells {

    private Cells() {
    }

    public static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(SafeText.line(value.apply(c.getValue()))));
    }

    /** A number with the given decimals in the locale ("—" for NaN), right-aligned. */
    public static <R> void number(TableColumn<R, String> column, Function<R, Double> value, int decimals,
                                  Supplier<Locale> locale) {
        text(column, r -> {
            Double v = value.apply(r);
            return v == null || v.isNaN() ? "—" : jp.clustereval.common.Decimals.format(locale.get(), "%." + decimals + "f", v);
        });
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        column.getStyleClass().add("numeric");
    }
}
