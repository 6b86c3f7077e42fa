package jp.clustereval.ui.radar;

import java.util.List;
import java.util.ResourceBundle;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import jp.clustereval.chart.fx.ChartPane;
import jp.clustereval.chart.RadarData;
import jp.clustereval.chart.fx.GridCanvas;
import jp.clustereval.domain.Round;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Subscriptions;

/** The radar window: the selected cluster over every evaluator, and the cohort grid. */
public final class RadarController implements Disposable {

    private final RadarViewModel vm;
    private final DialogService dialogs;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ChartPane viewer = new ChartPane();
    private GridCanvas gridCanvas;

    @FXML private TabPane radarTabs;
    @FXML private Tab clusterTab;
    @FXML private Tab gridTab;
    @FXML private StackPane clusterChartHolder;
    @FXML private Label clusterChartPlaceholder;
    @FXML private StackPane gridHolder;
    @FXML private Label radarExportMessage;
    @FXML private ComboBox<RadarCompareViewModel.RoundChoice> compareRoundChoice;
    @FXML private Label compareChanges;
    @FXML private Label compareRoundLabel;
    @FXML private ResourceBundle resources;

    public RadarController(RadarViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        viewer.setId("radarChart");
        viewer.setAccessibleText(resources.getString("radar.tab.cluster"));
        clusterChartHolder.getChildren().add(viewer);
        gridCanvas = new GridCanvas(this::openCell);
        gridCanvas.setId("radarGrid");
        gridCanvas.setAccessibleText(resources.getString("radar.tab.grid"));
        gridHolder.getChildren().add(gridCanvas);
        radarExportMessage.textProperty().bind(vm.exportMessageProperty());
        subscriptions.onChange(vm.selectedProperty(), (obs, o, n) -> showSelected(n));
        subscriptions.onListChange(vm.grid(), change -> showGrid());
        radarTabs.setAccessibleText(resources.getString("radar.window.title"));
        compareRoundLabel.setLabelFor(compareRoundChoice); // set here: FXML cannot name a control declared after the label
        RadarCompareViewModel compare = vm.compare();
        compareRoundChoice.setItems(compare.rounds());
        compareRoundChoice.valueProperty().bindBidirectional(compare.otherProperty());
        compareChanges.textProperty().bind(compare.changesProperty());
        subscriptions.onChange(compare.chartProperty(), (obs, o, n) -> showSelected(vm.selectedProperty().get()));
        compare.loadRounds();
        showSelected(vm.selectedProperty().get());
        showGrid();
    }

    /** Shows the grid tab (true) or the single cluster (false). */
    public void showTab(boolean grid) {
        radarTabs.getSelectionModel().select(grid ? gridTab : clusterTab);
    }

    private void showSelected(RadarModel model) {
        Messages m = vm.app().messages();
        Round round = vm.app().session() == null ? null : vm.app().session().round();
        if (model == null || round == null) {
            viewer.setVisible(false);
            clusterChartPlaceholder.setText(m.get("radar.noSelection"));
            clusterChartPlaceholder.setVisible(true);
            return;
        }
        RadarData compared = vm.compare().chartProperty().get();
        if (compared != null) {
            // the selected cluster in two rounds, while "Compare with round" names one
            viewer.setChart(jp.clustereval.chart.RadarChartFactory.create(compared));
            viewer.setVisible(true);
            clusterChartPlaceholder.setVisible(false);
            return;
        }
        viewer.setChart(RadarCharts.chart(model, round, m));
        viewer.setVisible(true);
        clusterChartPlaceholder.setVisible(!model.hasData());
        clusterChartPlaceholder.setText(model.hasData() ? "" : m.format("radar.noData", model.clusterCode()));
        if (!model.hasData()) {
            viewer.setVisible(false);
        }
    }

    private void showGrid() {
        Round round = vm.app().session() == null ? null : vm.app().session().round();
        if (round == null) {
            gridCanvas.setCells(List.of());
            return;
        }
        Messages m = vm.app().messages();
        List<RadarData> cells = vm.grid().stream().map(g -> RadarCharts.gridCell(g, round, m)).toList();
        gridCanvas.setCells(cells);
    }

    private void openCell(int index) {
        if (index < vm.grid().size()) {
            String code = vm.grid().get(index).clusterCode();
            vm.selectCluster(code);
            showTab(false);
        }
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    @FXML
    private void export() {
        boolean grid = radarTabs.getSelectionModel().getSelectedItem() == gridTab;
        RadarModel selected = vm.selectedProperty().get();
        String name = grid ? "radar-grid.png" : "radar-" + (selected == null ? "cluster" : selected.clusterCode()) + ".png";
        dialogs.chooseChartFile(name).ifPresent(file -> {
            try {
                if (grid) {
                    vm.exportGrid(file);
                } else {
                    vm.exportSelected(file);
                }
            } catch (RuntimeException e) {
                dialogs.report(e);
            }
        });
    }

    @FXML
    private void close() {
        radarTabs.getScene().getWindow().hide();
    }

    @Override
    public void dispose() {
        compareRoundChoice.valueProperty().unbindBidirectional(vm.compare().otherProperty());
        subscriptions.dispose();
    }
}
