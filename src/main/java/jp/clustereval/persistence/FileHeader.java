package jp.clustereval.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import jp.clustereval.common.BoundedFiles;

/**
 * The first 100 bytes of an SQLite file, read without opening it through SQLite, so that a file we
 * must refuse is never touched by the driver (no journal, no WAL recovery, no checkpoint).
 * A schema cookie of 0 means no table was ever created in the file.
 */
record FileHeader(boolean isSqlite, int schemaCookie, int userVersion, int applicationId) {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** The header of a regular file; anything else (a pipe, a device, a folder) is refused before it is opened. */
    static FileHeader read(Path file) throws IOException {
        byte[] header = BoundedFiles.head(file, 100);
        if (header.length < 100 || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            return new FileHeader(false, 0, 0, 0);
        }
        ByteBuffer buffer = ByteBuffer.wrap(header); // big-endian, as SQLite stores it
        return new FileHeader(true, buffer.getInt(40), buffer.getInt(60), buffer.getInt(68));
    }
}
