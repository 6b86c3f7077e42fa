package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk, without root: the child JVM ({@link FullDiskScenario}) runs in a user and
 * mount namespace of its own ({@code unshare --user --map-root-user --mount}) on a 3 MB tmpfs
 * mounted there, fills it, and reports what each attempt said. Every write gives the documented
 * disk-full message (before: "[SQLITE_IOERR_SHMSIZE] ...", "cannot commit - no transaction is
 * active" or "SQLite error 13"), nothing of a failed save is stored, no part file is left, the
 * same save works once space is freed, a file system that became read-only says read-only, and
 * the log file on the same disk says once that it cannot be written.
 * Skipped where unprivileged user namespaces are not allowed (the in-process simulation with
 * PRAGMA max_page_count in SaveFailureTest still runs there).
 */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void everyWriteOnAFullDiskSaysTheDiskIsFull() throws Exception {
        Assumptions.assumeTrue(namespacesAllowed(), "unshare --user --mount is not allowed here");
        Path mountPoint = dir.resolve("small-disk");
        java.nio.file.Files.createDirectories(mountPoint);
        try (ChildJvm child = ChildJvm.of(FullDiskScenario.class)
                .wrappedIn("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                        "mount -t tmpfs -o size=3m tmpfs \"$1\" && shift && exec \"$@\"", "sh", mountPoint.toString())
                .args(mountPoint.toString()).start()) {
            child.awaitLine("done");
            List<String> lines = child.lines();
            String all = String.join("\n", lines);
            assertTrue(lines.contains("filled: No space left on device"), all);
            assertStep(lines, "save: store.diskFull The disk holding " + mountPoint.resolve("evaluator.db")
                    + " is full: the change was not saved.");
            assertStep(lines, "backup: backup.diskFull The disk holding the backup " + mountPoint.resolve("backups"));
            assertStep(lines, "export: file.diskFull The disk holding " + mountPoint.resolve("mine.cescore") + " is full");
            assertStep(lines, "reopen-and-save: store.diskFull ");
            assertTrue(lines.contains("parts: 0"), "no part file left behind:\n" + all);
            assertTrue(lines.contains("stored comment before freeing: 0"), "nothing of the failed saves stored:\n" + all);
            assertTrue(lines.contains("save after freeing: saved"), all);
            assertStep(lines, "save on read-only: store.readOnly The database file " + mountPoint.resolve("evaluator.db")
                    + " is read-only");
            // the log on the same disk: one line saying so, not java.util.logging's stack trace per record
            assertEquals(1, lines.stream().filter(l -> l.startsWith("warning: The log file " + mountPoint.resolve("logs")
                    .resolve("cluster-eval0.log") + " cannot be written (No space left on device)")).count(), all);
            assertTrue(lines.stream().noneMatch(l -> l.contains("ErrorManager") || l.startsWith("\tat ")), all);
        }
    }

    private static void assertStep(List<String> lines, String expectedStart) {
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(expectedStart)),
                "expected a line starting with '" + expectedStart + "' in:\n" + String.join("\n", lines));
    }

    static boolean namespacesAllowed() {
        try {
            Process p = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "true")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

}
