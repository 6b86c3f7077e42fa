package jp.clustereval.ui.radar;

import java.util.ResourceBundle;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import jp.clustereval.chart.fx.ChartPane;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Subscriptions;

/** Shows the live radar (my scores vs the cohort average) and redraws it on every change. */
public final class LiveRadarController implements Disposable {

    private final LiveRadarViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ChartPane viewer = new ChartPane();

    @FXML private StackPane liveRadarHolder;
    @FXML private Label liveRadarNote;
    @FXML private Label liveRadarEmpty;
    @FXML private ResourceBundle resources;

    public LiveRadarController(LiveRadarViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        viewer.setId("liveRadarChart");
        viewer.setAccessibleText(resources.getString("liveRadar.title"));
        viewer.setMinSize(200, 200);
        // about square: a tall narrow area would only add empty space between web and legend
        viewer.maxHeightProperty().bind(liveRadarHolder.widthProperty().multiply(1.15));
        liveRadarHolder.getChildren().add(viewer);
        subscriptions.onChange(vm.modelProperty(), (obs, o, n) -> show(n));
        show(vm.modelProperty().get());
    }

    private void show(RadarModel model) {
        boolean empty = model == null || vm.app().session() == null
                || (model.cluster().isEmpty() && model.cohort().isEmpty());
        liveRadarEmpty.setVisible(empty && model != null);
        if (empty) {
            viewer.setVisible(false);
            liveRadarNote.setText("");
            return;
        }
        Messages m = vm.app().messages();
        viewer.setChart(RadarCharts.chart(model, vm.app().session().round(), m));
        viewer.setVisible(true);
        liveRadarNote.setText(model.cohort().isEmpty() ? m.get("liveRadar.noCohort")
                : m.format("liveRadar.note", model.cohortClusters()));
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
