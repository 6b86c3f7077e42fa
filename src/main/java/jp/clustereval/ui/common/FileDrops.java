package jp.clustereval.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Files and folders dropped anywhere on a node (and its children) go to one consumer. */
public final class FileDrops {

    private FileDrops() {
    }

    public static void install(Node target, Consumer<List<Path>> onDrop) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getGestureSource() == null && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Dragboard board = e.getDragboard();
            boolean done = false;
            if (board.hasFiles() && !board.getFiles().isEmpty()) {
                List<Path> paths = board.getFiles().stream().map(File::toPath).toList();
                // after the drop gesture has ended: the consumer may open a window
                javafx.application.Platform.runLater(() -> onDrop.accept(paths));
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
