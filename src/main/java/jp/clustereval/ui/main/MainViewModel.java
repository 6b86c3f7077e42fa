package jp.clustereval.ui.main;

import java.nio.file.Path;
import java.time.Instant;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.SheetScorer;
import jp.clustereval.ui.clusters.ClusterListViewModel;
import jp.clustereval.ui.clusters.ClusterRow;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.completeness.CompletenessViewModel;
import jp.clustereval.ui.conflicts.ConflictsViewModel;
import jp.clustereval.ui.imports.ImportViewModel;
import jp.clustereval.ui.imports.ScoreExportViewModel;
import jp.clustereval.ui.keys.KeysViewModel;
import jp.clustereval.ui.evidence.EvidenceViewModel;
import jp.clustereval.ui.radar.LiveRadarViewModel;
import jp.clustereval.ui.radar.RadarViewModel;
import jp.clustereval.ui.sheet.SheetSaved;
import jp.clustereval.ui.sheet.SheetViewModel;

/**
 * The evaluator's main window: wires the cluster list, the sheet, the evidence, the radars and
 * the status bar together, and switches database and language. Outlives the views: a language
 * switch rebuilds the views over the same view models, so nothing is lost.
 */
public final class MainViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ClusterListViewModel clusters;
    private final SheetViewModel sheet;
    private final EvidenceViewModel evidence;
    private final LiveRadarViewModel liveRadar;
    private final RadarViewModel radar;
    private final StatusBarViewModel status;
    private final BooleanProperty opening = new SimpleBooleanProperty(this, "opening");
    private final ScoreExportViewModel scoreExport;
    private final ImportViewModel imports;
    private final ConflictsViewModel conflicts;
    private final CompletenessViewModel completeness;
    private final KeysViewModel keys;
    private final jp.clustereval.ui.results.PanelResultsViewModel panelResults;
    private java.util.function.Consumer<jp.clustereval.service.SheetData> sheetSaved = data -> { };

    /**
     * The view models the main window coordinates, made by the application's one wiring place
     * ({@code ui.ViewModels}); the chair's views report what they stored to this one.
     */
    public record Parts(ClusterListViewModel clusters, SheetViewModel sheet, EvidenceViewModel evidence,
                        LiveRadarViewModel liveRadar, RadarViewModel radar, StatusBarViewModel status,
                        ScoreExportViewModel scoreExport, ImportViewModel imports, ConflictsViewModel conflicts,
                        CompletenessViewModel completeness, KeysViewModel keys,
                        jp.clustereval.ui.results.PanelResultsViewModel panelResults) {
    }

    public MainViewModel(AppState app, BackgroundTasks tasks, Parts parts) {
        this.app = app;
        this.tasks = tasks;
        this.clusters = parts.clusters();
        this.sheet = parts.sheet();
        this.evidence = parts.evidence();
        this.liveRadar = parts.liveRadar();
        this.radar = parts.radar();
        this.status = parts.status();
        this.scoreExport = parts.scoreExport();
        this.imports = parts.imports();
        this.conflicts = parts.conflicts();
        this.completeness = parts.completeness();
        this.keys = parts.keys();
        this.panelResults = parts.panelResults();

        clusters.selectedProperty().addListener((obs, old, row) -> selected(row));
        liveRadar.mineProperty().bind(sheet.axisScoresProperty());
        sheet.setOnSaved(this::saved);
        radar.setOnSelect(clusters::select);
        sheet.setOnSaveFailed(status::failed);
        app.evaluatorProperty().addListener((obs, o, n) -> start());
        app.sessionProperty().addListener((obs, o, n) -> {
            clusters.clear();
            imports.clear();
            start();
        });
    }

    /** Loads everything for the open database and evaluator; called whenever either changes. */
    public void start() {
        if (!app.isReady()) {
            return;
        }
        clusters.load();
        liveRadar.refreshCohort();
        radar.refresh();
    }

    /**
     * After an import, a conflict resolution or a conflict of interest changed what is stored: the
     * lists, my sheet, the radars and the chair's views are read again.
     */
    public void storedByPanel() {
        if (!app.isReady()) {
            return;
        }
        clusters.load();
        Cluster shown = sheet.clusterProperty().get();
        if (shown != null) {
            sheet.show(shown);
        }
        readPanelViewsAgain();
    }

    /**
     * After an import stored the files of these evaluators: as {@link #storedByPanel()}, but my list
     * and my sheet are read again only if my own sheets were among them (a chair's import of a
     * thousand files otherwise rebuilt the unchanged sheet and list on the FX thread).
     */
    public void storedByImport(java.util.Set<String> evaluatorIds) {
        Evaluator me = app.evaluator();
        if (me == null || evaluatorIds.contains(me.id())) {
            storedByPanel();
            return;
        }
        if (!app.isReady()) {
            return;
        }
        readPanelViewsAgain();
    }

    /**
     * After a restore replaced what is stored: the undo history no longer matches the sheets, and
     * every view is read again.
     */
    public void restored() {
        sheet.edits().history().clear();
        storedByPanel();
    }

    /** The radars and the chair's views, which show every evaluator's grades. */
    private void readPanelViewsAgain() {
        liveRadar.refreshCohort();
        radar.refresh();
        conflicts.refresh();
        completeness.refresh();
        keys.refresh();
    }

    private void selected(ClusterRow row) {
        Cluster c = row == null ? null : row.cluster();
        sheet.show(c);
        evidence.show(c);
        liveRadar.clusterProperty().set(c);
        radar.clusterProperty().set(c);
    }

    private void saved(SheetSaved saved) {
        Session session = app.session();
        String code = saved.key().clusterCode();
        int graded = new SheetScorer(session.round()).gradedCount(code, saved.data().grades());
        int total = session.round().items().gradedItems(code).size();
        clusters.applyProgress(code, graded, total, saved.data().sheet().status());
        sheetSaved.accept(saved.data());
        status.saved(Instant.now());
        if (saved.gradesChanged()) {
            liveRadar.refreshCohort();
            radar.refresh();
        }
    }

    /** Told of every change of the sheet that reached the disk (the overview's line follows). */
    public void setOnSheetSaved(java.util.function.Consumer<jp.clustereval.service.SheetData> listener) {
        this.sheetSaved = listener;
    }

    /**
     * A grade set in the overview reached the disk: the list's progress, the sheet (when it shows
     * that cluster), the status bar and the radars follow.
     */
    public void storedByOverview(jp.clustereval.service.SheetData data) {
        Session session = app.session();
        if (session == null) {
            return;
        }
        String code = data.sheet().clusterCode();
        clusters.applyProgress(code, new SheetScorer(session.round()).gradedCount(code, data.grades()),
                session.round().items().gradedItems(code).size(), data.sheet().status());
        Cluster shown = sheet.clusterProperty().get();
        if (shown != null && shown.code().equals(code)) {
            sheet.show(shown);
        }
        status.saved(Instant.now());
        liveRadar.refreshCohort();
        radar.refresh();
    }

    /**
     * Opens another database in the background. On success it replaces the current one (which is
     * closed after its waiting saves); on failure the current one stays and the error is shown.
     */
    public void openDatabase(Path file) {
        sheet.flushTexts();
        opening.set(true);
        tasks.run(() -> Session.open(file), opened -> {
            opening.set(false);
            Session old = app.session();
            switchTo(opened.session(), opened.localEvaluator().orElse(null));
            if (old != null) {
                tasks.run(() -> {
                    old.close();
                    return old;
                }, closed -> { });
            }
        }, failure -> opening.set(false));
    }

    /** Makes a session current; the evaluator is cleared first so nothing loads with a mismatched pair. */
    public void switchTo(Session session, Evaluator evaluator) {
        app.evaluatorProperty().set(null);
        app.sessionProperty().set(session);
        app.evaluatorProperty().set(evaluator);
    }

    /**
     * Another round of the open database became current (File &gt; Switch round): same database and
     * evaluator, every view reloads on the round (the sheet drops its undo history and pending texts
     * on every change of session, see SheetViewModel).
     */
    public void roundSwitched(Session session) {
        switchTo(session, app.evaluator());
    }

    public void setLanguage(Language language) {
        app.languageProperty().set(language);
    }

    /** Saves every waiting text now (before quitting or switching). */
    public void flush() {
        sheet.flushTexts();
    }

    public AppState app() {
        return app;
    }

    public ClusterListViewModel clusters() {
        return clusters;
    }

    public SheetViewModel sheet() {
        return sheet;
    }

    public EvidenceViewModel evidence() {
        return evidence;
    }

    public LiveRadarViewModel liveRadar() {
        return liveRadar;
    }

    public RadarViewModel radar() {
        return radar;
    }

    public StatusBarViewModel status() {
        return status;
    }

    public ScoreExportViewModel scoreExport() {
        return scoreExport;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public ConflictsViewModel conflicts() {
        return conflicts;
    }

    public CompletenessViewModel completeness() {
        return completeness;
    }

    public KeysViewModel keys() {
        return keys;
    }

    /** The chair's results window: weights, results, calibration, sensitivity, allocation, comments, reports. */
    public jp.clustereval.ui.results.PanelResultsViewModel panelResults() {
        return panelResults;
    }

    public BooleanProperty openingProperty() {
        return opening;
    }
}
