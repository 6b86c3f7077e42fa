package jp.clustereval.persistence;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

import jp.clustereval.common.AtomicFiles;
import jp.clustereval.common.UserFacingException;

/**
 * The automatic backups of one database file: consistent copies made with SQLite's online backup
 * API (never a file copy of a live database), kept in {@code backups/} next to the database (for
 * the default database that is {@code <data directory>/backups/}), named
 * {@code <stem>-<yyyyMMdd-HHmmss-SSS>-<reason>.db} in UTC. The newest {@link #keep()} are kept.
 * A backup is written to a temporary name and renamed when complete, and switched to a rollback
 * journal so that it is one self-contained file.
 */
public final class BackupStore {

    /** Backups kept per database unless changed (the "backups kept" setting). */
    public static final int DEFAULT_KEEP = 10;
    public static final int MAX_KEEP = 1000;

    private static final Logger LOG = Logger.getLogger(BackupStore.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static volatile int defaultKeep = DEFAULT_KEEP;

    private final Path database;
    private final Path directory;
    private final int keep;

    public BackupStore(Path database, Path directory, int keep) {
        if (keep < 1 || keep > MAX_KEEP) {
            throw new IllegalArgumentException("keep must be 1.." + MAX_KEEP + ", not " + keep);
        }
        this.database = database.toAbsolutePath().normalize();
        this.directory = directory.toAbsolutePath().normalize();
        this.keep = keep;
    }

    /** The store of a database: {@code backups/} next to it, keeping {@link #defaultKeep()}. */
    public static BackupStore of(Path database) {
        Path db = database.toAbsolutePath().normalize();
        return new BackupStore(db, db.getParent().resolve("backups"), defaultKeep);
    }

    /** How many backups the stores made by {@link #of} keep: set once at start-up from the settings. */
    public static void setDefaultKeep(int keep) {
        if (keep < 1 || keep > MAX_KEEP) {
            throw new IllegalArgumentException("keep must be 1.." + MAX_KEEP + ", not " + keep);
        }
        defaultKeep = keep;
    }

    public static int defaultKeep() {
        return defaultKeep;
    }

    public Path directory() {
        return directory;
    }

    public int keep() {
        return keep;
    }

    /**
     * Makes a backup of the open database into the store, then removes the oldest beyond
     * {@link #keep()} (never the new one). The reason is a short lowercase word (import, migration,
     * restore, daily, manual).
     */
    public Backup create(Database db, String reason) {
        if (!reason.matches("[a-z]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Bad backup reason: " + reason);
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException(e, "backup.cannotWrite", directory.toString(), e.toString());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Path target;
        while (Files.exists(target = directory.resolve(name(now, reason)))) {
            now = now.plusMillis(1);
        }
        copyTo(db, target);
        Path made = target;
        LOG.info(() -> "Backup (" + reason + ") of " + db.file() + " written to " + made);
        prune(made);
        return read(made).orElseThrow();
    }

    /** The newest backup, if any. */
    public java.util.Optional<Backup> newest() {
        List<Backup> all = list();
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(0));
    }

    /** Makes a backup with the given reason if the newest one is older than {@code interval}; null if none was due. */
    public Backup createIfOlderThan(Database db, java.time.Duration interval, String reason) {
        java.util.Optional<Backup> newest = newest();
        if (newest.isPresent() && newest.get().createdAt().isAfter(Instant.now().minus(interval))) {
            return null;
        }
        return create(db, reason);
    }

    /**
     * Copies the open database, consistently, to {@code target} (which must not exist): written to
     * a part file beside it ({@link AtomicFiles}), switched to a rollback journal, then renamed. A
     * full disk or a read-only folder gives its own message; the part file is removed on any failure.
     */
    public static void copyTo(Database db, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new StoreException("backup.exists", absolute.toString());
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new StoreException("store.folderMissing", String.valueOf(parent), absolute.toString());
        }
        try {
            AtomicFiles.write(absolute, part -> {
                int rc = db.query(c -> c.unwrap(SQLiteConnection.class).getDatabase().backup("main", part.toString(), null));
                if (rc != 0) {
                    throw backupFailure(StoreException.diskProblem(rc, part, null)
                            .orElseGet(() -> new StoreException("backup.failed", absolute.toString(), rc)), absolute);
                }
                try (Connection c = connect(part, false); Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode = DELETE");
                } catch (SQLException e) {
                    throw backupFailure(StoreException.from(e, part), absolute);
                }
            });
        } catch (IOException e) {
            UserFacingException failure = AtomicFiles.failure(absolute, e);
            throw failure.key().equals("file.diskFull") ? new StoreException(e, "backup.diskFull", absolute.toString())
                    : new StoreException(e, "backup.cannotWrite", absolute.toString(), AtomicFiles.reason(e));
        }
    }

    /** A full disk or read-only folder while writing a backup is said as such, naming the backup. */
    private static StoreException backupFailure(StoreException e, Path backup) {
        return switch (e.key()) {
            case "store.diskFull" -> new StoreException(e.getCause(), "backup.diskFull", backup.toString());
            case "store.readOnly" -> new StoreException(e.getCause(), "backup.readOnly", backup.toString());
            default -> e;
        };
    }

