package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.Main;

/**
 * The open database keeps its protection whatever happens inside the process: a child JVM opens a
 * database as the desktop does and then opens and closes every file of its folder and of the lock
 * folder (as GTK's file chooser does when the user browses there, which drops every POSIX lock
 * the process holds on those files). Other processes then read and write: a ClusterEval command
 * that reads (answered from a copy), one that writes (refused: the database is held), and a plain
 * SQLite program (refused). The application saves again, is killed, and every grade it said was
 * saved is in the file.
 */
class DatabaseDropTest {

    @TempDir
    Path dir;

    @Test
    void closingTheDatabasesFilesInsideTheProcessLosesNothing() throws Exception {
        Path db = dir.resolve("chair.db");
        try (ChildJvm app = ChildJvm.start(DroppingApp.class, db.toString())) {
            app.awaitLine("ready");
            app.awaitLine("dropped");
            Thread.sleep(3 * 100); // a few of the lock keeper's periods

            ChildJvm.Ended read = ChildJvm.start(Main.class, "--db", db.toString(), "evaluator", "list", "--format", "csv").awaitEnd();
            assertEquals(0, read.exit(), read.output());
            assertTrue(read.output().contains("評価 一郎"), read.output());

            ChildJvm.Ended write = ChildJvm.start(Main.class, "--db", db.toString(), "evaluator", "add", "--name", "Intruder").awaitEnd();
            assertEquals(1, write.exit(), write.output());
            assertTrue(write.output().contains("already open for writing in ClusterEval (process " + app.pid()), write.output());

            ChildJvm.Ended foreign = ChildJvm.start(ForeignSqlite.class, db.toString()).awaitEnd();
            assertTrue(foreign.output().contains("read refused"), foreign.output());
            assertTrue(foreign.output().contains("write refused"), foreign.output());

            app.send("grade 1.2.1 A");
            app.awaitLine("saved 1.2.1");
            assertEquals(List.of(), deletedFilesOf(app.pid()), "the application writes only to files that are still there");
            app.kill();
        }
        try (Services s = Services.openAsWriter(db, dir.resolve("keys"))) {
            assertEquals(1, s.evaluators().all().size(), "nobody else wrote");
            String me = s.evaluators().local().orElseThrow().id();
            SheetData sheet = s.grading().load(new SheetKey(s.rounds().current().id(), me, DroppingApp.CLUSTER));
            assertEquals("S", sheet.entry("1.1").grade());
            assertEquals("A", sheet.entry("1.2.1").grade(), "the grade saved after the files were closed survived the kill");
        }
    }

    /** The files a process has open that were deleted under it (Linux: /proc/PID/fd); empty elsewhere. */
    private static List<String> deletedFilesOf(long pid) throws Exception {
        Path fds = Path.of("/proc", String.valueOf(pid), "fd");
        if (!Files.isDirectory(fds)) {
            return List.of();
        }
        try (Stream<Path> links = Files.list(fds)) {
            return links.map(l -> {
                try {
                    return Files.readSymbolicLink(l).toString();
                } catch (Exception e) {
                    return "";
                }
            }).filter(t -> t.endsWith("(deleted)") && t.contains("chair.db")).toList();
        }
    }
}
