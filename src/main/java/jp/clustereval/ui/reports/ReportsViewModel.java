package jp.clustereval.ui.reports;

import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import jp.clustereval.domain.Language;
import jp.clustereval.service.PanelService;
import jp.clustereval.service.ReportService;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/**
 * The reports, written in the background in Japanese or English over the results' current choice
 * (cohort, raw or calibrated; the reports say which): a cluster's feedback PDF, every cluster's
 * into a folder, the panel summary as PDF or xlsx (by the file's extension).
 */
public final class ReportsViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Supplier<PanelService.Scope> scope;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");
    /** How many feedback reports the last "every cluster" run wrote (set off the FX thread, read once it is done). */
    private final java.util.concurrent.atomic.AtomicInteger feedbackCount = new java.util.concurrent.atomic.AtomicInteger();
    /** The folder of the last "every feedback report" run (null after a single report): its notice counts the files. */
    private Path feedbackFolder;

    public ReportsViewModel(AppState app, BackgroundTasks tasks, Supplier<PanelService.Scope> scope) {
        this.app = app;
        this.tasks = tasks;
        this.scope = scope;
        language.set(app.language());
    }

    private ReportService.Options options() {
        PanelService.Scope sc = scope.get();
        ReportService.Options d = ReportService.Options.defaults(language.get());
        // the reports count what the results window counts: with its switch on, unfinished sheets too (and say so)
        return new ReportService.Options(language.get(), sc.cohort(), sc.calibrated(), d.showNames(), d.draws(), d.seed(),
                sc.includePartial());
    }

    /** Writes the feedback report of one cluster (PDF). */
    public void clusterReport(String clusterCode, Path out) {
        Session s = app.session();
        if (s == null || clusterCode == null) {
            return;
        }
        ReportService.Options o = options();
        String id = s.round().id();
        feedbackFolder = null;
        write(() -> s.services().reports().clusterReport(id, clusterCode, out, o));
    }

    /** Writes the panel summary: PDF or xlsx by the file's extension. */
    public void panelReport(Path out) {
        Session s = app.session();
        if (s == null) {
            return;
        }
        ReportService.Options o = options();
        String id = s.round().id();
        feedbackFolder = null;
        write(() -> s.services().reports().panelReport(id, out, o));
    }

    /** Writes every cluster's feedback report of the round into a folder ({@code SAP.pdf}...); tells the folder. */
    public void feedbackReports(Path folder) {
        Session s = app.session();
        if (s == null) {
            return;
        }
        ReportService.Options o = options();
        String id = s.round().id();
        feedbackFolder = folder;
        write(() -> {
            feedbackCount.set(s.services().reports().feedbackReports(id, folder, o).size());
            return folder;
        });
    }

    private void write(java.util.concurrent.Callable<Path> work) {
        running.set(true);
        written.set(null);
        tasks.run(work, path -> {
            running.set(false);
            written.set(path);
        }, failure -> running.set(false));
    }

    /** The language of the reports (the UI language until changed). */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The folder of the last run of {@link #feedbackReports}; null when a single report was asked for since. */
    public Path feedbackFolder() {
        return feedbackFolder;
    }

    /** How many feedback reports the last {@link #feedbackReports} wrote. */
    public int feedbackCount() {
        return feedbackCount.get();
    }

    /** The file last written (the folder for every feedback report); null while one is being written. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
