package jp.clustereval.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import jp.clustereval.chart.ChartFonts;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.FxDialogService;
import jp.clustereval.ui.common.FxmlLoader;
import jp.clustereval.ui.common.FxmlView;
import jp.clustereval.ui.common.Navigator;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.common.Shortcut;
import jp.clustereval.ui.common.WindowShortcuts;
import jp.clustereval.ui.common.View;
import jp.clustereval.ui.common.WindowPlacement;
import jp.clustereval.ui.main.MainViewModel;
import jp.clustereval.ui.radar.RadarController;

/**
 * Owns the windows: opens the database in the background, shows "who are you" or the main
 * window, rebuilds every window when the language changes, and saves and closes on exit.
 */
final class AppShell implements Navigator {

    private static final Logger LOG = Logger.getLogger(AppShell.class.getName());
    static final String STYLESHEET = "/css/app.css";

    private final Stage stage;
    private final AppConfig config;
    private final AppWiring wiring;
    private final AppState state;
    private final FxDialogService dialogs;
    private final BackgroundTasks tasks;
    private final FxmlLoader loader;
    private final MainViewModel main;
    private final PanelWindows panels;
    private View<?> current;
    private Stage radarStage;
    private Stage keyboardStage;
    private View<RadarController> radarView;
    private boolean radarGrid;
    private boolean showPending;
    private boolean relocalizePending;
    private boolean viewsChecked;
    private final Desktop desktop;
    private boolean requestedFilesShown;
    /** Score files to preview once the main window is up (given at start, or handed over by a second start). */
    private final java.util.List<Path> pendingFiles = new java.util.ArrayList<>();
    /** How long the first window waits for the database opened during toolkit start-up. */
    private static final Duration EARLY_OPEN_WAIT = Duration.ofSeconds(2);
    /** How long the first main window waits for its cluster list before it is shown anyway. */
    private static final Duration FIRST_LIST_WAIT = Duration.ofMillis(300);

    AppShell(Stage stage, AppConfig config, java.util.function.Consumer<String> showDocument) {
        this.stage = stage;
        this.config = config;
        this.wiring = new AppWiring(stage, config, this, showDocument);
        this.state = wiring.state();
        this.dialogs = wiring.dialogs();
        this.tasks = wiring.tasks();
        this.loader = wiring.loader();
        this.main = wiring.viewModels().main();
        this.desktop = wiring.desktop();
        this.panels = new PanelWindows(stage, state, main, loader, this::scene);
        this.saveOnTermination = new Thread(this::saveWaitingText, "cluster-eval-save-on-termination");
        Runtime.getRuntime().addShutdownHook(saveOnTermination);
        state.evaluatorProperty().addListener((obs, o, n) -> requestShow(false));
        state.sessionProperty().addListener((obs, o, n) -> requestShow(false));
        // a second start of the desktop on this database hands its files here instead of opening it twice
        state.sessionProperty().addListener((obs, o, n) -> {
            if (n != null && !n.readOnly()) {
                n.services().answerAsDesktop(files -> Platform.runLater(() -> handOver(files)));
            }
        });
        state.languageProperty().addListener((obs, o, n) -> requestShow(true));
        // the title says when the round is final (read in the background, delivered on the FX thread)
        wiring.viewModels().finalise().finalisedProperty().addListener((obs, o, n) -> updateTitle());
    }

    void start() {
        jp.clustereval.ui.common.StartupSteps.reached("start");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        updateTitle();
        desktop.placeWindow();
        // Opened while the toolkit started: the first window shown is the real page, no loading
        // page in between (nothing is on screen yet, so this short wait blocks nobody).
        if (!EarlyOpen.succeeded(config.database(), EARLY_OPEN_WAIT)) {
            showLoadingPage();
        }
        open(config.database());
    }

    private void showLoadingPage() {
        stage.setScene(scene(loading()));
        showStage();
    }

    private void showStage() {
        if (!viewsChecked) {
            viewsChecked = true;
            // a view that cannot be built ends the start now, not on the click that would open it
            jp.clustereval.ui.common.AfterFirstFrame.run(() -> wiring.checkViewsInBackground(
                    broken -> ClusterEvalApp.failedToStart(broken, state.language())));
        }
        stage.show();
        jp.clustereval.ui.common.StartupSteps.reached("shown");
        LaunchSplash.close(); // the launcher's picture, shown since the click (installed app only)
        // the chart font is read once, off the FX thread, after the first window is up
        tasks.run(() -> ChartFonts.font(java.awt.Font.PLAIN, 12f), font -> { });
    }

    /** Opens the file at start-up; after a failure (or declining read-only viewing) asks for another. */
    private void open(Path file) {
        desktop.open(file, false, this::askForDatabase);
    }

