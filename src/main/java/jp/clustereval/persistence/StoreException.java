package jp.clustereval.persistence;

import java.nio.file.Path;
import java.sql.SQLException;

import jp.clustereval.common.UserFacingException;

/** A problem with the database file, phrased for the user and naming the file. */
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

    public StoreException(String key, Object... args) {
        super(key, args);
    }

    public StoreException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }

    /** Maps an SQLite failure to the message a user can act on. */
    public static StoreException from(SQLException e, Path file) {
        String f = String.valueOf(file);
        return switch (e.getErrorCode() & 0xff) {
            case SQLITE_READONLY -> new StoreException(e, "store.readOnly", f);
            case SQLITE_FULL -> new StoreException(e, "store.diskFull", f);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> new StoreException(e, "store.corrupt", f);
            case SQLITE_BUSY, SQLITE_LOCKED -> new StoreException(e, "store.busy", f);
            case SQLITE_CANTOPEN -> new StoreException(e, "store.cannotOpen", f);
            case SQLITE_IOERR -> new StoreException(e, "store.io", f, e.getMessage());
            default -> new StoreException(e, "store.sql", f, e.getMessage());
        };
    }
}
