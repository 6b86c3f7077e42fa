package jp.clustereval.ui.reports;

import javafx.scene.control.RadioMenuItem;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Language;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.DialogService.FileRequest;
import jp.clustereval.ui.common.Messages;

/**
 * The Panel menu's reports: asks where to write (through the dialog service, so tests replace the
 * chooser), writes in the background and says where the file went. The report language is chosen
 * by two radio items (Japanese, English).
 */
public final class ReportMenu {

    private final ReportsViewModel vm;
    private final DialogService dialogs;
    private final Messages messages;
    private final RadioMenuItem ja;
    private final RadioMenuItem en;
    private final javafx.beans.value.ChangeListener<java.nio.file.Path> written;
    /** The folder of an "every feedback report" run under way (its message counts the files). */
    private java.nio.file.Path allInto;

    public ReportMenu(ReportsViewModel vm, DialogService dialogs, Messages messages, RadioMenuItem ja, RadioMenuItem en) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.messages = messages;
        this.ja = ja;
        this.en = en;
        language(vm.languageProperty().get());
        written = (obs, o, path) -> {
            if (path != null && path.equals(allInto)) {
                allInto = null;
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
        ja.setSelected(language == Language.JA);
        en.setSelected(language == Language.EN);
    }

    /** Stops telling about written reports (the menu is being replaced). */
    public void dispose() {
        vm.writtenProperty().removeListener(written);
    }

    private String suffix() {
        return vm.languageProperty().get() == Language.JA ? "-ja" : "-en";
    }

    /** The feedback report of the cluster selected in the main window. */
    public void cluster(Cluster cluster) {
        if (cluster == null) {
            dialogs.showInfo(messages.get("reports.title"), messages.get("reports.chooseCluster"));
            return;
        }
        dialogs.chooseSaveFile(FileRequest.Kind.SAVE_PDF, "feedback-" + cluster.code() + suffix() + ".pdf")
                .ifPresent(file -> vm.clusterReport(cluster.code(), file));
    }

    /** Every cluster's feedback report of the round, into a folder the chair picks (SAP.pdf, ...). */
    public void feedbackAll() {
        dialogs.chooseFolder().ifPresent(folder -> {
            allInto = folder;
            vm.feedbackReports(folder);
        });
    }

    public void panelPdf() {
        dialogs.chooseSaveFile(FileRequest.Kind.SAVE_PDF, "panel-summary" + suffix() + ".pdf").ifPresent(vm::panelReport);
    }

    public void panelXlsx() {
        dialogs.chooseSaveFile(FileRequest.Kind.SAVE_XLSX, "panel-results" + suffix() + ".xlsx").ifPresent(vm::panelReport);
    }
}
