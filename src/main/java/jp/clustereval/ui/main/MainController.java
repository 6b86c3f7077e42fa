package jp.clustereval.ui.main;

import java.util.ResourceBundle;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Language;
import jp.clustereval.ui.clusters.ClusterListController;
import jp.clustereval.ui.common.DesktopActions;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.DialogService.FileRequest;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.FileDrops;
import jp.clustereval.ui.common.FxmlLoader;
import jp.clustereval.ui.common.Navigator;
import jp.clustereval.ui.common.Shortcut;
import jp.clustereval.ui.common.Subscriptions;
import jp.clustereval.ui.sheet.SheetController;

/** The main window's menus, language switch and status bar; the panes have their own controllers. */
public final class MainController implements Disposable {

    private final MainViewModel vm;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final DesktopActions desktop;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private BorderPane mainRoot;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private javafx.scene.control.MenuItem menuMarkComplete;
    @FXML private RadioMenuItem menuLanguageJa;
    @FXML private RadioMenuItem menuLanguageEn;
    @FXML private ToggleButton languageJa;
    @FXML private ToggleButton languageEn;
    @FXML private Label statusEvaluator;
    @FXML private Label statusSaved;
    @FXML private javafx.scene.control.ProgressIndicator statusBusy;
    @FXML private Label statusDatabase;
    @FXML private Label statusReadOnly;
    @FXML private javafx.scene.control.Menu menuOpenRecent;
    @FXML private javafx.scene.control.MenuItem menuUndo;
    @FXML private javafx.scene.control.MenuItem menuRedo;
    @FXML private javafx.scene.control.MenuItem menuRetrySave;
    @FXML private javafx.scene.control.MenuItem menuBackupNow;
    @FXML private javafx.scene.control.MenuItem menuRestoreBackup;
    @FXML private RadioMenuItem menuReportJa;
    @FXML private RadioMenuItem menuReportEn;
    @FXML private ClusterListController clusterListController;
    @FXML private StackPane sheetSlot;
    @FXML private StackPane evidenceSlot;
    @FXML private StackPane liveRadarSlot;
    private final FxmlLoader loader;
    private final jp.clustereval.ui.finalise.FinaliseViewModel finalise;
    private jp.clustereval.ui.finalise.FinaliseMenu finaliseMenu;
    private DeferredPanes panes;
    @FXML private ResourceBundle resources;

    public MainController(MainViewModel vm, DialogService dialogs, Navigator navigator, DesktopActions desktop,
                          FxmlLoader loader, jp.clustereval.ui.finalise.FinaliseViewModel finalise) {
        this.finalise = finalise;
        this.vm = vm;
        this.loader = loader;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.desktop = desktop;
    }

    @FXML
    private void initialize() {
        reportMenu = new jp.clustereval.ui.reports.ReportMenu(vm.panelResults().reports(), dialogs, vm.app().messages(),
                menuReportJa, menuReportEn);
        finaliseMenu = new jp.clustereval.ui.finalise.FinaliseMenu(finalise, dialogs, vm.app().messages(),
                () -> vm.panelResults().reports().languageProperty().get());
        boolean ja = vm.app().language() == Language.JA;
        menuLanguageJa.setSelected(ja);
        menuLanguageEn.setSelected(!ja);
        languageJa.setSelected(ja);
        languageEn.setSelected(!ja);
        languageJa.setAccessibleText("日本語");
        languageEn.setAccessibleText("English");
        statusEvaluator.textProperty().bind(vm.status().evaluatorProperty());
        statusSaved.textProperty().bind(vm.status().savedProperty());
        statusDatabase.textProperty().bind(vm.status().databaseProperty());
        statusSaved.setAccessibleText(resources.getString("status.accessible.saved"));
        statusBusy.visibleProperty().bind(vm.status().busyProperty());
        statusBusy.managedProperty().bind(statusBusy.visibleProperty());
        statusBusy.setAccessibleText(resources.getString("status.busy"));
        statusDatabase.setAccessibleText(resources.getString("status.accessible.database"));
        subscriptions.onChange(vm.status().failedProperty(), (obs, o, failed) -> styleSaved(failed));
        styleSaved(vm.status().failedProperty().get());
        panes = new DeferredPanes(loader, sheetSlot, evidenceSlot, liveRadarSlot);
        panes.buildAfterListShown(vm.clusters().loadingProperty());
        clusterListController.setOnOpen(code -> {
            if (sheet() != null) {
                sheet().openAtFirstUngraded(code);
            }
        });
        clusterListController.setOnGradeKey((code, key) -> sheet() != null && sheet().gradeFirstUngraded(code, key));
        Shortcut.applyTo(menuBar);
        bindMarkComplete();
        DesktopMenus menus = new DesktopMenus(vm, desktop, resources);
        menus.bind(menuOpenRecent, menuUndo, menuRedo, menuRetrySave, menuBackupNow, menuRestoreBackup, statusReadOnly,
                subscriptions);
        menus.explainReadOnly(menuBar);
        // score files or folders dropped anywhere on the window are previewed for import
        FileDrops.install(mainRoot, navigator::showImport);
        subscriptions.onChange(vm.scoreExport().exportedProperty(), (obs, o, result) -> {
            if (result != null) {
                dialogs.showInfo(resources.getString("exportScores.title"), vm.scoreExport().message(result));
            }
        });
    }

