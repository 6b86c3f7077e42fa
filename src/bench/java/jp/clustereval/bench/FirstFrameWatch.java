package jp.clustereval.bench;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What a person sees of a start, measured from outside on a real X server with a window manager
 * (installer/measure-first-frame.sh starts Xvfb and openbox): starts the given command N times and,
 * from {@code ProcessBuilder.start()}, polls xdotool until a visible window whose name matches
 * {@code --title} is mapped, then reads that window's client area from the screen (java.awt.Robot)
 * every few milliseconds. A capture is "white" when at least {@value #WHITE_SHARE} of its pixels are
 * pure white (a mapped window that has not been drawn yet). Per run it prints the time until the
 * window was mapped, until the first capture that was not white (the first frame), and the longest
 * white stretch seen in the {@code --watch-ms} after the first frame (a window that turns white
 * again while the FX thread is busy). One line per run and a summary:
 * With {@code --splash REGEX} it also reports when a window of that name was first seen (the
 * launcher's splash picture is AWT's window named "Java"), or -1 if none was:
 * <pre>FIRST-FRAME run=1 splash=96 mapped=812 content=905 white-before=93 white-after=0 captures=120</pre>
 *   usage: FirstFrameWatch [--runs N] [--title REGEX] [--splash REGEX] [--watch-ms MS] -- command args...
 */
public final class FirstFrameWatch {

    static final double WHITE_SHARE = 0.98;

    private FirstFrameWatch() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        String title = "ClusterEval";
        String splash = null;
        long watchMs = 3000;
        int i = 0;
        for (; i < args.length && !args[i].equals("--"); i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--title" -> title = args[++i];
                case "--watch-ms" -> watchMs = Long.parseLong(args[++i]);
                case "--splash" -> splash = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<String> command = List.of(args).subList(Math.min(i + 1, args.length), args.length);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("usage: FirstFrameWatch [--runs N] [--title REGEX] [--watch-ms MS] -- command...");
        }
        Robot robot = new Robot();
        long[] mapped = new long[runs];
        long[] content = new long[runs];
        long[] whiteAfter = new long[runs];
        long[] splashes = new long[runs];
        for (int run = 0; run < runs; run++) {
            long[] r = once(robot, command, title, splash, watchMs);
            splashes[run] = r[4];
            mapped[run] = r[0];
            content[run] = r[1];
            whiteAfter[run] = r[2];
            System.out.printf(Locale.ROOT, "FIRST-FRAME run=%d splash=%d mapped=%d content=%d white-before=%d white-after=%d captures=%d%n",
                    run + 1, r[4], r[0], r[1], r[1] - r[0], r[2], r[3]);
            Thread.sleep(500);
        }
        System.out.println("FIRST-FRAME-SUMMARY splash median=" + median(splashes) + " runs=" + Arrays.toString(splashes)
                + "; mapped median=" + median(mapped) + " runs=" + Arrays.toString(mapped)
                + "; first frame median=" + median(content) + " runs=" + Arrays.toString(content)
                + "; longest white after the first frame, max=" + Arrays.stream(whiteAfter).max().orElse(0) + " runs="
                + Arrays.toString(whiteAfter));
    }

    /** {mapped ms, first frame ms, longest white stretch after it ms, captures, splash ms or -1}. */
    private static long[] once(Robot robot, List<String> command, String title, String splash, long watchMs)
            throws IOException, InterruptedException, AWTException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            String window = null;
            long splashSeen = -1;
            while (window == null) {
                if (splash != null && splashSeen < 0 && xdotool("search", "--onlyvisible", "--name", splash) != null) {
                    splashSeen = ms(start);
                }
                if (!p.isAlive() || ms(start) > 60_000) {
                    throw new IllegalStateException("no window named " + title + " within 60 s (exit "
                            + (p.isAlive() ? "running" : p.exitValue()) + ")");
                }
                window = xdotool("search", "--onlyvisible", "--name", title);
            }
            long mapped = ms(start);
            window = window.lines().findFirst().orElseThrow();
            Rectangle area = geometry(window);
            long content = -1;
            long whiteSince = -1;
            long longestWhiteAfter = 0;
            long captures = 0;
            while (true) {
                long now = ms(start);
                if (content >= 0 && now - content > watchMs || now - mapped > 60_000) {
                    break;
                }
                if (captures % 20 == 19) {
                    area = geometry(window); // the window manager or the application may resize it
                }
                BufferedImage shot = robot.createScreenCapture(area);
                captures++;
                boolean white = whiteShare(shot) >= WHITE_SHARE;
                if (content < 0) {
                    if (!white) {
                        content = now;
                    }
                } else if (white) {
                    whiteSince = whiteSince < 0 ? now : whiteSince;
                    longestWhiteAfter = Math.max(longestWhiteAfter, now - whiteSince);
                } else {
                    whiteSince = -1;
                }
                Thread.sleep(5);
            }
            if (content < 0) {
                throw new IllegalStateException("the window stayed white for 60 s");
            }
            if (splash != null && xdotool("search", "--onlyvisible", "--name", splash) != null) {
                throw new IllegalStateException("the splash picture was still showing " + watchMs
                        + " ms after the window's first frame");
            }
            return new long[] {mapped, content, longestWhiteAfter, captures, splashSeen};
        } finally {
            // LibreOffice's launcher (oosplash) runs the program as its child: end that too
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private static double whiteShare(BufferedImage shot) {
        int w = shot.getWidth();
        int h = shot.getHeight();
        int[] rgb = shot.getRGB(0, 0, w, h, null, 0, w);
        long white = 0;
        for (int px : rgb) {
            if ((px & 0xFFFFFF) == 0xFFFFFF) {
                white++;
            }
        }
        return rgb.length == 0 ? 1 : (double) white / rgb.length;
    }

    private static Rectangle geometry(String window) throws IOException, InterruptedException {
        String out = xdotool("getwindowgeometry", "--shell", window);
        int x = 0;
        int y = 0;
        int w = 1;
        int h = 1;
        for (String line : out.split("\n")) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2) {
                switch (kv[0]) {
                    case "X" -> x = Integer.parseInt(kv[1].trim());
                    case "Y" -> y = Integer.parseInt(kv[1].trim());
                    case "WIDTH" -> w = Integer.parseInt(kv[1].trim());
                    case "HEIGHT" -> h = Integer.parseInt(kv[1].trim());
                    default -> { }
                }
            }
        }
        return new Rectangle(x, y, Math.max(1, w), Math.max(1, h));
    }

    /** xdotool's output, or null when it found nothing. */
    private static String xdotool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("xdotool"));
        cmd.addAll(List.of(args));
        Process x = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(x.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return x.waitFor() == 0 && !out.isEmpty() ? out : null;
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
