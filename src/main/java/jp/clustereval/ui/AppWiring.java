package jp.clustereval.ui;

import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.stage.Stage;
import jp.clustereval.ui.backup.DailyBackups;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.FxDialogService;
import jp.clustereval.ui.common.FxmlLoader;
import jp.clustereval.ui.common.Navigator;
import jp.clustereval.ui.common.NextPulse;
import jp.clustereval.ui.common.ViewCheck;

/**
 * The one place where the desktop is put together: the application state, the one dialog service,
 * the one worker, every view model ({@link ViewModels}), the desktop side of a session, the
 * controller factory and the view loader. Nothing else makes them; view models and controllers are
 * given what they use. The services come from the open database's {@code Services}.
 */
final class AppWiring {

    private final AppState state;
    private final FxDialogService dialogs;
    private final BackgroundTasks tasks;
    private final ViewModels viewModels;
    private final Desktop desktop;
    private final Controllers controllers;
    private final FxmlLoader loader;

    /**
     * @param navigator    the shell's windows (what the main window's menus open)
     * @param showDocument opens a folder or address in the system's own program
     */
    AppWiring(Stage stage, AppConfig config, Navigator navigator, Consumer<String> showDocument) {
        this.state = new AppState(config.language());
        this.dialogs = new FxDialogService(state::messages, () -> stage);
        this.tasks = new BackgroundTasks(Platform::runLater, new NextPulse(), dialogs);
        this.viewModels = new ViewModels(state, tasks, config);
        dialogs.rememberFoldersIn(viewModels.settings()); // each kind of file chooser starts where it was left
        this.desktop = new Desktop(stage, state, dialogs, tasks, viewModels, new DailyBackups(tasks), showDocument);
        this.controllers = new Controllers(viewModels, dialogs, navigator, desktop, this::loader);
        this.loader = new FxmlLoader(state::messages, controllers);
    }

    /**
     * Checks every view ({@link ViewCheck}) on a thread of its own; a view that cannot be built
     * reaches {@code broken} on the FX thread. The shell starts it once its first window has been
     * drawn: the check reads every view's file and loads every controller class, tens of
     * milliseconds on a cold JVM that the start itself cannot spare on two cores.
     */
    void checkViewsInBackground(Consumer<RuntimeException> broken) {
        Thread check = new Thread(() -> {
            try {
                ViewCheck.verify(controllers);
            } catch (RuntimeException e) {
                Platform.runLater(() -> broken.accept(e));
            }
        }, "cluster-eval-view-check");
        check.setDaemon(true);
        check.start();
    }

    AppState state() {
        return state;
    }

    FxDialogService dialogs() {
        return dialogs;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    ViewModels viewModels() {
        return viewModels;
    }

    Desktop desktop() {
        return desktop;
    }

    FxmlLoader loader() {
        return loader;
    }

    Controllers controllers() {
        return controllers;
    }
}
