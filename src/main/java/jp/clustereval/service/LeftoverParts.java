package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jp.clustereval.common.AtomicFiles;

/**
 * Removes, on the next start, the part files ({@link AtomicFiles}) that a killed process or a
 * full disk left in the folders the application writes: the data directory with its backups,
 * keys and SQLite library folders, and the folder of each database opened for writing with its
 * backups. Export targets elsewhere are cleaned when the same file is written again.
 */
public final class LeftoverParts {

    /** How deep the SQLite library copy lies under the data directory: native/sqlite-VERSION/OS/ARCH. */
    private static final int NATIVE_DEPTH = 4;

    private LeftoverParts() {
    }

    /** In the data directory and the folders under it that the application writes; returns how many were removed. */
    public static int removeInDataDirectory(Path dataDirectory) {
        List<Path> folders = new ArrayList<>(List.of(dataDirectory, dataDirectory.resolve("backups"),
                dataDirectory.resolve("keys")));
        Path nativeFolder = dataDirectory.resolve("native");
        if (Files.isDirectory(nativeFolder)) {
            try (Stream<Path> tree = Files.walk(nativeFolder, NATIVE_DEPTH)) {
                tree.filter(Files::isDirectory).forEach(folders::add);
            } catch (IOException | RuntimeException e) {
                // nothing removed there; the next start tries again
            }
        }
        return folders.stream().mapToInt(AtomicFiles::removeStale).sum();
    }

    /** Beside a database (its folder and its backups folder); returns how many were removed. */
    public static int removeBeside(Path database) {
        Path folder = database.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return 0;
        }
        return AtomicFiles.removeStale(folder) + AtomicFiles.removeStale(folder.resolve("backups"));
    }

    /**
     * {@link #removeInDataDirectory} on a thread of its own, off the start-up path; join it
     * before the process exits (a command can be done before the folders are listed).
     */
    public static Thread removeInDataDirectoryInBackground(Path dataDirectory) {
        Thread t = new Thread(() -> removeInDataDirectory(dataDirectory), "cluster-eval-leftovers");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
