package jp.clustereval.ui;

import java.util.Locale;

import javafx.application.Application;
import javafx.stage.Stage;
import jp.clustereval.domain.Language;
import jp.clustereval.service.DataDirectory;
import jp.clustereval.ui.common.UiFonts;

/**
 * The JavaFX application. Started by {@link GuiLauncher} (which sets the configuration), or by a
 * test with an explicit configuration through the package-private constructor.
 */
public final class ClusterEvalApp extends Application {

    private static volatile AppConfig configured;

    private final AppConfig config;
    private AppShell shell;

    public ClusterEvalApp() {
        this(null);
    }

    ClusterEvalApp(AppConfig config) {
        this.config = config;
    }

    static void configure(AppConfig config) {
        configured = config;
    }

    /** Runs on the launcher thread: the 4 MB font is read on its own thread while the window is built. */
    @Override
    public void init() {
        jp.clustereval.ui.common.StartupProbe.step("toolkit");
        UiFonts.loadInBackground();
    }

    @Override
    public void start(Stage stage) {
        AppConfig c = config != null ? config : configured;
        if (c == null) {
            c = new AppConfig(DataDirectory.defaultDatabase(), Language.of(Locale.getDefault()));
        }
        shell = new AppShell(stage, c, getHostServices()::showDocument);
        shell.start();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.shutdown();
        }
    }

    /** The running shell (tests reach the view models through it). */
    AppShell shell() {
        return shell;
    }
}
