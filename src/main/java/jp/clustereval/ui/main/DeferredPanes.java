package jp.clustereval.ui.main;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.StackPane;
import jp.clustereval.ui.common.AfterFirstFrame;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.FxmlLoader;
import jp.clustereval.ui.common.FxmlView;
import jp.clustereval.ui.common.View;
import jp.clustereval.ui.sheet.SheetController;

/**
 * The sheet, evidence and live-radar panes of the main window. They are most of its controls and
 * its only chart, so they are built after the first frame (start-up shows the menu, status bar
 * and cluster list first), or earlier if a menu action needs the sheet.
 */
final class DeferredPanes implements Disposable {

    private final FxmlLoader loader;
    private final StackPane sheetSlot;
    private final StackPane evidenceSlot;
    private final StackPane liveRadarSlot;
    private final List<View<?>> views = new ArrayList<>();
    private SheetController sheet;
    private boolean disposed;

    DeferredPanes(FxmlLoader loader, StackPane sheetSlot, StackPane evidenceSlot, StackPane liveRadarSlot) {
        this.loader = loader;
        this.sheetSlot = sheetSlot;
        this.evidenceSlot = evidenceSlot;
        this.liveRadarSlot = liveRadarSlot;
    }

    /**
     * Builds the panes after the first frame that shows the cluster list: at once if the list is
     * loaded, else when its loading ends (the list is what start-up must show first).
     */
    void buildAfterListShown(ReadOnlyBooleanProperty listLoading) {
        if (!listLoading.get()) {
            AfterFirstFrame.run(this::build);
            return;
        }
        listLoading.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean loading) {
                if (!loading) {
                    listLoading.removeListener(this);
                    AfterFirstFrame.run(DeferredPanes.this::build);
                }
            }
        });
    }

    /** The sheet's controller, building the panes now if they are not yet; null once disposed. */
    SheetController sheet() {
        build();
        return sheet;
    }

    private void build() {
        if (sheet != null || disposed) {
            return;
        }
        View<SheetController> sheetView = load(FxmlView.SHEET, sheetSlot);
        load(FxmlView.EVIDENCE, evidenceSlot);
        load(FxmlView.LIVE_RADAR, liveRadarSlot);
        sheet = sheetView.controller();
    }

    private <C> View<C> load(FxmlView name, StackPane slot) {
        View<C> view = loader.load(name);
        views.add(view);
        slot.getChildren().setAll(view.root());
        return view;
    }

    @Override
    public void dispose() {
        disposed = true;
        views.forEach(View::dispose);
    }
}
