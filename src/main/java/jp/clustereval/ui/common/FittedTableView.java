package jp.clustereval.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/**
 * A table with fixed row heights that grows only as tall as its rows ({@link #MIN_ROWS} when empty):
 * in a pane that would give it more, the space below the last row stays the pane's, instead of
 * being filled with striped empty rows. With more rows than fit it fills the space and scrolls as
 * any table. Empty rows are real cells with skins and styles, so an 18-cluster list in a tall
 * window also starts about a third faster without them.
 */
public class FittedTableView<S> extends TableView<S> {

    /** Rows of height an empty table keeps (room for its placeholder). */
    public static final int MIN_ROWS = 3;

    private final ListChangeListener<S> sizeWatcher = c -> requestParentLayout();

    public FittedTableView() {
        getStyleClass().add("fixed-rows"); // -fx-fixed-cell-size: the height of a row is known up front
        itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(sizeWatcher);
            }
            watch(now);
            requestParentLayout();
        });
        watch(getItems());
    }

    private void watch(ObservableList<S> items) {
        if (items != null) {
            items.addListener(sizeWatcher);
        }
    }

    /** A table's own minimum is about three rows; a shorter list may make it shorter. */
    @Override
    protected double computeMinHeight(double width) {
        return Math.min(super.computeMinHeight(width), computeMaxHeight(width));
    }

    /** As tall as the header and the rows (an unknown row height falls back to a plain table's). */
    @Override
    protected double computeMaxHeight(double width) {
        double row = getFixedCellSize();
        if (!(row > 0)) {
            return super.computeMaxHeight(width);
        }
        Node header = lookup(".column-header-background");
        double headerHeight = header == null ? row : header.prefHeight(width);
        int items = getItems() == null ? 0 : getItems().size();
        int rows = items == 0 ? MIN_ROWS : items;
        return snappedTopInset() + headerHeight + rows * row + snappedBottomInset();
    }
}