    /** Sheet > Mark complete says what it does now, as the sheet's button does. */
    private void bindMarkComplete() {
        var complete = vm.sheet().statusProperty().isEqualTo(jp.clustereval.domain.SheetStatus.COMPLETE);
        menuMarkComplete.textProperty().bind(javafx.beans.binding.Bindings.when(complete)
                .then(resources.getString("menu.sheet.completed")).otherwise(resources.getString("menu.sheet.markComplete")));
        menuMarkComplete.disableProperty().bind(complete.or(vm.sheet().clusterProperty().isNull()));
    }

    private SheetController sheet() {
        return panes.sheet();
    }

    private void styleSaved(boolean failed) {
        statusSaved.getStyleClass().remove("failed");
        if (failed) {
            statusSaved.getStyleClass().add("failed");
        }
    }

    @FXML
    private void openDatabase() {
        var current = vm.app().session() == null ? null : vm.app().session().file();
        dialogs.chooseDatabase(current).ifPresent(desktop::openDatabase);
    }

    @FXML
    private void switchRound() {
        navigator.showSwitchRound();
    }

    @FXML
    private void newRound() {
        navigator.showNewRound();
    }

    @FXML
    private void editDefinition() {
        navigator.showRoundEditor();
    }

    @FXML
    private void undo() {
        vm.sheet().edits().undo();
    }

    @FXML
    private void redo() {
        vm.sheet().edits().redo();
    }

    @FXML
    private void retrySave() {
        vm.sheet().edits().retryUnsaved();
    }

    @FXML
    private void backupNow() {
        desktop.backupNow();
    }

    @FXML
    private void restoreBackup() {
        desktop.restoreBackup();
    }

    @FXML
    private void showSettings() {
        desktop.showSettings();
    }

    @FXML
    private void openLogFolder() {
        desktop.openLogFolder();
    }

    @FXML
    private void exportChart() {
        Cluster c = vm.sheet().clusterProperty().get();
        if (c == null) {
            return;
        }
        dialogs.chooseChartFile("radar-" + c.code() + ".png").ifPresent(file -> {
            try {
                vm.radar().exportSelected(file);
            } catch (RuntimeException e) {
                dialogs.report(e);
            }
        });
    }

    @FXML
    private void writeRoundPackage() {
        navigator.writeRoundPackage();
    }

    @FXML
    private void exportScores() {
        dialogs.chooseSaveFile(FileRequest.Kind.SAVE_SCORE_FILE, vm.scoreExport().suggestedFileName())
                .ifPresent(vm.scoreExport()::export);
    }

    /** Panel > Import evidence: a CSV of figures for the session's round, its period asked for, stored on the worker. */
    @FXML
    private void importEvidence() {
        dialogs.chooseOpenFile(FileRequest.Kind.OPEN_EVIDENCE).ifPresent(file ->
                dialogs.show(jp.clustereval.ui.evidence.EvidencePeriodDialog.create(vm.app().messages()), period ->
                        period.ifPresent(p -> vm.evidence().importFile(file, p,
                                done -> dialogs.notifyDone(resources.getString("evidence.import.title"), done)))));
    }

