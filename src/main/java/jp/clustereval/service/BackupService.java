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

    /** The backups of the open database, through its one store ({@link Database#backups()}). */
    public BackupService(Database db) {
        this(db, db.backups());
    }

    /**
     * The backups of another file than the one open (a read-only copy stands for the database it was
     * made of: its backups are that database's). Made by {@link Services} only.
     */
    BackupService(Database db, BackupStore store) {
        this.db = db;
        this.store = store;
    }

    public Path directory() {
        return store.directory();
    }

    /** How many backups are kept: the newest ones. */
    public int kept() {
        return store.keep();
    }

    /**
     * The "backups kept" setting changed: from the next backup on (of any reason, automatic ones
     * included), the newest {@code n} are kept (1 to {@link Settings#MAX_BACKUPS_KEPT}).
     */
    public void keep(int n) {
        store.keep(n);
    }

    /** A backup into the store now (reason "manual"). */
    public Backup backupNow() {
        return backup(store.create(db, "manual"));
    }

    /** A consistent copy of the database to a file of the user's choice (which must not exist yet). */
    public void backupTo(Path file) {
        BackupStore.copyTo(db, file);
    }

    /** The daily backup if the newest backup is more than a day old; empty when none was due. */
    public Optional<Backup> backupIfDue() {
        return Optional.ofNullable(store.createIfOlderThan(db, DAILY, "daily")).map(BackupService::backup);
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
        for (BackupStore.Backup b : store.list()) {
            BackupSummary summary = null;
            String problem = null;
            try {
                summary = inspect(b.file());
            } catch (UserFacingException e) {
                problem = e.getMessage();
            }
            out.add(new Entry(id++, backup(b), summary, problem));
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
        // only read: how many the store keeps does not matter
        return resolve(BackupStore.of(database, BackupStore.DEFAULT_KEEP), idOrFile);
    }

    private static Path resolve(BackupStore store, String idOrFile) {
        String s = idOrFile.strip();
        if (s.matches("\\d{1,6}")) {
            int id = Integer.parseInt(s);
            List<BackupStore.Backup> all = store.list();
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
        // the backup being restored may be the oldest one kept: this one must not remove it
        Backup before = backup(store.create(db, "restore", backup));
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
        return summary(BackupStore.summarize(db));
    }

    /**
     * Checks that a file is a readable, undamaged ClusterEval database that this version can open,
     * without changing it, and counts what it holds; anything else is refused with a message.
     */
    public static BackupSummary inspect(Path file) {
        return summary(BackupStore.inspect(file));
    }

    /**
     * For a database too damaged to open: checks the backup, moves the damaged file (and its
     * -wal/-shm) aside as {@code <name>.damaged-<time>} and puts a copy of the backup in its place.
     * The database must not be open (the caller holds its lock). Returns where the damaged file went.
     */
    public static Path replaceDamaged(Path database, Path backup) {
        return BackupStore.replaceDamaged(database, backup);
    }

    private static Backup backup(BackupStore.Backup b) {
        return new Backup(b.file(), b.createdAt(), b.reason(), b.size());
    }

    private static BackupSummary summary(BackupStore.BackupSummary s) {
        return new BackupSummary(s.schemaVersion(), s.evaluators(), s.sheets(), s.grades(), s.comments(), s.lastChange());
    }

    /** One listed backup: its number (1 = newest), file, and summary, or the problem that prevents reading it. */
    public record Entry(int id, Backup backup, BackupSummary summary, String problem) {
    }
}