    private void askForDatabase() {
        LaunchSplash.close(); // the file chooser may be the first window
        Optional<Path> chosen = dialogs.chooseDatabase(config.database());
        if (chosen.isPresent()) {
            open(chosen.get());
        } else {
            Platform.exit();
        }
    }

    private Parent loading() {
        Label label = new Label(state.messages().get("app.loading"));
        label.setId("loadingLabel");
        StackPane pane = new StackPane(label);
        pane.setId("loadingPane");
        return pane;
    }

    /**
     * A scene without a size of its own: in a window that has its size (the main window's is set
     * before it is first shown, a secondary one's by {@link WindowPlacement}) it takes the window's.
     */
    private Scene scene(Parent root) {
        jp.clustereval.ui.common.UiFonts.load(); // the family app.css names must be there before styling
        jp.clustereval.ui.common.StartupSteps.reached("font");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(AppShell.class.getResource(STYLESHEET).toExternalForm());
        // every window shows the wait cursor while the worker keeps the user waiting (BusyIndicator)
        scene.cursorProperty().bind(javafx.beans.binding.Bindings.when(tasks.busyIndicator().shownProperty())
                .then(javafx.scene.Cursor.WAIT).otherwise((javafx.scene.Cursor) null));
        WindowShortcuts.install(scene, everyWindowShortcuts());
        return scene;
    }

    /** What the shortcuts of every window do (the main window's menus do the same). */
    private java.util.Map<Shortcut, Runnable> everyWindowShortcuts() {
        java.util.Map<Shortcut, Runnable> actions = new java.util.EnumMap<>(Shortcut.class);
        actions.put(Shortcut.RADAR, () -> showRadar(false));
        actions.put(Shortcut.RADAR_GRID, () -> showRadar(true));
        actions.put(Shortcut.RESULTS, () -> showResults(false));
        actions.put(Shortcut.COMPLETENESS, this::showCompleteness);
        actions.put(Shortcut.CONFLICTS, this::showConflicts);
        actions.put(Shortcut.OVERVIEW, this::showOverview);
        actions.put(Shortcut.TOGGLE_LANGUAGE, () -> main.setLanguage(
                state.language() == jp.clustereval.domain.Language.JA ? jp.clustereval.domain.Language.EN
                        : jp.clustereval.domain.Language.JA));
        actions.put(Shortcut.KEYBOARD, this::showKeyboard);
        actions.put(Shortcut.QUIT, this::quit);
        return actions;
    }

    /**
     * Rebuilds the window once, after the current event: a database switch changes session and
     * evaluator in a row, and a language switch comes from a menu that is still open.
     */
    private void requestShow(boolean relocalize) {
        relocalizePending |= relocalize;
        if (!showPending) {
            showPending = true;
            // A window on screen is rebuilt once its current state has been drawn: building the main
            // window takes the FX thread for a while on a cold JVM, and what the user sees meanwhile
            // must be the page saying it is being prepared (the welcome page's busy line), not the
            // page as it was when clicked.
            java.util.function.Consumer<Runnable> later = stage.isShowing()
                    ? jp.clustereval.ui.common.AfterFirstFrame::run : Platform::runLater;
            later.accept(() -> {
                showPending = false;
                boolean radar = relocalizePending;
                relocalizePending = false;
                try {
                    showCurrent();
                    if (radar && radarStage != null) {
                        loadRadar();
                    }
                    if (radar) {
                        panels.relocalize();
                        if (keyboardStage != null) {
                            loadKeyboard();
                        }
                    }
                } catch (RuntimeException e) {
                    if (!stage.isShowing()) {
                        showLoadingPage(); // the error needs a window to belong to
                    }
                    dialogs.report(e);
                }
            });
        }
    }

    /** Shows the page that fits the state: loading, "who are you", or the main window. */
    private void showCurrent() {
        if (state.session() == null) {
            replaceRoot(null, loading());
        } else if (state.evaluator() == null) {
            View<?> welcomeView = loader.load(FxmlView.WELCOME); // the session's form, kept while rebuilt
            replaceRoot(welcomeView, welcomeView.root());
            takeRequestedFiles(); // a double-clicked round package opens on the welcome page too
            Platform.runLater(this::showPendingFiles);
        } else {
            jp.clustereval.ui.common.StartupSteps.reached("fxml-start");
            View<?> mainView = loader.load(FxmlView.MAIN);
            jp.clustereval.ui.common.StartupSteps.reached("fxml");
            replaceRoot(mainView, mainView.root());
            takeRequestedFiles();
            Platform.runLater(this::showPendingFiles);
            if (wiring.viewModels().takeChairStart()) {
                // a chair or secretariat who just set up: their first task is the round's roster
                Platform.runLater(this::showRoster);
            }
        }
        updateTitle();
    }

