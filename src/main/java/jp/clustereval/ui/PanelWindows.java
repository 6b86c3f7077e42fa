package jp.clustereval.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.FxmlLoader;
import jp.clustereval.ui.common.FxmlView;
import jp.clustereval.ui.common.MaximisedOwner;
import jp.clustereval.ui.common.View;
import jp.clustereval.ui.common.WindowPlacement;
import jp.clustereval.ui.main.MainViewModel;

/**
 * The secondary windows (import, conflicts, completeness, keys, the overview): one stage each, owned by the main
 * window, made on first use, rebuilt in place when the language changes.
 */
final class PanelWindows {

    private static final class Window {
        private final Stage stage;
        private final String titleKey;
        private View<?> view;

        Window(Stage stage, String titleKey) {
            this.stage = stage;
            this.titleKey = titleKey;
        }
    }

    private final Stage owner;
    private final AppState state;
    private final MainViewModel main;
    private final FxmlLoader loader;
    private final Function<Parent, Scene> scenes;
    private final Map<FxmlView, Window> windows = new LinkedHashMap<>();

    PanelWindows(Stage owner, AppState state, MainViewModel main, FxmlLoader loader, Function<Parent, Scene> scenes) {
        this.owner = owner;
        this.state = state;
        this.main = main;
        this.loader = loader;
        this.scenes = scenes;
    }

    /** The import window; the files or folders given (may be none) are added and checked at once. */
    void showImport(List<Path> filesOrFolders) {
        show(FxmlView.IMPORT, "imports.title", () -> { });
        if (state.isReady() && !filesOrFolders.isEmpty()) {
            main.imports().add(filesOrFolders);
        }
    }

    /**
     * Shows (or brings forward) the window of the view, and has its data read again. Nothing opens
     * before a database and evaluator are ready.
     */
    void show(FxmlView view, String titleKey, Runnable refresh) {
        show(view, titleKey, refresh, false);
    }

    /** As {@link #show(FxmlView, String, Runnable)}; a modal window keeps the main window waiting while it is open. */
    void show(FxmlView view, String titleKey, Runnable refresh, boolean modal) {
        if (!state.isReady()) {
            return;
        }
        Window w = windows.get(view);
        if (w == null) {
            Stage stage = new Stage();
            stage.initOwner(owner);
            if (modal) {
                stage.initModality(Modality.WINDOW_MODAL);
            }
            WindowPlacement.secondary(stage);
            w = new Window(stage, titleKey);
            windows.put(view, w);
            load(view, w);
        }
        w.stage.show();
        w.stage.toFront();
        refresh.run();
    }

    /** The chair's results window on the weights or the results tab; everything is computed again. */
    void showResults(jp.clustereval.ui.results.PanelResultsViewModel vm, boolean weights) {
        show(FxmlView.PANEL_RESULTS, "results.window", vm::refresh);
        Window w = windows.get(FxmlView.PANEL_RESULTS);
        if (w != null && w.view.controller() instanceof jp.clustereval.ui.results.PanelResultsController c) {
            c.showTab(weights);
        }
    }

    private void load(FxmlView view, Window w) {
        if (w.view != null) {
            w.view.dispose();
        }
        w.view = loader.load(view);
        w.stage.setScene(scenes.apply(w.view.root()));
        w.stage.setTitle(state.messages().get(w.titleKey));
    }

    /** Panel &gt; Who is missing, read again; the keyboard goes to its list. */
    void showMissing(jp.clustereval.ui.missing.MissingViewModel vm) {
        show(FxmlView.MISSING, "missing.title", vm::refresh);
        Window w = windows.get(FxmlView.MISSING);
        if (w != null && w.view.controller() instanceof jp.clustereval.ui.missing.MissingController c) {
            c.focusTable();
        }
    }

    /** The overview of my grades, read again; the keyboard goes to its grid. */
    void showOverview(jp.clustereval.ui.overview.OverviewViewModel vm) {
        show(FxmlView.OVERVIEW, "overview.window.title", vm::refresh);
        Window w = windows.get(FxmlView.OVERVIEW);
        if (w != null && w.view.controller() instanceof jp.clustereval.ui.overview.OverviewController c) {
            c.focusGrid();
        }
    }

    /** Round &gt; Assignments, read again; the keyboard goes to its grid once it is built. */
    void showAssignments(jp.clustereval.ui.assignments.AssignmentsViewModel vm) {
        show(FxmlView.ASSIGNMENTS, "assignments.title", vm::refresh);
        Window w = windows.get(FxmlView.ASSIGNMENTS);
        if (w != null && w.view.controller() instanceof jp.clustereval.ui.assignments.AssignmentsController c) {
            javafx.application.Platform.runLater(c::focusGrid);
        }
    }

    /**
     * Panel &gt; Meeting mode: full screen (Esc leaves full screen, the window stays), the round's units
     * read again; the keyboard goes to the discussion note.
     */
    void showMeeting(jp.clustereval.ui.meeting.MeetingViewModel vm) {
        show(FxmlView.MEETING, "meeting.title", vm::open);
        Window w = windows.get(FxmlView.MEETING);
        if (w != null) {
            w.stage.setOnHiding(e -> vm.saveIfEdited()); // closing the window loses nothing typed
            w.stage.setFullScreen(true);
            if (w.view.controller() instanceof jp.clustereval.ui.meeting.MeetingController c) {
                javafx.application.Platform.runLater(c::focusNote);
            }
        }
    }

    /** File &gt; Switch round: the round list (modal), read again, the keyboard in the list. */
    void showSwitchRound(jp.clustereval.ui.rounds.SwitchRoundViewModel vm) {
        show(FxmlView.SWITCH_ROUND, "rounds.switch.title", vm::refresh, true);
        Window w = windows.get(FxmlView.SWITCH_ROUND);
        if (w != null && w.view.controller() instanceof jp.clustereval.ui.rounds.SwitchRoundController c) {
            c.focusList();
        }
    }

    /** File &gt; New round: a fresh form (modal), the keyboard in its id field. */
    void showNewRound(jp.clustereval.ui.rounds.NewRoundViewModel vm) {
        show(FxmlView.NEW_ROUND, "rounds.new.title", vm::reset, true);
        Window w = windows.get(FxmlView.NEW_ROUND);
        if (w != null && w.view.controller() instanceof jp.clustereval.ui.rounds.NewRoundController c) {
            c.focusForm();
        }
    }

    /** Round &gt; Edit definition: the current round's definition read again, the keyboard in the item tree. */
    void showRoundEditor(jp.clustereval.ui.rounds.RoundEditorViewModel vm) {
        show(FxmlView.ROUND_EDITOR, "rounds.editor.window", vm::open);
        Window w = windows.get(FxmlView.ROUND_EDITOR);
        if (w != null && w.view.controller() instanceof jp.clustereval.ui.rounds.RoundEditorController c) {
            c.focusTree();
        }
    }

    /** The modal About dialog. */
    void showAbout() {
        View<?> about = loader.load(FxmlView.ABOUT);
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        WindowPlacement.secondary(dialog);
        dialog.setTitle(state.messages().get("about.title"));
        dialog.setScene(scenes.apply(about.root()));
        dialog.setResizable(false);
        MaximisedOwner.stage(dialog);
        dialog.show();
    }

    /** Rebuilds every window made so far in the current language (the view models keep their state). */
    void relocalize() {
        windows.forEach(this::load);
    }

    Stage stage(FxmlView view) {
        Window w = windows.get(view);
        return w == null ? null : w.stage;
    }
}
