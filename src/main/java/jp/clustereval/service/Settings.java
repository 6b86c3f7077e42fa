package jp.clustereval.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jp.clustereval.domain.Language;
import jp.clustereval.persistence.BackupStore;

/**
 * The user's settings, immutable: change one with a {@code with...} method and save the result
 * with {@link SettingsStore}. Empty means "not set": the system language, the default database,
 * the window placed by the system.
 *
 * @param language       the UI language, empty for the system's
 * @param defaultDatabase the database opened at start, empty for {@link DataDirectory#defaultDatabase()}
 * @param backupsKept    how many automatic backups are kept per database (1 to {@link #MAX_BACKUPS_KEPT})
 * @param radarSeries    the radar series shown (names chosen by the GUI, e.g. "mine", "panel", "cohort")
 * @param window         the main window's last size and position
 * @param recentDatabases most recently opened first, at most {@link #MAX_RECENT}, no duplicates
 * @param lastFolders    the folder a file chooser of each kind ({@link #FOLDER_KINDS}) was last left in
 */
public record Settings(Optional<Language> language, Optional<Path> defaultDatabase, int backupsKept,
                       Set<String> radarSeries, Optional<WindowGeometry> window, List<Path> recentDatabases,
                       Map<String, Path> lastFolders) {

    /**
     * The kinds of file a chooser asks for, each remembering its own folder: databases, score files
     * (opened and written), charts, CSV exports, weights files, reports (PDF and workbooks).
     */
    public static final Set<String> FOLDER_KINDS = Set.of("database", "scoreFiles", "charts", "csv", "weights", "reports",
            "roundPackages");

    public static final int MAX_RECENT = 10;
    /** The most backups that may be kept per database. */
    public static final int MAX_BACKUPS_KEPT = BackupStore.MAX_KEEP;
    public static final Set<String> DEFAULT_RADAR_SERIES = Set.of("mine", "panel", "cohort");

    public Settings {
        if (backupsKept < 1 || backupsKept > BackupStore.MAX_KEEP) {
            throw new IllegalArgumentException("backupsKept must be 1.." + BackupStore.MAX_KEEP + ", not " + backupsKept);
        }
        radarSeries = Set.copyOf(new LinkedHashSet<>(radarSeries));
        List<Path> recent = new ArrayList<>();
        for (Path p : recentDatabases) {
            Path n = p.toAbsolutePath().normalize();
            if (!recent.contains(n) && recent.size() < MAX_RECENT) {
                recent.add(n);
            }
        }
        recentDatabases = List.copyOf(recent);
        defaultDatabase = defaultDatabase.map(p -> p.toAbsolutePath().normalize());
        Map<String, Path> folders = new TreeMap<>();
        lastFolders.forEach((kind, folder) -> {
            if (!FOLDER_KINDS.contains(kind)) {
                throw new IllegalArgumentException("Unknown kind of folder: " + kind);
            }
            folders.put(kind, folder.toAbsolutePath().normalize());
        });
        lastFolders = Collections.unmodifiableMap(folders);
    }

    public Settings(Optional<Language> language, Optional<Path> defaultDatabase, int backupsKept,
                    Set<String> radarSeries, Optional<WindowGeometry> window, List<Path> recentDatabases) {
        this(language, defaultDatabase, backupsKept, radarSeries, window, recentDatabases, Map.of());
    }

    public static Settings defaults() {
        return new Settings(Optional.empty(), Optional.empty(), BackupStore.DEFAULT_KEEP, DEFAULT_RADAR_SERIES,
                Optional.empty(), List.of());
    }

    /** The database to open at start. */
    public Path databaseToOpen() {
        return defaultDatabase.orElseGet(DataDirectory::defaultDatabase);
    }

    public Settings withLanguage(Language l) {
        return new Settings(Optional.ofNullable(l), defaultDatabase, backupsKept, radarSeries, window, recentDatabases, lastFolders);
    }

    public Settings withDefaultDatabase(Path p) {
        return new Settings(language, Optional.ofNullable(p), backupsKept, radarSeries, window, recentDatabases, lastFolders);
    }

    public Settings withBackupsKept(int n) {
        return new Settings(language, defaultDatabase, n, radarSeries, window, recentDatabases, lastFolders);
    }

    public Settings withRadarSeries(Set<String> series) {
        return new Settings(language, defaultDatabase, backupsKept, series, window, recentDatabases, lastFolders);
    }

    public Settings withWindow(WindowGeometry w) {
        return new Settings(language, defaultDatabase, backupsKept, radarSeries, Optional.ofNullable(w), recentDatabases, lastFolders);
    }

    /** The folder a chooser of this kind ({@link #FOLDER_KINDS}) was left in. */
    public Settings withLastFolder(String kind, Path folder) {
        Map<String, Path> folders = new TreeMap<>(lastFolders);
        folders.put(kind, folder);
        return new Settings(language, defaultDatabase, backupsKept, radarSeries, window, recentDatabases, folders);
    }

    /** The database moved to the top of the recent list (added if new, the oldest dropped beyond the limit). */
    public Settings withRecentDatabase(Path database) {
        List<Path> recent = new ArrayList<>();
        recent.add(database);
        recent.addAll(recentDatabases);
        return new Settings(language, defaultDatabase, backupsKept, radarSeries, window, recent, lastFolders);
    }

    public Settings withoutRecentDatabase(Path database) {
        List<Path> recent = new ArrayList<>(recentDatabases);
        recent.remove(database.toAbsolutePath().normalize());
        return new Settings(language, defaultDatabase, backupsKept, radarSeries, window, recent, lastFolders);
    }

    /** A window's position and size in screen pixels, and whether it was maximised. */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
        public WindowGeometry {
            if (!(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y)
                    || !Double.isFinite(width) || !Double.isFinite(height)) {
                throw new IllegalArgumentException("Bad window geometry");
            }
        }
    }
}
