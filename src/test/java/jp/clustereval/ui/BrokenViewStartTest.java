package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.Main;
import jp.clustereval.desktop.RealDisplay;
import jp.clustereval.service.ChildJvm;
import jp.clustereval.ui.common.FxmlView;

/**
 * The desktop whose installation has a view that cannot be built (here: the keys window names a
 * controller the application's factory does not make, as a merge that forgets the factory would)
 * does not start and then fail on the click that opens that window: it stops at start-up, right
 * after its first frame and with nothing clicked, with one line on stderr naming the view and the
 * log file and a dialog saying the same; closing the dialog ends the process with a failure. The
 * real application's Main, in a child JVM, on the real toolkit under Xvfb (the broken view comes
 * first on its class path). Before, it started, and the keys window failed when opened.
 */
class BrokenViewStartTest {

    @TempDir
    Path dir;

    @Test
    void aViewThatCannotBeBuiltStopsTheStartWithItsName() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken").resolve("fxml"));
        String keys;
        try (var in = FxmlView.KEYS.url().openStream()) {
            keys = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(broken.resolve("keys.fxml"),
                keys.replace("jp.clustereval.ui.keys.KeysController", "jp.clustereval.ui.keys.KeyListController"));
        Path xdg = dir.resolve("xdg");
        Path db = dir.resolve("evaluator.db");
        Path log = xdg.resolve("cluster-eval").resolve("logs").resolve("cluster-eval0.log");
        try (RealDisplay display = RealDisplay.start();
             ChildJvm app = ChildJvm.of(Main.class).classPathFirst(broken.getParent())
                     .env("DISPLAY", display.display()).env("XDG_DATA_HOME", xdg.toString()).withoutEnv("WAYLAND_DISPLAY")
                     .stderrTo(dir.resolve("stderr.txt")).args("--db", db.toString()).start()) {
            String dialog = display.awaitWindow("^ClusterEval$", Duration.ofSeconds(60));
            // GTK's own diagnostics under Xvfb ("(java:PID): Gdk-WARNING ...") are not the application's
            List<String> err = app.stderr().lines().filter(l -> !l.isBlank() && !l.matches("\\(java:\\d+\\): \\w+-\\w+ .*"))
                    .toList();
            assertEquals(List.of("error: ClusterEval cannot start: its window keys.fxml cannot be built (its controller "
                    + "jp.clustereval.ui.keys.KeyListController is not made by the controller factory). The installation "
                    + "is incomplete or damaged: install ClusterEval again. Log: " + log), err);
            display.keys(dialog, "Return"); // OK
            assertEquals(1, app.awaitExit(), "the start failed");
            assertTrue(Files.readString(log).contains("The application could not start"), "the log has the whole story");
        }
    }
}
