package jp.clustereval.ui.clusters;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** "6/9" with a bar: my progress on a cluster. */
final class ProgressCell extends TableCell<ClusterRow, ClusterRow> {

    private final ProgressBar bar = new ProgressBar();
    private final Label text = new Label();
    private final HBox box = new HBox(6, bar, text);

    ProgressCell() {
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefHeight(10);
        bar.getStyleClass().add("cluster-progress");
        text.getStyleClass().add("cluster-progress-text");
        text.setMinWidth(30);
        HBox.setHgrow(bar, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ClusterRow row, boolean empty) {
        super.updateItem(row, empty);
        bar.progressProperty().unbind();
        text.textProperty().unbind();
        textProperty().unbind();
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        bar.progressProperty().bind(row.progressProperty());
        text.textProperty().bind(row.progressTextProperty());
        // the text is what screen readers and tests read
        textProperty().bind(row.progressTextProperty());
        setGraphic(box);
    }
}
