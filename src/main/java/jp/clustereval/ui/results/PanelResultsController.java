package jp.clustereval.ui.results;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import jp.clustereval.ui.common.Disposable;

/** The results window's frame: the cohort and raw/calibrated choice shared by every tab. */
public final class PanelResultsController implements Disposable {

    private final PanelResultsViewModel vm;

    @FXML private ComboBox<CohortChoice> cohortChoice;
    @FXML private CheckBox calibratedCheck;
    @FXML private CheckBox includePartialCheck;
    @FXML private Label partialMark;
    @FXML private TabPane resultsTabs;
    @FXML private Tab weightsTab;
    @FXML private Tab resultsTab;

    public PanelResultsController(PanelResultsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        ResultsViewModel r = vm.results();
        cohortChoice.setItems(r.cohorts());
        cohortChoice.valueProperty().bindBidirectional(r.cohortProperty());
        calibratedCheck.selectedProperty().bindBidirectional(r.calibratedProperty());
        includePartialCheck.selectedProperty().bindBidirectional(r.includePartialProperty());
        partialMark.textProperty().bind(r.partialMarkProperty());
        partialMark.visibleProperty().bind(r.partialMarkProperty().isNotEmpty());
        partialMark.managedProperty().bind(partialMark.visibleProperty());
    }

    /** Brings the weights tab (true) or the results tab (false) forward. */
    public void showTab(boolean weights) {
        resultsTabs.getSelectionModel().select(weights ? weightsTab : resultsTab);
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    @FXML
    private void close() {
        resultsTabs.getScene().getWindow().hide();
    }

    @Override
    public void dispose() {
        cohortChoice.valueProperty().unbindBidirectional(vm.results().cohortProperty());
        calibratedCheck.selectedProperty().unbindBidirectional(vm.results().calibratedProperty());
        includePartialCheck.selectedProperty().unbindBidirectional(vm.results().includePartialProperty());
        partialMark.textProperty().unbind();
        partialMark.visibleProperty().unbind();
        partialMark.managedProperty().unbind();
        cohortChoice.setItems(null);
    }
}