    /**
     * Files handed over by a second start of the desktop (a double-clicked score file while this
     * window is open): the window comes to the front, and the files open in the import preview as
     * soon as the main window is up. On the FX thread.
     */
    void handOver(java.util.List<Path> files) {
        LOG.info(() -> "Handed over by a second start: " + files);
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.toFront();
        stage.requestFocus();
        pendingFiles.addAll(files);
        showPendingFiles();
    }

    /** Files given on the command line (a double-clicked .cescore or .ceround): taken once. */
    private void takeRequestedFiles() {
        if (!requestedFilesShown) {
            requestedFilesShown = true;
            pendingFiles.addAll(GuiLauncher.requestedFiles());
        }
    }

    private void showPendingFiles() {
        if (state.session() == null) {
            return;
        }
        // a round package needs no evaluator (it names one): the last one given opens, one at a time
        java.util.List<Path> packages = pendingFiles.stream()
                .filter(f -> jp.clustereval.roundpackage.RoundPackage.hasExtension(String.valueOf(f.getFileName()))).toList();
        if (!packages.isEmpty()) {
            pendingFiles.removeAll(packages);
            openRoundPackage(packages.get(packages.size() - 1));
        }
        if (pendingFiles.isEmpty() || state.evaluator() == null) {
            return; // the main window shows score files when it is up
        }
        java.util.List<Path> files = java.util.List.copyOf(pendingFiles);
        pendingFiles.clear();
        showImport(files);
    }

    private void replaceRoot(View<?> view, Parent root) {
        double[] dividers = dividers();
        if (current != null) {
            current.dispose();
        }
        current = view;
        Scene scene = stage.getScene();
        if (scene == null) {
            stage.setScene(scene(root));
        } else {
            // a new root, not a new scene: a new scene takes the size JavaFX last knew of the window,
            // which under a window manager is not the maximised size (the new language was drawn
            // over part of the old); the old menu bar's accelerators must not stay registered
            scene.getAccelerators().clear();
            scene.setRoot(root);
        }
        if (dividers != null && root.lookup("#mainSplit") instanceof SplitPane split) {
            split.setDividerPositions(dividers);
        }
        if (!stage.isShowing()) {
            if (view != null && main.clusters().loadingProperty().get()) {
                showOnceListed();
            } else {
                showStage();
            }
        }
    }

