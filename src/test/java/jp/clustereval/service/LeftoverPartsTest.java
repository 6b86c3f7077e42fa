package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.Main;
import jp.clustereval.common.AtomicFiles;

/**
 * A process killed while writing a file leaves its part file behind; the next start removes it:
 * beside the database it opens (its folder and backups), in the data directory, and in an export
 * folder when the same file is written again. The writer is a child JVM killed with SIGKILL, the
 * next start another child JVM (a part file is only removed by a process started after it was
 * written, so the test's own JVM cannot play the next start).
 */
class LeftoverPartsTest {

    @TempDir
    Path dir;

    private Path killedWhileWriting(Path target) throws Exception {
        Files.createDirectories(target.getParent());
        try (ChildJvm writer = ChildJvm.start(SlowWriter.class, "slow", target.toString())) {
            writer.awaitLine("writing");
            writer.kill();
        }
        List<Path> parts = parts(target.getParent());
        assertEquals(1, parts.size(), "the killed writer left its part file: " + parts);
        assertFalse(Files.exists(target), "and no half-written target");
        // a start is only sure that a file is older than itself to the second (Linux gives a
        // process's start time from the boot time, in whole seconds): the kill was "a while ago"
        Files.setLastModifiedTime(parts.get(0), java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(5)));
        return parts.get(0);
    }

    private static List<Path> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> AtomicFiles.isPartName(f.getFileName().toString())).toList();
        }
    }

    /** The next start: the command line's Main on the database, with its data directory in the temp folder. */
    private ChildJvm nextStart(Path db, String... command) throws IOException {
        String[] args = new String[command.length + 2];
        args[0] = "--db";
        args[1] = db.toString();
        System.arraycopy(command, 0, args, 2, command.length);
        return ChildJvm.of(Main.class).env("XDG_DATA_HOME", dir.resolve("xdg").toString()).args(args).start();
    }

    @Test
    void theNextStartRemovesAPartFileBesideItsDatabase() throws Exception {
        Path db = dir.resolve("evaluator.db");
        Path backupPart = killedWhileWriting(dir.resolve("backups").resolve("evaluator-20250101-000000-000-manual.db"));
        Path exportPart = killedWhileWriting(dir.resolve("report.pdf"));
        try (ChildJvm next = nextStart(db, "clusters")) {
            assertEquals(0, next.awaitExit(), String.join("\n", next.lines()));
        }
        assertFalse(Files.exists(backupPart), "removed from the backups folder");
        assertFalse(Files.exists(exportPart), "removed from the database's folder");
    }

    @Test
    void theNextStartRemovesAPartFileInTheDataDirectory() throws Exception {
        Path settingsPart = killedWhileWriting(dir.resolve("xdg").resolve("cluster-eval").resolve("settings.properties"));
        Path keyPart = killedWhileWriting(dir.resolve("xdg").resolve("cluster-eval").resolve("keys").resolve("x.pub"));
        try (ChildJvm next = nextStart(dir.resolve("elsewhere.db"), "clusters")) {
            assertEquals(0, next.awaitExit(), String.join("\n", next.lines()));
        }
        assertFalse(Files.exists(settingsPart));
        assertFalse(Files.exists(keyPart));
    }

    @Test
    void writingTheSameFileAgainRemovesItsLeftoverInAnyFolder() throws Exception {
        Path target = dir.resolve("exports").resolve("mine.cescore");
        killedWhileWriting(target);
        try (ChildJvm again = ChildJvm.start(SlowWriter.class, "fast", target.toString())) {
            assertEquals("parts: 0", again.awaitLineStartingWith("parts: "));
        }
        assertEquals("complete", Files.readString(target));
    }
}
