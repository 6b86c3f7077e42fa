package jp.clustereval.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files of at most the limit are read; everything else is refused before it is opened. */
class BoundedFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileWithinTheLimitIsReadWholeAndALinkToOneIsFollowed() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "評価 太郎", StandardCharsets.UTF_8);
        byte[] expected = "評価 太郎".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, BoundedFiles.read(file, expected.length)); // exactly at the limit
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), file);
        assertArrayEquals(expected, BoundedFiles.read(link, 1024));
        assertArrayEquals(new byte[0], BoundedFiles.read(Files.createFile(dir.resolve("empty")), 0));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSize() throws Exception {
        Path file = Files.write(dir.resolve("big"), new byte[1001]);
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> BoundedFiles.read(file, 1000));
        assertEquals(FileRefusedException.Reason.TOO_LARGE, e.reason());
        assertEquals(1001, e.size());
        assertEquals(1000, e.limit());
        assertEquals("big is too large (1,001 bytes; at most 1,000 bytes are accepted): it was refused.",
                e.message(Locale.ROOT));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aLinkToDevZeroIsRefusedAtOnceNotReadUntilMemoryRunsOut() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.cescore"), Path.of("/dev/zero"));
        FileRefusedException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FileRefusedException.class, () -> BoundedFiles.read(link, 20L << 20)));
        assertEquals(FileRefusedException.Reason.NOT_REGULAR, e.reason());
        assertEquals("zero.cescore is not a regular file (it is a folder, a device such as /dev/zero, a pipe or a socket):"
                + " it was refused without being read.", e.message(Locale.ROOT));
        assertThrows(FileRefusedException.class, () -> BoundedFiles.head(link, 100));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("pipe.cescore");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        // opening a pipe waits for a writer: refused without opening, the reader never blocks
        assertEquals(FileRefusedException.Reason.NOT_REGULAR, assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FileRefusedException.class, () -> BoundedFiles.read(fifo, 1000))).reason());
        assertEquals(FileRefusedException.Reason.NOT_REGULAR, assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FileRefusedException.class, () -> BoundedFiles.head(fifo, 100))).reason());
    }

    @Test
    void aFolderIsRefusedAndAMissingFileIsAnError() throws Exception {
        assertEquals(FileRefusedException.Reason.NOT_REGULAR,
                assertThrows(FileRefusedException.class, () -> BoundedFiles.read(dir, 1000)).reason());
        assertThrows(NoSuchFileException.class, () -> BoundedFiles.read(dir.resolve("missing"), 1000));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFileLongerThanItsSizeSaidIsStillReadOnlyUpToTheLimit() throws Exception {
        // /proc files say size 0 and hold more: the read goes on past the size it was given, never past the limit
        Path status = Path.of("/proc/self/status");
        assertEquals(0, Files.size(status));
        String text = new String(BoundedFiles.read(status, 1 << 20), StandardCharsets.US_ASCII);
        assertTrue(text.contains("VmRSS") || text.contains("Pid"), text);
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> BoundedFiles.read(status, 64));
        assertEquals(FileRefusedException.Reason.TOO_LARGE, e.reason());
        assertEquals(65, e.size()); // at least: the read stopped one byte past the limit
    }

    @Test
    void theHeadOfAFileIsItsFirstBytes() throws Exception {
        Path file = Files.write(dir.resolve("h"), new byte[] {1, 2, 3, 4, 5});
        assertArrayEquals(new byte[] {1, 2, 3}, BoundedFiles.head(file, 3));
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, BoundedFiles.head(file, 100));
    }
}
