package jp.clustereval.common;

import java.nio.file.Path;

/**
 * A file refused before it was opened ({@link BoundedFiles}): not a regular file, or larger than
 * the limit of its kind. Callers with a message of their own for a too large file read
 * {@link #reason()}, {@link #size()} and {@link #limit()}.
 */
public final class FileRefusedException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Reason { NOT_REGULAR, TOO_LARGE }

    private final Reason reason;
    private final long size;
    private final long limit;

    private FileRefusedException(Reason reason, long size, long limit, String key, Object... args) {
        super(key, args);
        this.reason = reason;
        this.size = size;
        this.limit = limit;
    }

    static FileRefusedException notRegular(Path file) {
        return new FileRefusedException(Reason.NOT_REGULAR, -1, -1, "file.notRegular", String.valueOf(file.getFileName()));
    }

    static FileRefusedException tooLarge(Path file, long size, long limit) {
        return new FileRefusedException(Reason.TOO_LARGE, size, limit, "file.tooLarge", String.valueOf(file.getFileName()),
                size, limit);
    }

    public Reason reason() {
        return reason;
    }

    /** The size found (TOO_LARGE only; at least this when the file grew while it was read). */
    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }
}
