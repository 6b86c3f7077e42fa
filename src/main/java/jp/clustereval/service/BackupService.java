package jp.clustereval.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.persistence.BackupStore;
import jp.clustereval.persistence.BackupStore.Backup;
import jp.clustereval.persistence.BackupStore.BackupSummary;
import jp.clustereval.persistence.Database;

/**
 * Backups of the open database (see docs/database.md): made automatically before every import,
 * migration and restore, daily while the application is in use, and on request; listed newest
 * first with what each holds; restored after a backup of the current state.
 */
public final class BackupService {

    /** How often the daily backup is due. */
    public static final Duration DAILY = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    private final Database db;
    private final BackupStore store;

    public BackupService(Database db) {
        this(db, BackupStore.of(db.file()));
    }

    public BackupService(Database db, BackupStore store) {
        this.db = db;
        this.store = store;
    }

    public Path directory() {
        return store.directory();
    }

    /** A backup into the store now (reason "manual"). */
    public Backup backupNow() {
        return store.create(db, "manual");
    }

    /** A consistent copy of the database to a file of the user's choice (which must not exist yet). */
    public void backupTo(Path file) {
        BackupStore.copyTo(db, file);
    }

    /** The daily backup if the newest backup is more than a day old; empty when none was due. */
    public Optional<Backup> backupIfDue() {
        return Optional.ofNullable(store.createIfOlderThan(db, DAILY, "daily"));
    }

    /**
     * Checks hourly (first after one minute) whether the daily backup is due, on the given
     * executor; a failure is logged, never thrown. Cancel the returned future when the database is
     * closed.
     */
    public ScheduledFuture<?> scheduleDaily(ScheduledExecutorService executor) {
        return executor.scheduleWithFixedDelay(() -> {
            try {
                backupIfDue();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Daily backup of " + db.file() + " failed", e);
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    /** The backups, newest first, each with what it holds (a damaged one is listed with its problem). */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        int id = 1;
        for (Backup b : store.list()) {
            BackupSummary summary = null;
            String problem = null;
            try {
                summary = BackupStore.inspect(b.file());
            } catch (UserFacingException e) {
                problem = e.getMessage();
            }
            out.add(new Entry(id++, b, summary, problem));
        }
        return out;
    }

    /**
     * A backup named by its number in {@link #list()} (1 = newest), its file name in the backup
     * folder, or a path to any file.
     */
    public Path resolve(String idOrFile) {
        return resolve(store, idOrFile);
    }

    /** As {@link #resolve(String)}, for a database that is not open (for example a damaged one). */
    public static Path resolve(Path database, String idOrFile) {
        return resolve(BackupStore.of(database), idOrFile);
    }

    private static Path resolve(BackupStore store, String idOrFile) {
        String s = idOrFile.strip();
        if (s.matches("\\d{1,6}")) {
            int id = Integer.parseInt(s);
            List<Backup> all = store.list();
            if (id < 1 || id > all.size()) {
                throw new UserFacingException("backup.unknownId", s, all.size());
            }
            return all.get(id - 1).file();
        }
        Path inStore = store.directory().resolve(s).normalize();
        if (!s.contains("/") && !s.contains("\\") && Files.isRegularFile(inStore)) {
            return inStore;
        }
        return Path.of(s).toAbsolutePath().normalize();
    }

    /**
     * Replaces the database's content with the backup's. The backup is checked first (a file that
     * is not an undamaged ClusterEval database is refused and nothing changes), then the current
     * state is backed up (reason "restore"), then the content is replaced in one transaction.
     *
     * @return the backup of the state before the restore
     */
    public Backup restore(Path backup) {
        if (isTheDatabase(backup)) {
            throw new UserFacingException("backup.isDatabase", backup.toString());
        }
        BackupStore.inspect(backup);
        if (db.isReadOnly()) {
            throw new UserFacingException("store.readOnly", db.file().toString());
        }
        Backup before = store.create(db, "restore");
        BackupStore.restoreInto(db, backup);
        return before;
    }

    /**
     * True when the path names the database file itself, by any link: reading it as a backup would
     * open the live file a second time (and on POSIX systems drop this process's locks on it).
     */
    private boolean isTheDatabase(Path file) {
        try {
            return Files.exists(file) && Files.isSameFile(file, db.file());
        } catch (java.io.IOException e) {
            return file.toAbsolutePath().normalize().equals(db.file());
        }
    }

    /** What the open database holds now, counted like a backup. */
    public BackupSummary current() {
        return BackupStore.summarize(db);
    }

    /** One listed backup: its number (1 = newest), file, and summary, or the problem that prevents reading it. */
    public record Entry(int id, Backup backup, BackupSummary summary, String problem) {
    }
}