    @FXML
    private void importFiles() {
        var files = dialogs.chooseScoreFiles();
        if (!files.isEmpty()) {
            navigator.showImport(files);
        }
    }

    @FXML
    private void importFolder() {
        dialogs.chooseFolder().ifPresent(folder -> navigator.showImport(java.util.List.of(folder)));
    }

    @FXML
    private void showImport() {
        navigator.showImport(java.util.List.of());
    }

    @FXML
    private void showOverview() {
        navigator.showOverview();
    }

    @FXML
    private void showCompleteness() {
        navigator.showCompleteness();
    }

    @FXML
    private void showMissing() {
        navigator.showMissing();
    }

    @FXML
    private void showConflicts() {
        navigator.showConflicts();
    }

    @FXML
    private void showKeys() {
        navigator.showKeys();
    }

    @FXML
    private void openRoundPackage() {
        navigator.openRoundPackage(null);
    }

    @FXML
    private void showRoster() {
        navigator.showRoster();
    }

    @FXML
    private void showAssignments() {
        navigator.showAssignments();
    }

    /* Panel results (issue 4): the results window and the reports. */
    private jp.clustereval.ui.reports.ReportMenu reportMenu;

    private jp.clustereval.ui.reports.ReportMenu reports() {
        return reportMenu;
    }

    @FXML
    private void showWeights() {
        navigator.showResults(true);
    }

    @FXML
    private void showResults() {
        navigator.showResults(false);
    }

    @FXML
    private void showMeeting() {
        navigator.showMeeting();
    }

    @FXML
    private void reportCluster() {
        reports().cluster(vm.sheet().clusterProperty().get());
    }

    @FXML
    private void reportFeedbackAll() {
        reports().feedbackAll();
    }

    @FXML
    private void reportPanelPdf() {
        reports().panelPdf();
    }

    @FXML
    private void reportPanelXlsx() {
        reports().panelXlsx();
    }

    @FXML
    private void finaliseRound() {
        finaliseMenu.finalise();
    }

    @FXML
    private void reopenRound() {
        finaliseMenu.reopen();
    }

    @FXML
    private void reportDecisionPdf() {
        finaliseMenu.decisionRecord(false);
    }

    @FXML
    private void reportDecisionJson() {
        finaliseMenu.decisionRecord(true);
    }

    @FXML
    private void reportLanguageJa() {
        reports().language(Language.JA);
    }

    @FXML
    private void reportLanguageEn() {
        reports().language(Language.EN);
    }

    @FXML
    private void quit() {
        navigator.quit();
    }

    @FXML
    private void markComplete() {
        sheet().markComplete();
    }

    @FXML
    private void focusFirstItem() {
        sheet().focusFirstItem();
    }

    @FXML
    private void focusSearch() {
        clusterListController.focusSearch();
    }

    @FXML
    private void showRadar() {
        navigator.showRadar(false);
    }

    @FXML
    private void showRadarGrid() {
        navigator.showRadar(true);
    }

    @FXML
    private void languageJa() {
        switchLanguage(Language.JA);
    }

    @FXML
    private void languageEn() {
        switchLanguage(Language.EN);
    }

    @FXML
    private void toggleLanguage() {
        switchLanguage(vm.app().language() == Language.JA ? Language.EN : Language.JA);
    }

    /** The shell rebuilds the window in the new language; until then the controls show the choice. */
    private void switchLanguage(Language language) {
        vm.setLanguage(language);
        boolean ja = language == Language.JA;
        languageJa.setSelected(ja);
        languageEn.setSelected(!ja);
        menuLanguageJa.setSelected(ja);
        menuLanguageEn.setSelected(!ja);
    }

    @FXML
    private void showKeyboard() {
        navigator.showKeyboard();
    }

    @FXML
    private void showAbout() {
        navigator.showAbout();
    }

    @Override
    public void dispose() {
        panes.dispose();
        reportMenu.dispose();
        subscriptions.dispose();
    }
}
