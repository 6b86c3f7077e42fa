package jp.clustereval.ui;

import java.util.Locale;

import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import jp.clustereval.domain.Language;
import jp.clustereval.service.DataDirectory;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.FxDialogService;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.UiFonts;

/**
 * The JavaFX application. Started by {@link GuiLauncher} (which sets the configuration), or by a
 * test with an explicit configuration through the package-private constructor.
 */
public final class ClusterEvalApp extends Application {

    private static final Logger LOG = Logger.getLogger(ClusterEvalApp.class.getName());
    private static volatile AppConfig configured;
    private static volatile boolean startFailed;

    private final AppConfig config;
    private AppShell shell;
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler previousHandler;

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
        jp.clustereval.ui.common.StartupSteps.reached("toolkit");
        UiFonts.loadInBackground();
    }

    @Override
    public void start(Stage stage) {
        AppConfig c = config != null ? config : configured;
        if (c == null) {
            c = new AppConfig(DataDirectory.defaultDatabase(), Language.of(Locale.getDefault()));
        }
        try {
            shell = new AppShell(stage, c, getHostServices()::showDocument);
            // an exception thrown by an event handler would otherwise only reach the log
            fxThread = Thread.currentThread();
            previousHandler = fxThread.getUncaughtExceptionHandler() == fxThread.getThreadGroup()
                    ? null : fxThread.getUncaughtExceptionHandler();
            fxThread.setUncaughtExceptionHandler((t, e) -> {
                LOG.log(Level.SEVERE, "Uncaught on the FX thread", e);
                shell.dialogs().report(e);
            });
            shell.start();
        } catch (RuntimeException | Error e) {
            failedToStart(e, c.language());
        }
    }

    /**
     * The toolkit is up but the application could not start (a defect, or a view that cannot be
     * built, found by the shell's check right after its first frame): the line on stderr and a
     * dialog that belongs to no window (none may be up) and blocks input to all of them, without
     * blocking the FX thread; the application ends when it is closed.
     */
    static void failedToStart(Throwable e, Language language) {
        startFailed = true;
        LaunchSplash.close();
        DialogService dialogs = new FxDialogService(() -> Messages.of(language), () -> null);
        dialogs.showStartFailure(e, Platform::exit);
    }

    @Override
    public void stop() {
        if (fxThread != null) {
            fxThread.setUncaughtExceptionHandler(previousHandler); // its dialogs belong to this application
        }
        if (shell != null) {
            shell.shutdown();
        }
    }

    /** True once a start of the application failed (and said why). */
    static boolean startFailed() {
        return startFailed;
    }

    /** The running shell (tests reach the view models through it). */
    AppShell shell() {
        return shell;
    }
}
