package jp.clustereval.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import jp.clustereval.domain.Language;
import jp.clustereval.service.DataDirectory;
import jp.clustereval.service.DatabaseLock;
import jp.clustereval.service.Settings;
import jp.clustereval.service.SettingsStore;

/**
 * Starts the desktop application from a plain main class (an Application subclass as main class
 * fails on the class path). Blocks until the last window is closed.
 */
public final class GuiLauncher {

    private static volatile List<Path> requestedFiles = List.of();
    /** The exit code of the desktop when it ran in a restarted process (see {@link ToolkitLanguage}). */
    private static volatile int restartedExit;

    private GuiLauncher() {
    }

    /** The score files given on the command line (empty if none): for the import preview. */
    public static List<Path> requestedFiles() {
        return requestedFiles;
    }

    /**
     * @param databaseOrNull the database file; null for the settings' default one (its folder is created)
     * @param languageOrNull the UI language; null for the settings' language, else the system's
     */
    public static void launch(Path databaseOrNull, Language languageOrNull) {
        launch(databaseOrNull, languageOrNull, List.of());
    }

    /**
     * As {@link #launch(Path, Language)}, with score files to open in the import preview once the
     * window is up (a double-clicked .cescore file arrives here). The GUI takes them from
     * {@link #requestedFiles()}.
     */
    public static void launch(Path databaseOrNull, Language languageOrNull, List<Path> openFiles) {
        launch(databaseOrNull, languageOrNull, openFiles, null);
    }

    /**
     * As {@link #launch(Path, Language, List)}, with the settings already read from the data
     * directory's settings file (null: read them here). When JavaFX cannot start (no display, no
     * GTK 3), throws a {@link jp.clustereval.common.UserFacingException} that says so.
     */
    public static void launch(Path databaseOrNull, Language languageOrNull, List<Path> openFiles, Settings readOrNull) {
        jp.clustereval.ui.common.StartupSteps.reached("launch");
        requestedFiles = List.copyOf(openFiles);
        SettingsStore store = SettingsStore.inDataDirectory();
        AppConfig config = configure(databaseOrNull, languageOrNull, store, readOrNull != null ? readOrNull : store.load());
        if (handedOver(config.database(), openFiles)) {
            return;
        }
        java.util.Optional<java.util.Map<String, String>> toolkitLanguage =
                ToolkitLanguage.changes(config.language(), System.getenv(), System.getProperty("os.name", ""));
        if (toolkitLanguage.isPresent()) {
            LaunchSplash.close(); // the restarted process shows its own
            java.util.Optional<Integer> exit = ToolkitLanguage.restartWith(toolkitLanguage.get());
            if (exit.isPresent()) {
                restartedExit = exit.get();
                return;
            }
        }
        EarlyOpen.start(config.database(), config.settings().backupsKept()); // while the toolkit starts
        ClusterEvalApp.configure(config);
        try {
            Application.launch(ClusterEvalApp.class);
        } catch (RuntimeException | Error e) { // the toolkit did not start: no window can say why
            throw ToolkitFailure.classify(e, System.getenv());
        }
    }

    /**
     * True when the application's window could not be made once the toolkit was up (a view that
     * cannot be built, a defect): it said why, and the process should end with a failure.
     */
    public static boolean startFailed() {
        return restartedExit != 0 || ClusterEvalApp.startFailed();
    }

    /**
     * When a desktop already has the database open, it gets the files (or just comes to the front)
     * and this start ends: one database, one window, one writer.
     */
    private static boolean handedOver(Path database, List<Path> files) {
        if (!DatabaseLock.handOver(database, files)) {
            return false;
        }
        String what = files.isEmpty() ? "its window was brought to the front"
                : files.size() + (files.size() == 1 ? " score file was" : " score files were") + " handed to it";
        System.out.println("ClusterEval already has " + database.toAbsolutePath().normalize() + " open: " + what + ".");
        return true;
    }

    /**
     * The start-up configuration: what the command line gave, else what the settings say (default
     * database, language), else the standard database and the system's language.
     */
    static AppConfig configure(Path databaseOrNull, Language languageOrNull, SettingsStore store) {
        return configure(databaseOrNull, languageOrNull, store, store.load());
    }

    /** As {@link #configure(Path, Language, SettingsStore)}, with the store's settings as read. */
    static AppConfig configure(Path databaseOrNull, Language languageOrNull, SettingsStore store, Settings settings) {
        Path database = databaseOrNull != null ? databaseOrNull : settings.databaseToOpen();
        if (database.equals(DataDirectory.defaultDatabase())) {
            try {
                Files.createDirectories(database.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Language language = languageOrNull != null ? languageOrNull
                : settings.language().orElseGet(() -> Language.of(Locale.getDefault()));
        return new AppConfig(database, language, AppConfig.DEFAULT_TEXT_SAVE_DELAY, store.file(), settings);
    }
}
