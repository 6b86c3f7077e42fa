package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.Main;
import jp.clustereval.desktop.RealDisplay;
import jp.clustereval.service.ChildJvm;
import jp.clustereval.service.Services;

/**
 * GTK's file chooser spoke English in Japanese mode: GTK takes its language from the environment
 * when the toolkit starts. A Japanese desktop started under an English environment now runs its
 * toolkit in a process started again with LANGUAGE=ja; the window on the screen belongs to it, and
 * ending the start ends the desktop too.
 */
class RealToolkitLanguageTest {

    @TempDir
    Path dir;

    @Test
    void aJapaneseDesktopUnderAnEnglishEnvironmentRunsItsToolkitInJapanese() throws Exception {
        Path db = dir.resolve("evaluator.db");
        try (Services s = Services.openAsWriter(db, dir.resolve("keys"))) {
            s.evaluators().createLocal("Ichiro Hyoka", "University A");
        }
        try (RealDisplay display = RealDisplay.start();
             ChildJvm app = ChildJvm.of(Main.class).env("DISPLAY", display.display())
                     .env("XDG_DATA_HOME", dir.resolve("xdg").toString())
                     .env("LANG", "C.UTF-8").env("LANGUAGE", "en").withoutEnv("LC_ALL").withoutEnv("LC_MESSAGES")
                     .stderrTo(dir.resolve("stderr.txt")).args("--db", db.toString(), "--lang", "ja").start()) {
            String window;
            try {
                window = display.awaitWindow("^ClusterEval", Duration.ofSeconds(60));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; stderr: " + Files.readString(dir.resolve("stderr.txt")), e);
            }
            long owner = Long.parseLong(display.xdotool("getwindowpid", window).strip());
            List<String> environment = Arrays.asList(
                    Files.readString(Path.of("/proc", String.valueOf(owner), "environ"), StandardCharsets.UTF_8).split("\0"));
            assertTrue(environment.contains("LANGUAGE=ja"), environment.toString());
            assertEquals(app.pid(), ProcessHandle.of(owner).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L),
                    "the window belongs to the process the start began again");
            app.terminate();
            java.util.Optional<ProcessHandle> desktop = ProcessHandle.of(owner);
            if (desktop.isPresent()) { // the desktop ends with its start (else: TimeoutException)
                desktop.get().onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }
}
