package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.persistence.BackupStore;
import jp.clustereval.persistence.Database;

/**
 * Consistent read-only copies of an open database, made by the process that holds it for a process
 * that wants to read it (SQLite's online backup through the holder's own connection, so the file is
 * never opened a second time). They live in the {@code snapshots} folder of the data directory; the
 * reader deletes its copy when done, and copies a crashed reader left behind are removed after a day.
 */
public final class Snapshots {

    private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());
    private static final Duration KEPT_AT_MOST = Duration.ofDays(1);
    static final String PREFIX = "snapshot-";

    private Snapshots() {
    }

    static Path folder() {
        return DataDirectory.defaultDirectory().resolve("snapshots");
    }

    /** Copies the database now; the copy's path is absolute. */
    static Path make(Database db) {
        Path folder = folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserFacingException(e, "lock.noCopy", db.file().toString(), e.toString());
        }
        removeOld(folder);
        Path copy = folder.resolve(PREFIX + UUID.randomUUID() + ".db").toAbsolutePath();
        BackupStore.copyTo(db, copy);
        LOG.info(() -> "Read-only copy of " + db.file() + " made for another process: " + copy);
        return copy;
    }

    /** Deletes a copy and the files SQLite made beside it while it was read. */
    static void delete(Path copy) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + suffix));
            } catch (IOException e) {
                LOG.log(Level.FINE, "Removing the copy " + copy + suffix, e);
            }
        }
    }

    /** True for a path the way {@link #make} names copies (a holder's answer is checked against it). */
    static boolean isCopyName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.matches(PREFIX + "[0-9a-f-]{36}\\.db");
    }

    private static void removeOld(Path folder) {
        Instant limit = Instant.now().minus(KEPT_AT_MOST);
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Snapshots::isCopyName).filter(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant().isBefore(limit);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(Snapshots::delete);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Listing " + folder, e);
        }
    }
}
