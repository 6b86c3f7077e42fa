package jp.clustereval.ui.results;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import jp.clustereval.ui.common.Disposable;

/**
 * The results window's frame: the cohort and raw/calibrated choice shared by every tab, and its own
 * Reports menu (the window may cover the main window's menu; the reports were out of reach until it
 * was closed).
 */
public final class PanelResultsController implements Disposable {

    private final PanelResultsViewModel vm;
    private final jp.clustereval.ui.common.DialogService dialogs;
    private jp.clustereval.ui.reports.ReportMenu reports;
    @FXML private javafx.scene.control.MenuBar resultsMenuBar;
    @FXML private javafx.scene.control.RadioMenuItem resultsReportJa;
    @FXML private javafx.scene.control.RadioMenuItem resultsReportEn;
    @FXML private ResultsController resultsPaneController;

    @FXML private ComboBox<CohortChoice> cohortChoice;
    @FXML private CheckBox calibratedCheck;
    @FXML private CheckBox includePartialCheck;
    @FXML private Label partialMark;
    @FXML private TabPane resultsTabs;
    @FXML private Tab weightsTab;
    @FXML private Tab resultsTab;

    private final jp.clustereval.ui.common.Messages messages;

    public PanelResultsController(PanelResultsViewModel vm, jp.clustereval.ui.common.DialogService dialogs,
                                  jp.clustereval.ui.common.Messages messages) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        // the main window's menu tells when a report is written; this one does not tell it twice
        reports = new jp.clustereval.ui.reports.ReportMenu(vm.reports(), dialogs, messages,
                resultsReportJa, resultsReportEn, false);
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
    private void reportCluster() {
        reports.cluster(resultsPaneController == null ? null : resultsPaneController.selectedCode());
    }

    @FXML
    private void reportFeedbackAll() {
        reports.feedbackAll();
    }

    @FXML
    private void reportPanelPdf() {
        reports.panelPdf();
    }

    @FXML
    private void reportPanelXlsx() {
        reports.panelXlsx();
    }

    @FXML
    private void reportLanguageJa() {
        reports.language(jp.clustereval.domain.Language.JA);
    }

    @FXML
    private void reportLanguageEn() {
        reports.language(jp.clustereval.domain.Language.EN);
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
        reports.dispose();
        cohortChoice.valueProperty().unbindBidirectional(vm.results().cohortProperty());
        calibratedCheck.selectedProperty().unbindBidirectional(vm.results().calibratedProperty());
        includePartialCheck.selectedProperty().unbindBidirectional(vm.results().includePartialProperty());
        partialMark.textProperty().unbind();
        partialMark.visibleProperty().unbind();
        partialMark.managedProperty().unbind();
        cohortChoice.setItems(null);
    }
}
