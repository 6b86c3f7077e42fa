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

/**
 * Starts the desktop application from a plain main class (an Application subclass as main class
 * fails on the class path). Blocks until the last window is closed.
 */
public final class GuiLauncher {

    private static volatile List<Path> requestedFiles = List.of();

    private GuiLauncher() {
    }

    /** The score files given on the command line (empty if none): for the import preview. */
    public static List<Path> requestedFiles() {
        return requestedFiles;
    }

    /**
     * @param databaseOrNull the database file; null for the user's default one (its folder is created)
     * @param languageOrNull the UI language; null for the system's
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
        requestedFiles = List.copyOf(openFiles);
        Path database = databaseOrNull != null ? databaseOrNull : DataDirectory.defaultDatabase();
        if (database.equals(DataDirectory.defaultDatabase())) {
            try {
                Files.createDirectories(database.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Language language = languageOrNull != null ? languageOrNull : Language.of(Locale.getDefault());
        ClusterEvalApp.configure(new AppConfig(database, language));
        Application.launch(ClusterEvalApp.class);
    }
}
