package jp.clustereval.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.application.Application;
import javafx.stage.Stage;
import jp.clustereval.service.AppLogging;
import jp.clustereval.service.SettingsStore;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Navigator;
import jp.clustereval.ui.common.StartupSteps;
import jp.clustereval.ui.main.MainViewModel;

/**
 * For the benchmark (its own source root and jar, never in the product): the desktop in this
 * process, started as {@link GuiLauncher} starts it (configuration from the settings, the database
 * opened while the toolkit starts, the same application class), with a drive attached once the main
 * window first shows a filled cluster list. In this package because the drive needs what the tests
 * reach too: the application's shell, its windows, view models and background tasks.
 */
public final class BenchDesktop {

    /** What a drive works with: the shell's windows, the main window's view model, the background tasks, the main stage. */
    public record Handles(Navigator windows, MainViewModel main, BackgroundTasks tasks, Stage stage, int rows) {
    }

    private static volatile AppConfig config;
    private static volatile Consumer<Handles> drive;

    private BenchDesktop() {
    }

    /** Starts the desktop on the database and blocks until it ends; drive runs on the FX thread when the list is shown. */
    public static void launch(Path database, Consumer<Handles> onListShown) {
        AppLogging.init();
        config = GuiLauncher.configure(database, null, SettingsStore.inDataDirectory());
        drive = onListShown;
        EarlyOpen.start(config.database(), config.settings().backupsKept());
        Application.launch(Driven.class);
    }

    /** The application with the drive: the same start, stop and windows as {@link ClusterEvalApp}. */
    public static final class Driven extends Application {
        private ClusterEvalApp app;
        private boolean driving;

        @Override
        public void init() {
            app = new ClusterEvalApp(config);
            app.init();
        }

        @Override
        public void start(Stage stage) {
            StartupSteps.listen(new StartupSteps.Listener() {
                @Override
                public void reached(String step) {
                }

                @Override
                public void listFilled(int rows) {
                    if (!driving && rows > 0) {
                        driving = true;
                        AppShell shell = app.shell();
                        drive.accept(new Handles(shell, shell.main(), shell.tasks(), stage, rows));
                    }
                }
            });
            app.start(stage);
        }

        @Override
        public void stop() {
            app.stop();
        }
    }
}
