package jp.clustereval.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The one way the application reads a file someone handed it: only a regular file (a symbolic link
 * to one is followed) of at most a known size, refused before it is opened otherwise. A link to
 * {@code /dev/zero} would be read until memory runs out, and opening a named pipe waits for a writer
 * that may never come, so the type and size are checked on the file's attributes, never by reading.
 * The read itself stops one byte past the limit, in case the file grew after it was checked.
 */
public final class BoundedFiles {

    private BoundedFiles() {
    }

    /**
     * The file's attributes when it is a regular file of at most {@code maxBytes}.
     *
     * @throws FileRefusedException a folder, device, pipe or socket, or a file over the limit
     * @throws IOException the file is missing or its attributes cannot be read
     */
    public static BasicFileAttributes regular(Path file, long maxBytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows links
        if (!attributes.isRegularFile()) {
            throw FileRefusedException.notRegular(file);
        }
        if (attributes.size() > maxBytes) {
            throw FileRefusedException.tooLarge(file, attributes.size(), maxBytes);
        }
        return attributes;
    }

    /** Every byte of a regular file of at most {@code maxBytes}; anything else is refused before it is opened. */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        if (maxBytes < 0 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBytes " + maxBytes);
        }
        long size = regular(file, maxBytes).size();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = new byte[(int) size];
            int n = in.readNBytes(bytes, 0, bytes.length);
            int next = in.read();
            if (n == bytes.length && next < 0) {
                return bytes; // the usual case: one array of the size the attributes gave
            }
            if (next < 0) {
                return Arrays.copyOf(bytes, n); // it shrank since it was checked
            }
            return grown(file, in, bytes, next, maxBytes);
        }
    }

    /**
     * The first {@code n} bytes (fewer when the file is shorter) of a regular file of any size: a
     * file's header, read without reading the file.
     */
    public static byte[] head(Path file, int n) throws IOException {
        regular(file, Long.MAX_VALUE);
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    /** A file that grew after its size was checked: read on, but never past the limit. */
    private static byte[] grown(Path file, InputStream in, byte[] start, int next, long maxBytes) throws IOException {
        long allowance = maxBytes - start.length - 1; // what may still follow the byte already read
        if (allowance < 0) {
            throw FileRefusedException.tooLarge(file, start.length + 1L, maxBytes);
        }
        byte[] rest = in.readNBytes((int) allowance + 1); // one more than allowed shows it is too large
        if (rest.length > allowance) {
            throw FileRefusedException.tooLarge(file, start.length + 1L + rest.length, maxBytes);
        }
        byte[] all = Arrays.copyOf(start, start.length + 1 + rest.length);
        all[start.length] = (byte) next;
        System.arraycopy(rest, 0, all, start.length + 1, rest.length);
        return all;
    }
}
