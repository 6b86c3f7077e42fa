package jp.clustereval.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a file whole or not at all, and removing only the part files a stopped process left. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteReplacesTheFileAndLeavesNothingElse() throws Exception {
        Path target = dir.resolve("report.csv");
        Files.writeString(target, "old");
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("report.csv"), names());
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndRemovesItsPartFileAndSideFiles() throws Exception {
        Path target = dir.resolve("backup.db");
        Files.writeString(target, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, part -> {
            Files.writeString(part, "half of it");
            Files.writeString(part.resolveSibling(part.getFileName() + "-journal"), "sqlite's journal");
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("backup.db"), names(), "no part file, no journal of it");
    }

    @Test
    void aPartFileNamesItsTargetAndItsWriterAndIsHidden() {
        String name = AtomicFiles.partName("mine.cescore");
        assertTrue(name.startsWith(".mine.cescore." + ProcessHandle.current().pid() + "."), name);
        assertTrue(AtomicFiles.isPartName(name), name);
        assertTrue(AtomicFiles.isPartName(name + "-journal"), name);
        assertFalse(AtomicFiles.isPartName("mine.cescore.part"), "someone else's .part file is not ours");
        assertFalse(AtomicFiles.isPartName("movie.mkv.part"));
        assertTrue(AtomicFiles.partName("x".repeat(300)).length() < 120, "a long name is shortened");
    }

    @Test
    void onlyOldPartFilesOfStoppedProcessesAreRemoved() throws Exception {
        long dead = deadPid();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        Path stale = plant(".mine.cescore." + dead + ".0123abcd.part", hourAgo);
        Path staleJournal = plant(".b.db." + dead + ".89abcdef.part-journal", hourAgo);
        Path running = plant(".mine.cescore." + alive + ".0123abcd.part", hourAgo);
        Path recent = plant(".other.csv." + dead + ".0123abcd.part", FileTime.from(Instant.now()));
        Path foreign = plant("mine.cescore.part", hourAgo);
        Path download = plant("movie.mkv.part", hourAgo);

        assertEquals(2, AtomicFiles.removeStale(dir));
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleJournal));
        assertTrue(Files.exists(running), "its writer is still running");
        assertTrue(Files.exists(recent), "written after this process started: maybe by one still writing");
        assertTrue(Files.exists(foreign), "not our name");
        assertTrue(Files.exists(download), "not our name");
    }

    private Path plant(String name, FileTime modified) throws IOException {
        Path f = Files.writeString(dir.resolve(name), "partial");
        Files.setLastModifiedTime(f, modified);
        return f;
    }

    /** The pid of a process that has ended. */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        return pid;
    }

    @Test
    void aFailureNamesTheProblemWithoutJavaClassNames() {
        Path target = dir.resolve("missing-folder").resolve("x.csv");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, new byte[] {1}));
        UserFacingException u = AtomicFiles.failure(target, e);
        assertEquals("file.writeFailed", u.key());
        assertEquals("The file " + target + " could not be written: the folder " + target.getParent()
                + " does not exist", u.getMessage());
        UserFacingException full = AtomicFiles.failure(target, new IOException("No space left on device"));
        assertEquals("file.diskFull", full.key());
        assertTrue(full.getMessage().contains("is full"), full.getMessage());
    }
}
