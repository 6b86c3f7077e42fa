package jp.clustereval.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;

/**
 * Run by {@link FullDiskTest} in a child JVM whose folder (args[0]) is a small tmpfs of its own
 * (mounted in a user and mount namespace, so no root is needed). Grades, then fills the disk for
 * real (a file written until the kernel says "No space left on device"), and tries what a user
 * would do: save a comment in the running application, make a backup, export a score file, open
 * the database again and save (as the next command would). Prints one line per attempt:
 * {@code <step>: <message key> <message>} (or {@code saved}), then frees the space and saves again;
 * then remounts the folder read-only and saves once more.
 */
public final class FullDiskScenario {

    private FullDiskScenario() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        AppLogging.init(dir.resolve("logs"), AppLogging.LIMIT_BYTES, AppLogging.FILES); // the log is on the full disk too
        Path db = dir.resolve("evaluator.db");
        Path keys = dir.resolve("keys");
        Services s = Services.open(db, false, keys);
        Evaluator e = s.evaluators().createLocal("評価 一郎", "大学A");
        SheetKey key = new SheetKey(s.rounds().current().id(), e.id(), "SAP");
        s.grading().setGrade(key, "1.1", "A", "gui");
        s.keys().ownKeyPair(e.id());
        Path filler = dir.resolve("filler");
        fill(filler);
        for (int i = 0; i < 100; i++) { // more than the log file's last page holds: its writes fail now
            java.util.logging.Logger.getLogger(FullDiskScenario.class.getName()).info("line " + i + " " + "x".repeat(100));
        }
        String comment = "計画を上回る成果".repeat(2000);

        attempt("save", () -> s.grading().setItemText(key, "1.2.1", ItemTextField.COMMENT, comment, "gui"));
        attempt("backup", () -> new BackupService(s.database()).backupNow());
        attempt("export", () -> s.exporter().export(e.id(), null, dir.resolve("mine.cescore")));
        attempt("close", () -> {
            s.close();
            return null;
        });
        attempt("reopen-and-save", () -> {
            try (Services again = Services.open(db, false, keys)) {
                return again.grading().setItemText(key, "1.2.1", ItemTextField.COMMENT, comment, "cli");
            }
        });
        System.out.println("parts: " + parts(dir));

        Files.delete(filler);
        try (Services again = Services.open(db, false, keys)) {
            System.out.println("stored comment before freeing: "
                    + again.grading().load(key).entry("1.2.1").comment().length());
            attempt("save after freeing", () -> again.grading().setItemText(key, "1.2.1", ItemTextField.COMMENT, comment, "gui"));
        }
        // a file system that became read-only (remounted: possible only with no file open for writing)
        AppLogging.shutdown();
        if (run("mount", "-o", "remount,ro", dir.toString())) {
            attempt("save on read-only", () -> {
                try (Services again = Services.open(db, false, keys)) {
                    return again.grading().setItemText(key, "1.3", ItemTextField.COMMENT, "読み取り専用", "gui");
                }
            });
            run("mount", "-o", "remount,rw", dir.toString());
        } else {
            System.out.println("save on read-only: not tried (remount refused)");
        }
        System.out.println("done");
    }

    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
        byte[] small = new byte[512];
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                out.write(small);
                out.flush();
            }
        } catch (IOException full) {
            System.out.println("filled: " + full.getMessage());
        }
    }

    private static void attempt(String step, Supplier<Object> action) {
        try {
            action.get();
            System.out.println(step + ": saved");
        } catch (UserFacingException ex) {
            System.out.println(step + ": " + ex.key() + " " + ex.getMessage().replace('\n', ' '));
        } catch (RuntimeException ex) {
            System.out.println(step + ": unexpected " + ex);
        }
    }

    private static long parts(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().contains(".part")).count();
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException ex) {
            return false;
        }
    }
}
