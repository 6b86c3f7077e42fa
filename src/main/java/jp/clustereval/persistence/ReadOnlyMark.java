package jp.clustereval.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Whether a file is marked read-only. We honour the mark itself, not only what the OS would let
 * us do: an administrator (root) can write a file without write permission, but a user who made
 * the file read-only meant that nothing should change it.
 */
final class ReadOnlyMark {

    private ReadOnlyMark() {
    }

    static boolean isMarkedReadOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> p = Files.readAttributes(file, PosixFileAttributes.class).permissions();
                return !p.contains(PosixFilePermission.OWNER_WRITE)
                        && !p.contains(PosixFilePermission.GROUP_WRITE)
                        && !p.contains(PosixFilePermission.OTHERS_WRITE);
            }
            if (Files.getFileStore(file).supportsFileAttributeView("dos")) {
                return Files.readAttributes(file, DosFileAttributes.class).isReadOnly();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false; // no mark can be read: rely on Files.isWritable above
        }
        return false;
    }
}