    /** The backups of this database, newest first. */
    public List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, stem() + "-*.db")) {
            for (Path f : files) {
                read(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new StoreException(e, "backup.cannotList", directory.toString(), e.toString());
        }
        out.sort(Comparator.comparing(Backup::createdAt).reversed().thenComparing(b -> b.file().getFileName().toString()));
        return out;
    }

    private void prune(Path justMade) {
        List<Backup> all = list();
        for (int i = keep; i < all.size(); i++) {
            Path f = all.get(i).file();
            if (f.equals(justMade)) {
                continue;
            }
            try {
                Files.deleteIfExists(f);
                LOG.info(() -> "Old backup removed: " + f);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Old backup could not be removed: " + f, e);
            }
        }
    }

    private java.util.Optional<Backup> read(Path file) {
        Matcher m = Pattern.compile(Pattern.quote(stem()) + "-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.db")
                .matcher(file.getFileName().toString());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        Instant created = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Backup(file.toAbsolutePath().normalize(), created, m.group(2), size));
    }

    private String stem() {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private String name(Instant at, String reason) {
        return stem() + "-" + STAMP.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + "-" + reason + ".db";
    }

    /**
     * Checks that a file is a readable, undamaged ClusterEval database that this version can open,
     * without changing it, and counts what it holds. Refuses anything else with a message.
     */
    public static BackupSummary inspect(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new StoreException("backup.notFound", path.toString());
        }
        FileHeader header; // refuses a pipe, a device or a folder before opening it
        try {
            header = FileHeader.read(path);
        } catch (IOException e) {
            throw new StoreException(e, "store.cannotRead", path.toString(), e.getMessage());
        }
        if (!header.isSqlite() || header.applicationId() != Database.APPLICATION_ID || header.userVersion() < 1) {
            throw new StoreException("backup.notClusterEval", path.toString());
        }
        if (header.userVersion() > Migrator.latestVersion()) {
            throw new StoreException("store.newerVersion", path.toString(), header.userVersion(), Migrator.latestVersion());
        }
        try (Connection c = connect(path, true); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) {
                    throw new StoreException("backup.damaged", path.toString());
                }
            }
            return summary(s);
        } catch (SQLException e) {
            if ((e.getErrorCode() & 0xff) == 11 || (e.getErrorCode() & 0xff) == 26) {
                throw new StoreException(e, "backup.damaged", path.toString());
            }
            throw StoreException.from(e, path);
        }
    }

    /**
     * Replaces the content of the open database with the backup's, in one write transaction of
     * SQLite's backup API (all or nothing), then brings an older schema up to date. The caller
     * makes a backup of the current state first (see {@code BackupService}).
     */
    public static void restoreInto(Database db, Path backup) {
        Path source = backup.toAbsolutePath().normalize();
        inspect(source);
        if (db.isReadOnly()) {
            throw new StoreException("store.readOnly", db.file().toString());
        }
        int rc = db.query(c -> c.unwrap(SQLiteConnection.class).getDatabase()
                .restore("main", source.toString(), null, 100, 50, -1));
        if (rc != 0) {
            throw StoreException.diskProblem(rc, db.file(), null)
                    .orElseGet(() -> new StoreException("backup.restoreFailed", source.toString(), db.file().toString(), rc));
        }
        db.query(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
            }
            return null;
        });
        new Migrator(db).bringUpToDate();
        LOG.info(() -> "Restored " + db.file() + " from " + source);
    }

    /** What the open database holds, counted like a backup. */
    public static BackupSummary summarize(Database db) {
        return db.query(c -> {
            try (Statement s = c.createStatement()) {
                return summary(s);
            }
        });
    }

    private static BackupSummary summary(Statement s) throws SQLException {
        return new BackupSummary(count(s, "PRAGMA user_version"),
                count(s, "SELECT count(*) FROM evaluator"),
                count(s, "SELECT count(*) FROM sheet"),
                count(s, "SELECT count(*) FROM grade WHERE grade IS NOT NULL"),
                count(s, "SELECT count(*) FROM grade WHERE comment <> '' OR indication <> ''")
                        + count(s, "SELECT count(*) FROM sheet WHERE comment <> ''"),
                text(s, "SELECT max(updated_at) FROM sheet"));
    }

    /**
     * For a database that cannot be opened because it is damaged: checks the backup, moves the
     * damaged file (and its -wal/-shm) aside as {@code <name>.damaged-<time>}, and puts a copy of
     * the backup in its place. Returns where the damaged file went. The database must not be open.
     */
    public static Path replaceDamaged(Path database, Path backup) {
        Path db = database.toAbsolutePath().normalize();
        Path source = backup.toAbsolutePath().normalize();
        inspect(source);
        String stamp = STAMP.format(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        Path aside = db.resolveSibling(db.getFileName() + ".damaged-" + stamp);
        try {
            AtomicFiles.write(db, part -> {
                Files.copy(source, part);
                Files.move(db, aside);
                for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                    Path side = db.resolveSibling(db.getFileName() + suffix);
                    if (Files.exists(side)) {
                        Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                    }
                }
            });
        } catch (IOException e) {
            throw new StoreException(e, "backup.cannotWrite", db.toString(), AtomicFiles.reason(e));
        }
        LOG.warning(() -> "Damaged database " + db + " moved to " + aside + " and replaced by " + source);
        return aside;
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
        config.setBusyTimeout(5000);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** One backup file: when it was made (UTC, from its name), why, and its size in bytes. */
    public record Backup(Path file, Instant createdAt, String reason, long size) {
    }

    /**
     * What a backup holds: schema version, evaluators, sheets, grades given, comments written
     * (item comments/indications and sheet comments), and the newest sheet change (null if none).
     */
    public record BackupSummary(int schemaVersion, int evaluators, int sheets, int grades, int comments, String lastChange) {
    }
}
