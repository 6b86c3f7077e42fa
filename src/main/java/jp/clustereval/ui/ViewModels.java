package jp.clustereval.ui;

import jp.clustereval.service.SettingsStore;
import jp.clustereval.ui.about.AboutViewModel;
import jp.clustereval.ui.allocation.AllocationViewModel;
import jp.clustereval.ui.backup.BackupViewModel;
import jp.clustereval.ui.clusters.ClusterListViewModel;
import jp.clustereval.ui.comments.CommentsViewModel;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.completeness.CompletenessViewModel;
import jp.clustereval.ui.conflicts.ConflictsViewModel;
import jp.clustereval.ui.evidence.EvidenceViewModel;
import jp.clustereval.ui.imports.ImportViewModel;
import jp.clustereval.ui.imports.ScoreExportViewModel;
import jp.clustereval.ui.keys.KeysViewModel;
import jp.clustereval.ui.main.MainViewModel;
import jp.clustereval.ui.main.StatusBarViewModel;
import jp.clustereval.ui.overview.OverviewViewModel;
import jp.clustereval.ui.radar.LiveRadarViewModel;
import jp.clustereval.ui.radar.RadarViewModel;
import jp.clustereval.ui.reports.ReportsViewModel;
import jp.clustereval.ui.results.CalibrationViewModel;
import jp.clustereval.ui.results.PanelResultsViewModel;
import jp.clustereval.ui.results.ResultsViewModel;
import jp.clustereval.ui.rounds.NewRoundViewModel;
import jp.clustereval.ui.rounds.RoundEditorViewModel;
import jp.clustereval.ui.rounds.SwitchRoundViewModel;
import jp.clustereval.ui.sensitivity.SensitivityViewModel;
import jp.clustereval.ui.settings.SettingsViewModel;
import jp.clustereval.ui.sheet.SheetViewModel;
import jp.clustereval.ui.weights.WeightsViewModel;
import jp.clustereval.ui.welcome.WelcomeViewModel;
import jp.clustereval.ui.roster.RosterViewModel;
import jp.clustereval.ui.assignments.AssignmentsViewModel;
import jp.clustereval.ui.roundpackage.RoundPackageViewModel;

/**
 * Every view model of the desktop, made here and nowhere else, once, over the application state
 * and the one worker; they outlive the views (a language switch rebuilds the views over the same
 * view models). The services they call come from the open session ({@code Session.services()}),
 * made once per database by {@code service.Services}. Usable without the toolkit (view-model tests
 * make the same graph).
 */
final class ViewModels {

    private final AppState state;
    private final BackgroundTasks tasks;
    private final MainViewModel main;
    private final SettingsViewModel settings;
    private final BackupViewModel backups;
    private final AboutViewModel about;
    private final OverviewViewModel overview;
    private final RosterViewModel roster;
    private final AssignmentsViewModel assignments;
    private final jp.clustereval.ui.meeting.MeetingViewModel meeting;
    private final SwitchRoundViewModel switchRound;
    private final NewRoundViewModel newRound;
    private final RoundEditorViewModel roundEditor;
    private final jp.clustereval.ui.rounds.PackageWriteViewModel packageWrite;
    private final RoundPackageViewModel roundPackage;
    private final jp.clustereval.ui.missing.MissingViewModel missing;
    private final jp.clustereval.ui.finalise.FinaliseViewModel finalise;
    private WelcomeViewModel welcome;
    private Session welcomeSession;

