package jp.clustereval.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * One ClusterEval SQLite file and its connection: WAL, foreign keys on, synchronous FULL (an
 * acknowledged save survives a power cut). Opening checks the file before the driver sees it and
 * refuses, untouched, a file that is not ours or that a newer version wrote; a new or empty file
 * is created, migrated and seeded in one transaction.
 *
 * <p>A connection for writing uses SQLite's exclusive locking mode: it takes the file's locks once
 * and keeps them, and keeps the WAL index in its own memory, so no {@code -shm} file exists and
 * nothing of the open database depends on POSIX locks staying in place; {@link PosixLockKeeper}
 * keeps other programs out (docs/architecture.md, "Locking").
 */
public final class Database implements AutoCloseable {

    /** "CEVA": stored in the SQLite header so that our files are recognised without a query. */
    public static final int APPLICATION_ID = 0x43455641;

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    /** Null for a read-only connection, on Windows, or where the file system has no POSIX locks. */
    private final PosixLockKeeper keeper;

    private Database(Path file, Connection connection, boolean readOnly, PosixLockKeeper keeper) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.keeper = keeper;
    }

    /**
     * True when the closed file is a ClusterEval database of this version's schema (read from its
     * header without opening it; an open file's newest header may still be in its WAL): the
     * benchmark regenerates data sets kept from an older version.
     */
    public static boolean isCurrent(Path file) {
        try {
            FileHeader header = FileHeader.read(file);
            return header.isSqlite() && header.applicationId() == APPLICATION_ID
                    && header.userVersion() == Migrator.latestVersion();
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens (creating and seeding when new) the database at {@code file} for reading and writing. */
    public static Database open(Path file) {
        return open(file, false);
    }

    /**
     * Opens the database; read-only when asked, or when the file is marked read-only (then every
     * attempted change is refused with a message, and the file stays as it is).
     */
    public static Database open(Path file, boolean readOnlyRequested) {
        Path path = file.toAbsolutePath().normalize();
        FileState state = FileState.inspect(path);
        boolean readOnly = readOnlyRequested || state == FileState.EXISTING_READ_ONLY;
        if (state == FileState.NEW && readOnly) {
            throw new StoreException("store.notFound", path.toString());
        }
        Connection connection = connect(path, readOnly, state == FileState.NEW);
        PosixLockKeeper keeper;
        try {
            keeper = readOnly ? null : PosixLockKeeper.start(path);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
        Database db = new Database(path, connection, readOnly, keeper);
        try {
            new Migrator(db).bringUpToDate();
            java.util.logging.Logger.getLogger(Database.class.getName()).info(
                    () -> "Opened " + path + (readOnly ? " (read-only)" : "") + (state == FileState.NEW ? " (new)" : ""));
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Connection connect(Path path, boolean readOnly, boolean create) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            // before the first access of the file, so that the WAL index lives in this connection's memory
            config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        }
        if (!create) {
            config.resetOpenMode(SQLiteOpenMode.CREATE); // a file that vanished is an error, not a new database
        }
        Connection connection = null;
        try {
            connection = config.createConnection("jdbc:sqlite:" + path);
            if (!readOnly) {
                // Not through the config, which applies its pragmas in no set order: both read the file,
                // and a first read before the locking mode makes the connection use a -shm file.
                // WAL is a no-op on a WAL file; FULL: an acknowledged save survives a power cut.
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA synchronous = FULL");
                }
            }
            return connection;
        } catch (SQLException e) {
            if (connection != null) {
                closeQuietly(connection, new RuntimeException());
            }
            throw StoreException.from(e, path);
        }
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Connection connection() {
        return connection;
    }

    /** Runs a read (or a single self-contained statement) and maps SQLite failures to messages. */
    public <T> T query(SqlWork<T> work) {
        synchronized (connection) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw StoreException.from(e, file);
            }
        }
    }

    /**
     * Runs the work in one transaction: all of it is stored, or (on any failure) none of it.
     * <p>
     * The transaction is begun with {@code BEGIN IMMEDIATE}, as plain statements rather than the
     * driver's auto-commit switch, for two reasons. A deferred transaction that reads first and
     * then writes cannot wait for another process's write lock (SQLite returns SQLITE_BUSY at once
     * instead of calling the busy handler, which would risk a deadlock), so a blocked write gave up
     * at once instead of after the busy timeout; IMMEDIATE takes the write lock first and waits for
     * it. And the driver's {@code setAutoCommit(true)} after a failure issues a COMMIT that, when
     * SQLite had already rolled the transaction back itself (after a full disk or an I/O error),
     * failed with "cannot commit - no transaction is active" and replaced the real failure. Here
     * the first failure is the one thrown; what a rollback reports is only added to it.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        if (readOnly) {
            throw new StoreException("store.readOnly", file.toString());
        }
        if (keeper != null && !keeper.renew()) {
            throw new StoreException("store.intruded", file.toString());
        }
        synchronized (connection) {
            try {
                execute("BEGIN IMMEDIATE");
                try {
                    T result = work.run(connection);
                    execute("COMMIT");
                    return result;
                } catch (SQLException | RuntimeException | Error e) {
                    rollbackQuietly(e);
                    throw e;
                }
            } catch (SQLException e) {
                throw StoreException.from(e, file);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Rolls back if a transaction is still open; SQLite may have rolled it back itself (full disk, I/O error). */
    private void rollbackQuietly(Throwable cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    int pragmaInt(String name) {
        return query(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public void close() {
        if (keeper != null) {
            keeper.stop();
        }
        synchronized (connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw StoreException.from(e, file);
            } finally {
                if (keeper != null) {
                    keeper.close(); // after the connection: closing its descriptor drops the file's locks
                }
            }
        }
    }

    private static void closeQuietly(Connection connection, RuntimeException cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** What is at the path before we open it. */
    enum FileState {
        NEW, EXISTING, EXISTING_READ_ONLY;

        static FileState inspect(Path path) {
            if (Files.isDirectory(path)) {
                throw new StoreException("store.isDirectory", path.toString());
            }
            if (!Files.exists(path)) {
                Path parent = path.getParent();
                if (parent == null || !Files.isDirectory(parent)) {
                    throw new StoreException("store.folderMissing", String.valueOf(parent), path.toString());
                }
                return NEW;
            }
            if (!Files.isRegularFile(path)) {
                // a link to /dev/zero or a named pipe: SQLite would take it for an empty new database
                // (its size is 0) and read or write it without end
                throw new StoreException("store.notRegular", path.toString());
            }
            try {
                if (Files.size(path) == 0) {
                    return NEW;
                }
                FileHeader header = FileHeader.read(path);
                if (!header.isSqlite()) {
                    throw new StoreException("store.notSqlite", path.toString());
                }
                boolean foreign = header.applicationId() != APPLICATION_ID
                        && (header.applicationId() != 0 || header.schemaCookie() != 0);
                if (foreign) {
                    throw new StoreException("store.notClusterEval", path.toString());
                }
                if (header.userVersion() > Migrator.latestVersion()) {
                    throw new StoreException("store.newerVersion", path.toString(),
                            header.userVersion(), Migrator.latestVersion());
                }
            } catch (IOException e) {
                throw new StoreException(e, "store.cannotRead", path.toString(), e.getMessage());
            }
            return ReadOnlyMark.isMarkedReadOnly(path) ? EXISTING_READ_ONLY : EXISTING;
        }
    }
}
