package jp.clustereval.ui.common;

import java.util.List;

import javafx.scene.Parent;

/** A loaded FXML view: its root node, its controller and those of the views it includes. */
public record View<C>(Parent root, C controller, List<Object> controllers) {

    /** Detaches every controller from the view models (the view is being replaced). */
    public void dispose() {
        for (Object c : controllers) {
            if (c instanceof Disposable d) {
                d.dispose();
            }
        }
    }
}
