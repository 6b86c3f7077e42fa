package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.Main;
import jp.clustereval.service.ChildJvm;

/**
 * The desktop that cannot start says why, in one line on stderr that names the log file, and
 * exits 1 (before: exit 1 and nothing printed; the reason was only in the log). The real
 * application's Main runs in a child JVM with JavaFX's real GTK port (not the tests' Monocle):
 * <ul>
 * <li>without a display: DISPLAY removed from the environment;</li>
 * <li>without GTK 3: glass first checks the display, so the child gets one, {@link FakeXServer},
 * which answers just enough for XOpenDisplay; then glass loads libgtk-3.so.0, which fails: on a
 * machine without GTK 3 because it is not there, on one with GTK 3 because LD_LIBRARY_PATH puts an
 * empty file of that name first (the dynamic loader stops at it: "file too short"). Either way
 * glass fails as it does for a user without the package: "Unable to load glass GTK library."</li>
 * </ul>
 */
class DesktopStartFailureTest {

    @TempDir
    Path dir;

    private ChildJvm.Builder desktop() {
        return ChildJvm.of(Main.class)
                .env("XDG_DATA_HOME", dir.resolve("xdg").toString())
                .withoutEnv("WAYLAND_DISPLAY")
                .stderrTo(dir.resolve("stderr.txt"))
                .args("--db", dir.resolve("evaluator.db").toString());
    }

    private Path log() {
        return dir.resolve("xdg").resolve("cluster-eval").resolve("logs").resolve("cluster-eval0.log");
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void withoutADisplayItSaysSoInOneLine() throws Exception {
        try (ChildJvm child = desktop().withoutEnv("DISPLAY").start()) {
            assertEquals(1, child.awaitExit());
            List<String> err = lines(child.stderr());
            assertEquals(List.of("error: The desktop needs a display, and there is none (DISPLAY is not set). Start it in a"
                    + " graphical session (DISPLAY or WAYLAND_DISPLAY set), or use the command line (--help). Log: " + log()),
                    err);
            assertTrue(Files.readString(log()).contains("Unable to open DISPLAY"), "the log keeps JavaFX's own words");
        }
    }

    @Test
    void withoutGtk3ItNamesTheLibraryAndThePackage() throws Exception {
        Path fakeLibraries = Files.createDirectories(dir.resolve("no-gtk"));
        Files.createFile(fakeLibraries.resolve("libgtk-3.so.0")); // not a library: loading it fails
        try (FakeXServer x = FakeXServer.start();
             ChildJvm child = desktop().env("DISPLAY", x.display())
                     .env("LD_LIBRARY_PATH", fakeLibraries.toString())
                     // the fake server has no GLX: Prism's OpenGL probe would print its own complaint
                     .jvmOptions("-Dprism.order=sw").start()) {
            assertEquals(1, child.awaitExit());
            List<String> err = lines(child.stderr());
            assertEquals(1, err.size(), String.join("\n", err));
            assertEquals("error: The desktop needs GTK 3 (Debian/Ubuntu package libgtk-3-0), which is missing: libgtk-3.so.0"
                    + " cannot be loaded. Install it (sudo apt install libgtk-3-0), or use the command line (--help). Log: "
                    + log(), err.get(0));
            assertTrue(Files.readString(log()).contains("Unable to load glass GTK library"), "the log keeps JavaFX's own words");
        }
    }
}
