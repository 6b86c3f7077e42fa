package jp.clustereval.ui.clusters;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * "6/9" with a bar: my progress on a cluster. The bar and its label are made when the cell first
 * shows a row: the table fills its height with empty cells, which never need them (fewer nodes in
 * the first frame).
 */
final class ProgressCell extends TableCell<ClusterRow, ClusterRow> {

    private ProgressBar bar;
    private Label text;
    private HBox box;

    ProgressCell() {
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ClusterRow row, boolean empty) {
        super.updateItem(row, empty);
        if (box != null) {
            bar.progressProperty().unbind();
            text.textProperty().unbind();
        }
        textProperty().unbind();
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        if (box == null) {
            makeGraphic();
        }
        bar.progressProperty().bind(row.progressProperty());
        text.textProperty().bind(row.progressTextProperty());
        // the text is what screen readers and tests read
        textProperty().bind(row.progressTextProperty());
        setGraphic(box);
    }

    private void makeGraphic() {
        bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefHeight(10);
        bar.getStyleClass().add("cluster-progress");
        text = new Label();
        text.getStyleClass().add("cluster-progress-text");
        text.setMinWidth(30);
        HBox.setHgrow(bar, Priority.ALWAYS);
        box = new HBox(6, bar, text);
        box.setAlignment(Pos.CENTER_LEFT);
    }
}