    /**
     * Shows the first main window when its cluster list has been read (it comes from the worker a
     * few milliseconds later), so that the first frame is the filled list, styled and laid out once,
     * not an empty table and then the list; a slow read (a national round) does not keep the window
     * back longer than {@link #FIRST_LIST_WAIT}.
     */
    private void showOnceListed() {
        javafx.beans.property.BooleanProperty loading = main.clusters().loadingProperty();
        javafx.animation.PauseTransition timeout = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(FIRST_LIST_WAIT.toMillis()));
        javafx.beans.InvalidationListener[] listed = new javafx.beans.InvalidationListener[1];
        Runnable show = () -> {
            loading.removeListener(listed[0]);
            timeout.stop();
            if (!stage.isShowing()) {
                showStage();
            }
        };
        listed[0] = obs -> {
            if (!loading.get()) {
                show.run();
            }
        };
        loading.addListener(listed[0]);
        timeout.setOnFinished(e -> show.run());
        timeout.play();
    }

    private double[] dividers() {
        Scene s = stage.getScene();
        return s != null && s.getRoot().lookup("#mainSplit") instanceof SplitPane split
                ? split.getDividerPositions() : null;
    }

    private void updateTitle() {
        Session s = state.session();
        boolean isFinal = wiring.viewModels().finalise().finalisedProperty().get() != null;
        stage.setTitle(jp.clustereval.ui.rounds.RoundTitle.of(s == null ? null : s.round(), state.language(),
                isFinal ? state.messages().get("finalise.titleMark") : null));
    }

    @Override
    public void showRadar(boolean grid) {
        if (!state.isReady()) {
            return;
        }
        radarGrid = grid;
        if (radarStage == null) {
            radarStage = new Stage();
            radarStage.initOwner(stage);
            WindowPlacement.secondary(radarStage);
            loadRadar();
        }
        radarView.controller().showTab(grid);
        main.radar().refresh();
        radarStage.show();
        radarStage.toFront();
    }

    private void loadRadar() {
        if (radarView != null) {
            radarView.dispose();
        }
        radarView = loader.load(FxmlView.RADAR);
        radarStage.setScene(scene(radarView.root()));
        radarStage.setTitle(state.messages().get("radar.window.title"));
        radarView.controller().showTab(radarGrid);
    }

    @Override
    public void showOverview() {
        panels.showOverview(wiring.viewModels().overview());
    }

    @Override
    public void showKeyboard() {
        if (keyboardStage == null) {
            keyboardStage = new Stage();
            keyboardStage.initOwner(stage);
            WindowPlacement.secondary(keyboardStage);
            loadKeyboard();
        }
        keyboardStage.show();
        keyboardStage.toFront();
    }

    private void loadKeyboard() {
        keyboardStage.setScene(scene(jp.clustereval.ui.keyboard.KeyboardPage.build(state.messages())));
        keyboardStage.setTitle(state.messages().get("keys.title"));
    }

    @Override
    public void showAbout() {
        panels.showAbout();
    }

    @Override
    public void showImport(java.util.List<Path> filesOrFolders) {
        panels.showImport(filesOrFolders);
    }

    @Override
    public void showConflicts() {
        panels.show(FxmlView.CONFLICTS, "conflicts.window", main.conflicts()::refresh);
    }

    @Override
    public void showCompleteness() {
        panels.show(FxmlView.COMPLETENESS, "completeness.title", main.completeness()::refresh);
    }

    @Override
    public void showMissing() {
        panels.showMissing(wiring.viewModels().missing());
    }

    @Override
    public void showResults(boolean weights) {
        panels.showResults(main.panelResults(), weights);
    }

    @Override
    public void showMeeting() {
        panels.showMeeting(wiring.viewModels().meeting());
    }

    @Override
    public void showSwitchRound() {
        panels.showSwitchRound(wiring.viewModels().switchRound());
    }

    @Override
    public void showNewRound() {
        panels.showNewRound(wiring.viewModels().newRound());
    }

    @Override
    public void showRoundEditor() {
        panels.showRoundEditor(wiring.viewModels().roundEditor());
    }

    @Override
    public void writeRoundPackage() {
        var vm = wiring.viewModels().packageWrite();
        dialogs.chooseSaveFile(FxDialogService.FileRequest.Kind.SAVE_ROUND_PACKAGE, vm.suggestedFileName())
                .ifPresent(file -> vm.write(file, written ->
                        dialogs.showInfo(state.messages().get("rounds.package.title"), vm.message(written))));
    }

    @Override
    public void showKeys() {
        panels.show(FxmlView.KEYS, "keyList.title", main.keys()::refresh);
    }

    @Override
    public void showRoster() {
        panels.show(FxmlView.ROSTER, "roster.title", wiring.viewModels().roster()::refresh);
    }

    @Override
    public void showAssignments() {
        panels.showAssignments(wiring.viewModels().assignments());
    }

    @Override
    public void openRoundPackage(Path file) {
        if (state.session() == null) {
            return;
        }
        if (file == null) {
            dialogs.chooseOpenFile(jp.clustereval.ui.common.DialogService.FileRequest.Kind.OPEN_ROUND_PACKAGE)
                    .ifPresent(this::openRoundPackage);
            return;
        }
        // the window comes up once the package has been read and checked; a refusal is a dialog instead
        wiring.viewModels().roundPackage().load(file, this::showRoundPackage);
    }

    /** The round package's window, modal over the main window (or the welcome page), built anew each time. */
    private void showRoundPackage() {
        View<?> view = loader.load(FxmlView.ROUND_PACKAGE);
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(javafx.stage.Modality.WINDOW_MODAL);
        WindowPlacement.secondary(dialog);
        dialog.setTitle(state.messages().get("roundPackage.title"));
        dialog.setScene(scene(view.root()));
        dialog.setOnHidden(e -> view.dispose());
        jp.clustereval.ui.common.MaximisedOwner.stage(dialog);
        dialog.show();
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    /**
     * The process is told to end without the window being closed (SIGTERM: logging out, shutting
     * the machine down, kill): typed text still waiting for its save is written before the JVM
     * exits. Runs on the JVM's shutdown thread, not the FX thread, which may be gone.
     */
    private final Thread saveOnTermination;

    private void saveWaitingText() {
        try {
            main.flush();
            tasks.awaitWorker(Duration.ofSeconds(5));
        } catch (RuntimeException | InterruptedException e) { // the worker is stopped already: nothing waits
            LOG.log(Level.FINE, "Nothing saved at termination", e);
        }
    }

    /** Writes what is waiting, closes the database and stops the worker (waits up to 10 s). */
    void shutdown() {
        try {
            Runtime.getRuntime().removeShutdownHook(saveOnTermination);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs (and finds nothing waiting)
        }
        main.flush();
        desktop.close();
        Session session = state.session();
        if (session != null) {
            tasks.run(() -> {
                session.close();
                return session;
            }, closed -> { });
        }
        try {
            if (!tasks.shutdown(Duration.ofSeconds(10))) {
                LOG.warning("Background work did not finish within 10 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(Level.WARNING, "Interrupted while saving at shutdown", e);
        }
    }

    AppState state() {
        return state;
    }

    AppWiring wiring() {
        return wiring;
    }

    MainViewModel main() {
        return main;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    Desktop desktop() {
        return desktop;
    }

    FxDialogService dialogs() {
        return dialogs;
    }
}
