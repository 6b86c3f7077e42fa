package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.Main;
import jp.clustereval.desktop.RealDisplay;
import jp.clustereval.service.ChildJvm;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetData;
import jp.clustereval.service.SheetKey;

/**
 * On the real toolkit, under a window manager: the chair opens Panel's file chooser (GTK's own
 * dialog, inside the application's process) and browses into the folder that holds the database,
 * which makes GTK open and close the database's files. Afterwards the application still holds the
 * database: a command that writes is refused, one that reads works, a plain SQLite program is kept
 * out, the application's next save survives a kill, and it never writes to a deleted file.
 */
class RealChooserLocksTest {

    @TempDir
    Path dir;

    @Test
    void browsingIntoTheDatabasesFolderInGtksChooserLosesNothing() throws Exception {
        Path db = dir.resolve("chair.db");
        Path xdg = dir.resolve("xdg");
        try (Services s = Services.openAsWriter(db, dir.resolve("keys"))) {
            s.evaluators().createLocal("Chair One", "MEXT");
        }
        try (RealDisplay display = RealDisplay.start();
             ChildJvm app = ChildJvm.of(RealDesktopDriver.class).env("DISPLAY", display.display())
                     .env("XDG_DATA_HOME", xdg.toString()).args(db.toString()).start()) {
            app.awaitLine("ready");
            app.send("grade SEN 1.1 S");
            app.awaitLine("saved SEN 1.1 S");

            // a file the application never opens: whether GTK opened it tells whether it listed the folder
            // (GLib opens with O_NOATIME, so only inotify sees it)
            Files.writeString(dir.resolve("sentinel"), "GTK sniffs the start of every file it lists");
            Path opened = dir.resolve("opened.txt");
            Process watch = RealDisplay.watchClosedFiles(dir, opened);
            app.send("choose-score-files");
            String chooser = display.awaitWindow("^Import score files", Duration.ofSeconds(30));
            Thread.sleep(1500); // the dialog takes keys once GTK has laid it out, a moment after it is mapped
            display.keys(chooser, "ctrl+l");
            display.type(chooser, dir + "/");
            display.keys(chooser, "Return");
            Thread.sleep(2000); // GTK lists the folder, reading the start of every file in it
            display.closeWithEscape(chooser, "^Import score files", Duration.ofSeconds(20));
            app.awaitLine("chosen 0");
            watch.destroy();
            watch.waitFor();
            List<String> closed = Files.readAllLines(opened);
            assertTrue(closed.contains("sentinel") && closed.contains("chair.db"),
                    "the chooser showed the database's folder and opened its files: " + closed);
            Thread.sleep(500); // several periods of the lock keeper

            ChildJvm.Ended write = cli(xdg, "--db", db.toString(), "evaluator", "add", "--name", "Intruder");
            assertEquals(1, write.exit(), write.output());
            assertTrue(write.output().contains("already open for writing in ClusterEval (process " + app.pid()), write.output());
            ChildJvm.Ended read = cli(xdg, "--db", db.toString(), "evaluator", "list", "--format", "csv");
            assertEquals(0, read.exit(), read.output());
            assertTrue(read.output().contains("Chair One"), read.output());
            ChildJvm.Ended foreign = ChildJvm.start(jp.clustereval.service.ForeignSqlite.class, db.toString()).awaitEnd();
            assertTrue(foreign.output().contains("read refused") && foreign.output().contains("write refused"), foreign.output());

            app.send("grade SEN 1.2.1 A");
            app.awaitLine("saved SEN 1.2.1 A");
            assertEquals(List.of(), deletedFilesOf(app.pid(), db), "the application writes only to files that are still there");
            app.kill();
        }
        try (Services s = Services.openAsWriter(db, dir.resolve("keys"))) {
            assertEquals(1, s.evaluators().all().size(), "nobody else wrote");
            String me = s.evaluators().local().orElseThrow().id();
            SheetData sheet = s.grading().load(new SheetKey(s.rounds().current().id(), me, "SEN"));
            assertEquals("S", sheet.entry("1.1").grade());
            assertEquals("A", sheet.entry("1.2.1").grade(), "the save after the chooser survived the kill");
        }
    }

    private static ChildJvm.Ended cli(Path xdg, String... args) throws Exception {
        return ChildJvm.of(Main.class).env("XDG_DATA_HOME", xdg.toString()).args(args).start().awaitEnd();
    }

    /** The database's files the process has open that were deleted under it (Linux: /proc/PID/fd). */
    private static List<String> deletedFilesOf(long pid, Path db) throws Exception {
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
            }).filter(t -> t.startsWith(db.toString()) && t.endsWith("(deleted)")).toList();
        }
    }
}
