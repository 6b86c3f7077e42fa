package jp.clustereval.ui.reports;

import javafx.scene.control.RadioMenuItem;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Language;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.DialogService.FileRequest;
import jp.clustereval.ui.common.Messages;

/**
 * The reports menu (the main window's Panel menu, and the results window's own menu bar, so that
 * the reports are at hand where the figures are read): asks where to write (through the dialog
 * service, so tests replace the chooser) and writes in the background; the main window's menu says
 * where the file went (once, whichever menu asked). The report language is chosen by two radio items
 * (Japanese, English), which follow the language however it was chosen.
 */
public final class ReportMenu {

    private final ReportsViewModel vm;
    private final DialogService dialogs;
    private final Messages messages;
    private final RadioMenuItem ja;
    private final RadioMenuItem en;
    private final javafx.beans.value.ChangeListener<java.nio.file.Path> written;
    private final javafx.beans.value.ChangeListener<Language> languageShown;

    /** The main window's menu: it tells when a report is written. */
    public ReportMenu(ReportsViewModel vm, DialogService dialogs, Messages messages, RadioMenuItem ja, RadioMenuItem en) {
        this(vm, dialogs, messages, ja, en, true);
    }

    /**
     * @param tells whether this menu tells when a report is written: one menu does (the main
     *              window's, which lives as long as the application), or each report would be told twice
     */
    public ReportMenu(ReportsViewModel vm, DialogService dialogs, Messages messages, RadioMenuItem ja, RadioMenuItem en,
                      boolean tells) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.messages = messages;
        this.ja = ja;
        this.en = en;
        language(vm.languageProperty().get());
        languageShown = (obs, o, n) -> showLanguage(n);
        vm.languageProperty().addListener(languageShown);
        written = !tells ? (obs, o, path) -> { } : (obs, o, path) -> {
            if (path != null && path.equals(vm.feedbackFolder())) {
                dialogs.notifyDone(messages.get("reports.title"),
                        messages.format("reports.writtenFeedback", vm.feedbackCount(), path.toString()));
            } else if (path != null) {
                dialogs.notifyDone(messages.get("reports.title"), messages.format("reports.written", path.toString()));
            }
        };
        vm.writtenProperty().addListener(written);
    }

    /** The language the next reports are written in. */
    public void language(Language language) {
        vm.languageProperty().set(language);
        showLanguage(language);
    }

    private void showLanguage(Language language) {
        ja.setSelected(language == Language.JA);
        en.setSelected(language == Language.EN);
    }

    /** Stops telling about written reports and following the language (the menu is being replaced). */
    public void dispose() {
        vm.writtenProperty().removeListener(written);
        vm.languageProperty().removeListener(languageShown);
    }

    private String suffix() {
        return vm.languageProperty().get() == Language.JA ? "-ja" : "-en";
    }

    /** The feedback report of the cluster selected in the main window. */
    public void cluster(Cluster cluster) {
        cluster(cluster == null ? null : cluster.code());
    }

    /** The feedback report of the cluster of this code (e.g. the results window's selected row). */
    public void cluster(String code) {
        if (code == null) {
            dialogs.showInfo(messages.get("reports.title"), messages.get("reports.chooseCluster"));
            return;
        }
        dialogs.chooseSaveFile(FileRequest.Kind.SAVE_PDF, "feedback-" + code + suffix() + ".pdf")
                .ifPresent(file -> vm.clusterReport(code, file));
    }

    /** Every cluster's feedback report of the round, into a folder the chair picks (SAP.pdf, ...). */
    public void feedbackAll() {
        dialogs.chooseFolder().ifPresent(vm::feedbackReports);
    }

    public void panelPdf() {
        dialogs.chooseSaveFile(FileRequest.Kind.SAVE_PDF, "panel-summary" + suffix() + ".pdf").ifPresent(vm::panelReport);
    }

    public void panelXlsx() {
        dialogs.chooseSaveFile(FileRequest.Kind.SAVE_XLSX, "panel-results" + suffix() + ".xlsx").ifPresent(vm::panelReport);
    }
}
