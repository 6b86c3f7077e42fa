package jp.clustereval.ui.clusters;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;

/**
 * "6/9" with a bar: my progress on a cluster. The cell's own text is the figure (what screen
 * readers and tests read) and its graphic the bar, made when the cell first shows a row: no box
 * or extra label per row, which the first frame of the list would have to style and lay out.
 */
final class ProgressCell extends TableCell<ClusterRow, ClusterRow> {

    private ProgressBar bar;

    ProgressCell() {
        setContentDisplay(ContentDisplay.LEFT);
        setGraphicTextGap(6);
        getStyleClass().add("cluster-progress-cell");
    }

    @Override
    protected void updateItem(ClusterRow row, boolean empty) {
        super.updateItem(row, empty);
        if (bar != null) {
            bar.progressProperty().unbind();
        }
        textProperty().unbind();
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        if (bar == null) {
            bar = new ProgressBar();
            bar.getStyleClass().add("cluster-progress");
            bar.setFocusTraversable(false);
        }
        bar.progressProperty().bind(row.progressProperty());
        textProperty().bind(row.progressTextProperty());
        setGraphic(bar);
    }
}
