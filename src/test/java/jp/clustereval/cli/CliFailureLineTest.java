package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.Main;
import jp.clustereval.service.ChildJvm;

/**
 * Every failure of a command prints one line on stderr that names the problem and the log file;
 * running out of memory too (before: a refused command said the problem without the log, and
 * an OutOfMemoryError, which passes picocli's handler, printed nothing at all and exited 1).
 * The real Main in a child JVM, its data directory (and so its log) in the temp folder.
 */
class CliFailureLineTest {

    @TempDir
    Path dir;

    private ChildJvm.Builder command(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("x.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return ChildJvm.of(Main.class).env("XDG_DATA_HOME", dir.resolve("xdg").toString())
                .stderrTo(dir.resolve("stderr.txt")).args(all);
    }

    private Path log() {
        return dir.resolve("xdg").resolve("cluster-eval").resolve("logs").resolve("cluster-eval0.log");
    }

    @Test
    void aRefusedCommandNamesTheProblemAndTheLog() throws Exception {
        try (ChildJvm child = command("grade", "--evaluator", "nobody", "--cluster", "SAP", "--item", "1.1",
                "--grade", "S").start()) {
            assertEquals(1, child.awaitExit());
            List<String> err = child.stderr().lines().toList();
            assertEquals(1, err.size(), child.stderr());
            assertTrue(err.get(0).startsWith("error: "), err.get(0));
            assertTrue(err.get(0).endsWith(" Log: " + log()), err.get(0));
        }
    }

    /** A 9000 x 9000 chart needs a 324 MB image: with 64 MB of heap the command runs out of memory. */
    @Test
    void runningOutOfMemoryIsOneLineNamingMemoryAndTheLog() throws Exception {
        try (ChildJvm child = command("chart", "grid", "--width", "9000", "--height", "9000",
                "--out", dir.resolve("big.png").toString()).jvmOptions("-Xmx64m").start()) {
            assertEquals(1, child.awaitExit());
            List<String> err = child.stderr().lines().toList();
            assertEquals(1, err.size(), child.stderr());
            assertTrue(err.get(0).startsWith("error: ClusterEval ran out of memory (it may use at most "), err.get(0));
            assertTrue(err.get(0).contains("-Xmx"), err.get(0));
            assertTrue(err.get(0).endsWith(" Log: " + log()), err.get(0));
        }
    }
}