    ViewModels(AppState state, BackgroundTasks tasks, AppConfig config) {
        this.state = state;
        this.tasks = tasks;
        // made in the order they always were: listeners on the shared state run in this order
        ClusterListViewModel clusters = new ClusterListViewModel(state, tasks);
        SheetViewModel sheet = new SheetViewModel(state, tasks, config.textSaveDelay());
        EvidenceViewModel evidence = new EvidenceViewModel(state, tasks);
        LiveRadarViewModel liveRadar = new LiveRadarViewModel(state, tasks);
        RadarViewModel radar = new RadarViewModel(state, tasks);
        StatusBarViewModel status = new StatusBarViewModel(state, tasks.busyIndicator().shownProperty());
        ScoreExportViewModel scoreExport = new ScoreExportViewModel(state, tasks);
        // the chair's views tell the main window what they stored; it exists by the time they store anything
        ImportViewModel imports = new ImportViewModel(state, tasks, evaluators -> main().storedByImport(evaluators));
        ConflictsViewModel conflicts = new ConflictsViewModel(state, tasks, () -> main().storedByPanel());
        CompletenessViewModel completeness = new CompletenessViewModel(state, tasks, () -> main().storedByPanel());
        KeysViewModel keys = new KeysViewModel(state, tasks);
        ResultsViewModel results = new ResultsViewModel(state, tasks);
        PanelResultsViewModel panelResults = new PanelResultsViewModel(state, new PanelResultsViewModel.Parts(
                results,
                new WeightsViewModel(state, tasks, results::refresh), // new weights: new results, and all that follows
                new CalibrationViewModel(state, tasks, results::scope),
                new SensitivityViewModel(state, tasks, results::scope),
                new AllocationViewModel(state, tasks, results::scope),
                new CommentsViewModel(state, tasks),
                new ReportsViewModel(state, tasks, results::scope)));
        this.main = new MainViewModel(state, tasks, new MainViewModel.Parts(clusters, sheet, evidence, liveRadar,
                radar, status, scoreExport, imports, conflicts, completeness, keys, panelResults));
        this.settings = new SettingsViewModel(config.settingsFile() == null ? null
                : new SettingsStore(config.settingsFile()), config.settings(), tasks);
        this.backups = new BackupViewModel(state, tasks, main::restored);
        this.about = new AboutViewModel(state);
        this.overview = new OverviewViewModel(state, tasks, main::storedByOverview);
        main.setOnSheetSaved(overview::sheetSaved);
        // a roster or assignment change: the other window, the cluster list and the chair's views read again
        this.roster = new RosterViewModel(state, tasks, () -> {
            assignments().refresh();
            main.storedByPanel();
        });
        this.assignments = new AssignmentsViewModel(state, tasks, () -> {
            roster().refresh();
            main.storedByPanel();
        });
        this.switchRound = new SwitchRoundViewModel(state, tasks, main::flush, main::roundSwitched);
        this.newRound = new NewRoundViewModel(state, tasks);
        this.meeting = new jp.clustereval.ui.meeting.MeetingViewModel(state, tasks);
        this.roundEditor = new RoundEditorViewModel(state, tasks, main::roundSwitched);
        this.packageWrite = new jp.clustereval.ui.rounds.PackageWriteViewModel(state, tasks);
        // an opened package: the desktop on its round, with the person chosen from its roster
        this.roundPackage = new RoundPackageViewModel(state, tasks, main::switchTo);
        this.missing = new jp.clustereval.ui.missing.MissingViewModel(state, tasks);
        // who is missing is read off the completeness matrix: whenever that is read again, so is the list
        completeness.rows().addListener((javafx.collections.ListChangeListener<Object>) change -> missing.matrixChanged());
        this.finalise = new jp.clustereval.ui.finalise.FinaliseViewModel(state, tasks);
        // the radar series chosen in the settings are the ones both radars show
        main.liveRadar().seriesProperty().bind(settings.radarSeriesProperty());
        main.radar().seriesProperty().bind(settings.radarSeriesProperty());
    }

    MainViewModel main() {
        return main;
    }

    /** Panel &gt; Finalise round…, Reopen round…, Reports &gt; Decision record…, and the title's "final". */
    jp.clustereval.ui.finalise.FinaliseViewModel finalise() {
        return finalise;
    }

    SettingsViewModel settings() {
        return settings;
    }

    BackupViewModel backups() {
        return backups;
    }

    AboutViewModel about() {
        return about;
    }

    OverviewViewModel overview() {
        return overview;
    }

    /** Round &gt; Roster. */
    RosterViewModel roster() {
        return roster;
    }

    /** Panel &gt; Meeting mode. */
    jp.clustereval.ui.meeting.MeetingViewModel meeting() {
        return meeting;
    }

    /** Round &gt; Assignments. */
    AssignmentsViewModel assignments() {
        return assignments;
    }

    /** Panel &gt; Who is missing. */
    jp.clustereval.ui.missing.MissingViewModel missing() {
        return missing;
    }

    /** File &gt; Open round package. */
    RoundPackageViewModel roundPackage() {
        return roundPackage;
    }

    /** True once after the first-start page set up a chair (the shell opens the roster first). */
    boolean takeChairStart() {
        return welcome != null && welcome.takeChairStart();
    }

    SwitchRoundViewModel switchRound() {
        return switchRound;
    }

    NewRoundViewModel newRound() {
        return newRound;
    }

    RoundEditorViewModel roundEditor() {
        return roundEditor;
    }

    /** Round &gt; Hand out as round package. */
    jp.clustereval.ui.rounds.PackageWriteViewModel packageWrite() {
        return packageWrite;
    }

    /**
     * The "who are you" form of the open database: one per session, kept while its page is rebuilt
     * (a language switch keeps what was typed), a new one for another database.
     */
    WelcomeViewModel welcome() {
        if (welcome == null || welcomeSession != state.session()) {
            welcome = new WelcomeViewModel(state, tasks);
            welcomeSession = state.session();
        }
        return welcome;
    }
}
