package jp.clustereval.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real X display with a window manager for tests of the real toolkit: Xvfb (1400x900) on a free
 * display number, openbox on it, and xdotool to act on windows as a user would (what Monocle cannot
 * show: a window manager's sizing, GTK's own file chooser). The tools come from Debian's xvfb, openbox
 * xdotool and x11-utils packages, which {@code .ci/run} installs; where they are missing the test is skipped,
 * unless {@code CLUSTEREVAL_REAL_DISPLAY=required} (as in CI), when it fails.
 */
public final class RealDisplay implements AutoCloseable {

    public static final int WIDTH = 1400;
    public static final int HEIGHT = 900;

    private final Process xvfb;
    private final Process windowManager;
    private final String display;

    private RealDisplay(Process xvfb, Process windowManager, String display) {
        this.xvfb = xvfb;
        this.windowManager = windowManager;
        this.display = display;
    }

    /** Starts Xvfb and openbox; skips the test when the tools are not installed (fails when they are required). */
    public static RealDisplay start() throws IOException, InterruptedException {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("Xvfb", "openbox", "xdotool", "xwininfo", "xprop", "inotifywait")) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (!missing.isEmpty()) {
            String why = "the real-toolkit tests need " + missing + " (Debian: xvfb openbox xdotool x11-utils inotify-tools libgtk-3-0)";
            if ("required".equals(System.getenv("CLUSTEREVAL_REAL_DISPLAY"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", WIDTH + "x" + HEIGHT + "x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8));
        String number = out.readLine(); // -displayfd: the server writes its display number once it is ready
        if (number == null || !number.strip().matches("\\d+")) {
            xvfb.destroyForcibly();
            throw new IOException("Xvfb did not start");
        }
        String display = ":" + number.strip();
        ProcessBuilder wm = new ProcessBuilder("openbox").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        wm.environment().put("DISPLAY", display);
        Process openbox = wm.start();
        RealDisplay d = new RealDisplay(xvfb, openbox, display);
        d.awaitWindowManager();
        return d;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** openbox has taken the display once it answers as the window manager. */
    private void awaitWindowManager() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (xdotool("get_desktop").strip().matches("\\d+")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException("openbox did not start on " + display);
    }

    public String display() {
        return display;
    }

    /** The environment a program needs to show its windows here. */
    public Map<String, String> environment() {
        return Map.of("DISPLAY", display);
    }

    /** Runs xdotool with the arguments on this display; its output (empty when it found nothing). */
    public String xdotool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("xdotool", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().put("DISPLAY", display);
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("xdotool " + String.join(" ", args) + " did not end within 10 s");
            }
            return p.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : "";
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** The first window whose title matches the regular expression, waited for. */
    public String awaitWindow(String titleRegex, Duration wait) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            String found = xdotool("search", "--onlyvisible", "--name", titleRegex).strip();
            if (!found.isEmpty()) {
                return found.lines().findFirst().orElseThrow();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No window titled /" + titleRegex + "/ within " + wait);
    }

    /** Waits until no visible window has a title matching the regular expression. */
    public void awaitNoWindow(String titleRegex, Duration wait) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (xdotool("search", "--onlyvisible", "--name", titleRegex).isBlank()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The window titled /" + titleRegex + "/ is still there after " + wait);
    }

    /**
     * Where a window is as the X server and the window manager say (not as the application thinks):
     * its content area's top left corner on the screen and size, the frame the window manager drew
     * around it (the title bar is the top), and whether the window manager has it maximised.
     */
    public record Geometry(int x, int y, int width, int height, int frameLeft, int frameRight, int frameTop,
                           int frameBottom, boolean maximized) {

        /** The whole window with its frame: left, top, right, bottom. */
        public int outerLeft() {
            return x - frameLeft;
        }

        public int outerTop() {
            return y - frameTop;
        }

        public int outerRight() {
            return x + width + frameRight;
        }

        public int outerBottom() {
            return y + height + frameBottom;
        }

        public double centreX() {
            return (outerLeft() + outerRight()) / 2.0;
        }

        public double centreY() {
            return (outerTop() + outerBottom()) / 2.0;
        }

        @Override
        public String toString() {
            return width + "x" + height + " at " + x + "," + y + " (frame " + frameLeft + "," + frameRight + ","
                    + frameTop + "," + frameBottom + (maximized ? ", maximised)" : ")");
        }
    }

    /** The window's geometry from xwininfo (xdotool's position is off by the frame) and xprop. */
    public Geometry geometry(String window) throws IOException, InterruptedException {
        String info = run("xwininfo", "-id", window);
        int[] frame = new int[4];
        String extents = run("xprop", "-id", window, "_NET_FRAME_EXTENTS");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("=\\s*(\\d+),\\s*(\\d+),\\s*(\\d+),\\s*(\\d+)").matcher(extents);
        if (m.find()) {
            for (int i = 0; i < 4; i++) {
                frame[i] = Integer.parseInt(m.group(i + 1));
            }
        }
        String state = run("xprop", "-id", window, "_NET_WM_STATE");
        return new Geometry(field(info, "Absolute upper-left X"), field(info, "Absolute upper-left Y"),
                field(info, "Width"), field(info, "Height"), frame[0], frame[1], frame[2], frame[3],
                state.contains("_NET_WM_STATE_MAXIMIZED_VERT") && state.contains("_NET_WM_STATE_MAXIMIZED_HORZ"));
    }

    private static int field(String xwininfo, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*" + java.util.regex.Pattern.quote(name)
                + ":\\s*(-?\\d+)").matcher(xwininfo);
        if (!m.find()) {
            throw new AssertionError("xwininfo said nothing of " + name + ": " + xwininfo);
        }
        return Integer.parseInt(m.group(1));
    }

    /** Runs a program on this display and returns its output (stdout and stderr). */
    private String run(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("x11", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().put("DISPLAY", display);
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end within 10 s");
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Focuses the window and types keys into it (xdotool key names, e.g. "ctrl+l", "Return"). */
    public void keys(String window, String... keys) throws IOException, InterruptedException {
        activate(window);
        for (String k : keys) {
            xdotool("key", "--clearmodifiers", k);
            Thread.sleep(150);
        }
    }

    /** Presses Escape in the window until no window with that title is left (a dialog busy at the first press). */
    public void closeWithEscape(String window, String titleRegex, Duration wait) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (xdotool("search", "--onlyvisible", "--name", titleRegex).isBlank()) {
                return;
            }
            try {
                keys(window, "Escape");
            } catch (AssertionError closedMeanwhile) {
                // it went between the look and the key: the next look says so
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The window titled /" + titleRegex + "/ did not close with Escape within " + wait);
    }

    /**
     * Watches the folder with inotify and writes to {@code out} the name of every file any process
     * closes after reading it (seen even when it was opened with O_NOATIME, as GLib does). Returns
     * once the watch is set up; destroy the process to stop it.
     */
    public static Process watchClosedFiles(Path folder, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("inotifywait", "-m", "-q", "-e", "close_nowrite", "--format", "%f", folder.toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(300); // inotifywait sets its watch at once; no output says when
        return p;
    }

    /** Focuses the window and types the text into it. */
    public void type(String window, String text) throws IOException, InterruptedException {
        activate(window);
        xdotool("type", "--delay", "20", text);
    }

    /** Asks the window manager to activate the window and waits until it has the focus (at most 5 s). */
    public void activate(String window) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        do {
            xdotool("windowactivate", window);
            Thread.sleep(100);
            if (xdotool("getactivewindow").strip().equals(window)) {
                return;
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("The window " + window + " did not get the focus");
    }

    @Override
    public void close() {
        windowManager.destroy();
        xvfb.destroy();
        try {
            windowManager.waitFor(5, TimeUnit.SECONDS);
            xvfb.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        windowManager.destroyForcibly();
        xvfb.destroyForcibly();
    }
}
