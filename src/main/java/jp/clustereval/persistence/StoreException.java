package jp.clustereval.persistence;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import jp.clustereval.common.UserFacingException;

/**
 * A problem with the database file, phrased for the user and naming the file. The SQLite failure
 * it came from stays its cause, so the log keeps the original result code and text.
 */
public final class StoreException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    // SQLite primary result codes (the low byte of an extended code).
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;
    // Extended SQLITE_IOERR codes of a failed read: never a full disk.
    private static final int SQLITE_IOERR_READ = SQLITE_IOERR | (1 << 8);
    private static final int SQLITE_IOERR_SHORT_READ = SQLITE_IOERR | (2 << 8);

    /**
     * A write that failed with an I/O error while less than this is free on the disk is reported
     * as a full disk. SQLite says SQLITE_FULL only when write() itself reports no space; on a full
     * disk it fails just as often in other calls that need space (growing the -shm file gives
     * SQLITE_IOERR_SHMSIZE, fsync and truncate give their own IOERR codes).
     */
    static final long LOW_SPACE_BYTES = 16L * 1024 * 1024;

    public StoreException(String key, Object... args) {
        super(key, args);
    }

    public StoreException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }

    /** Maps an SQLite failure to the message a user can act on. */
    public static StoreException from(SQLException e, Path file) {
        String f = String.valueOf(file);
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.sqlite.NativeLibraryNotFoundException) {
                // the jar carries SQLite for the desktop platforms only (pom.xml, shade filters)
                return new StoreException(e, "store.noNativeLibrary", System.getProperty("os.name"),
                        System.getProperty("os.arch"));
            }
        }
        return diskProblem(e.getErrorCode(), file, e).orElseGet(() -> switch (e.getErrorCode() & 0xff) {
            case SQLITE_CORRUPT, SQLITE_NOTADB -> new StoreException(e, "store.corrupt", f);
            case SQLITE_BUSY, SQLITE_LOCKED -> new StoreException(e, "store.busy", f);
            case SQLITE_CANTOPEN -> new StoreException(e, "store.cannotOpen", f);
            case SQLITE_IOERR -> new StoreException(e, "store.io", f, e.getMessage());
            default -> new StoreException(e, "store.sql", f, e.getMessage());
        });
    }

    /**
     * The documented message when an SQLite result code (as the backup API returns it, or as an
     * exception carries it) means that {@code file} could not be written because its disk is full
     * ({@code store.diskFull}) or read-only ({@code store.readOnly}); empty for any other failure.
     */
    public static Optional<StoreException> diskProblem(int resultCode, Path file, Throwable cause) {
        String f = String.valueOf(file);
        int primary = resultCode & 0xff;
        if (primary == SQLITE_READONLY) {
            return Optional.of(new StoreException(withCode(cause, resultCode), "store.readOnly", f));
        }
        if (primary == SQLITE_FULL) {
            return Optional.of(new StoreException(withCode(cause, resultCode), "store.diskFull", f));
        }
        boolean writeFailure = primary == SQLITE_IOERR && resultCode != SQLITE_IOERR_READ && resultCode != SQLITE_IOERR_SHORT_READ;
        if (writeFailure || primary == SQLITE_CANTOPEN) { // CANTOPEN: WAL cannot make its -shm file there
            Optional<FileStore> store = storeOf(file);
            if (store.isPresent() && store.get().isReadOnly()) {
                return Optional.of(new StoreException(withCode(cause, resultCode), "store.readOnly", f));
            }
            if (writeFailure && store.isPresent() && usableSpace(store.get()) < LOW_SPACE_BYTES) {
                return Optional.of(new StoreException(withCode(cause, resultCode), "store.diskFull", f));
            }
        }
        return Optional.empty();
    }

    /** The cause as given, or (for a bare result code) an exception that names the code for the log. */
    private static Throwable withCode(Throwable cause, int resultCode) {
        return cause != null ? cause : new SQLException("SQLite result code " + resultCode, null, resultCode);
    }

    /** The file system of the file, or of its nearest existing folder (the file may not exist yet). */
    private static Optional<FileStore> storeOf(Path file) {
        for (Path p = file == null ? null : file.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Optional.of(Files.getFileStore(p));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static long usableSpace(FileStore store) {
        try {
            return store.getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // unknown: not called full
        }
    }
}
