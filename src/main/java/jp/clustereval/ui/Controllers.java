package jp.clustereval.ui;

import java.util.Set;
import java.util.function.Supplier;

import jp.clustereval.ui.about.AboutController;
import jp.clustereval.ui.allocation.AllocationController;
import jp.clustereval.ui.assignments.AssignmentsController;
import jp.clustereval.ui.clusters.ClusterListController;
import jp.clustereval.ui.comments.CommentsController;
import jp.clustereval.ui.common.ControllerFactory;
import jp.clustereval.ui.common.DesktopActions;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.FxmlLoader;
import jp.clustereval.ui.common.Navigator;
import jp.clustereval.ui.completeness.CompletenessController;
import jp.clustereval.ui.conflicts.ConflictsController;
import jp.clustereval.ui.evidence.EvidenceController;
import jp.clustereval.ui.imports.ImportController;
import jp.clustereval.ui.keys.KeysController;
import jp.clustereval.ui.main.MainController;
import jp.clustereval.ui.main.MainViewModel;
import jp.clustereval.ui.missing.MissingController;
import jp.clustereval.ui.overview.OverviewController;
import jp.clustereval.ui.radar.LiveRadarController;
import jp.clustereval.ui.radar.RadarController;
import jp.clustereval.ui.results.CalibrationController;
import jp.clustereval.ui.results.PanelResultsController;
import jp.clustereval.ui.results.PanelResultsViewModel;
import jp.clustereval.ui.results.ResultsController;
import jp.clustereval.ui.roster.RosterController;
import jp.clustereval.ui.rounds.NewRoundController;
import jp.clustereval.ui.rounds.RoundEditorController;
import jp.clustereval.ui.rounds.SwitchRoundController;
import jp.clustereval.ui.roundpackage.RoundPackageController;
import jp.clustereval.ui.sensitivity.SensitivityController;
import jp.clustereval.ui.sheet.SheetController;
import jp.clustereval.ui.weights.WeightsController;
import jp.clustereval.ui.welcome.WelcomeController;

/**
 * The application's controller factory: for every controller class a view names, the constructor
 * call with its dependencies (the view models of {@link ViewModels}, the dialog service, the shell's
 * windows and desktop actions, the view loader). No reflection: a controller whose constructor
 * changes does not compile until its line here does, and a view naming a controller missing here
 * stops the start ({@link jp.clustereval.ui.common.ViewCheck}).
 *
 * <p>A chain of comparisons rather than a map of lambdas, the main window's controllers first: a
 * map would load every controller class and link a lambda per entry before the first window, and
 * the start has no milliseconds to spare; here a class is loaded when its view is first built.
 * {@link #controllers()} names the same classes as {@link #create} (AllViewsBuildTest checks both
 * against the views).
 */
final class Controllers implements ControllerFactory {

    private final ViewModels vms;
    private final MainViewModel main;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final DesktopActions desktop;
    private final Supplier<FxmlLoader> loader;

    /** @param loader the loader of the views (the main window's controller loads its deferred panes) */
    Controllers(ViewModels vms, DialogService dialogs, Navigator navigator, DesktopActions desktop,
                Supplier<FxmlLoader> loader) {
        this.vms = vms;
        this.main = vms.main();
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.desktop = desktop;
        this.loader = loader;
    }

    @Override
    public Object create(Class<?> type) {
        PanelResultsViewModel panel = main.panelResults();
        if (type == MainController.class) {
            return new MainController(main, dialogs, navigator, desktop, loader.get(), vms.finalise());
        } else if (type == ClusterListController.class) {
            return new ClusterListController(main.clusters());
        } else if (type == WelcomeController.class) {
            return new WelcomeController(vms.welcome(), navigator);
        } else if (type == SheetController.class) {
            return new SheetController(main.sheet());
        } else if (type == EvidenceController.class) {
            return new EvidenceController(main.evidence());
        } else if (type == LiveRadarController.class) {
            return new LiveRadarController(main.liveRadar());
        } else if (type == RadarController.class) {
            return new RadarController(main.radar(), dialogs);
        } else if (type == ImportController.class) {
            return new ImportController(main.imports(), dialogs);
        } else if (type == ConflictsController.class) {
            return new ConflictsController(main.conflicts());
        } else if (type == CompletenessController.class) {
            return new CompletenessController(main.completeness(), dialogs, navigator);
        } else if (type == MissingController.class) {
            return new MissingController(vms.missing(), dialogs);
        } else if (type == KeysController.class) {
            return new KeysController(main.keys());
        } else if (type == AboutController.class) {
            return new AboutController(vms.about());
        } else if (type == PanelResultsController.class) {
            return new PanelResultsController(panel, dialogs, main.app().messages());
        } else if (type == WeightsController.class) {
            return new WeightsController(panel.weights(), dialogs);
        } else if (type == ResultsController.class) {
            return new ResultsController(panel, dialogs);
        } else if (type == CalibrationController.class) {
            return new CalibrationController(panel);
        } else if (type == SensitivityController.class) {
            return new SensitivityController(panel.sensitivity());
        } else if (type == AllocationController.class) {
            return new AllocationController(panel.allocation(), dialogs);
        } else if (type == CommentsController.class) {
            return new CommentsController(panel.comments());
        } else if (type == OverviewController.class) {
            return new OverviewController(vms.overview(), dialogs);
        } else if (type == RosterController.class) {
            return new RosterController(vms.roster());
        } else if (type == AssignmentsController.class) {
            return new AssignmentsController(vms.assignments(), dialogs);
        } else if (type == SwitchRoundController.class) {
            return new SwitchRoundController(vms.switchRound());
        } else if (type == NewRoundController.class) {
            return new NewRoundController(vms.newRound(), vms.switchRound(), dialogs);
        } else if (type == RoundEditorController.class) {
            return new RoundEditorController(vms.roundEditor(), dialogs);
        } else if (type == RoundPackageController.class) {
            return new RoundPackageController(vms.roundPackage(), dialogs);
        } else if (type == jp.clustereval.ui.meeting.MeetingController.class) {
            return new jp.clustereval.ui.meeting.MeetingController(vms.meeting());
        }
        throw new IllegalStateException("No controller factory entry for " + type.getName()
                + ": add its constructor call to " + Controllers.class.getName());
    }

    @Override
    public Set<Class<?>> controllers() {
        return Set.of(MainController.class, ClusterListController.class, WelcomeController.class,
                SheetController.class, EvidenceController.class, LiveRadarController.class, RadarController.class,
                ImportController.class, ConflictsController.class, CompletenessController.class, MissingController.class,
                KeysController.class,
                AboutController.class, PanelResultsController.class, WeightsController.class, ResultsController.class,
                CalibrationController.class, SensitivityController.class, AllocationController.class,
                CommentsController.class, OverviewController.class, RosterController.class,
                AssignmentsController.class, SwitchRoundController.class, NewRoundController.class,
                RoundEditorController.class, RoundPackageController.class, jp.clustereval.ui.meeting.MeetingController.class);
    }
}
