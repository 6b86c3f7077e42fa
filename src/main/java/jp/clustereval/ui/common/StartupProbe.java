package jp.clustereval.ui.common;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * For the benchmark only (off unless {@code -Dclustereval.startupProbe=exit|stay}): when the cluster
 * list is first filled, prints {@code CLUSTEREVAL-STARTUP-MS <ms since JVM start> ROWS <n>} after
 * the next pulse, preceded by {@code CLUSTEREVAL-STARTUP-STEPS name=<ms> ...}, when each start-up
 * step was done ({@link #step}), and with {@code -Dclustereval.startupNodes=true} by the node
 * classes of the first frame; {@code exit} then ends the process. {@code stay} keeps it running and watches the
 * gaps between FX pulses with an {@link AnimationTimer}: every gap over {@value #LIMIT_MS} ms is
 * printed as {@code CLUSTEREVAL-GAP <ms> <phases> ending at <uptime ms> fx-cpu <ms> render-cpu <ms>
 * gc <ms>} (the phases it counts for, see {@link PulseGaps}, and where its time went); a driver
 * names the phases ({@link #phase}) and ends with {@link #finish}, which prints
 * {@code CLUSTEREVAL-PHASE-FIGURES <phase> <longest gap ms> <gaps over the limit> <most FX-thread
 * CPU ms in one gap> <duration ms>} per phase and then {@code CLUSTEREVAL-DONE}.
 */
public final class StartupProbe {

    static final long LIMIT_MS = 50;
    private static final String MODE = System.getProperty("clustereval.startupProbe");
    private static boolean done;
    private static PulseGaps gaps;
    private static long pulseNow;
    private static final List<Runnable> afterPulse = new ArrayList<>();
    private static final StringBuilder timeline = new StringBuilder();

    private StartupProbe() {
    }

    /**
     * Notes that a start-up step is done (any thread), for the timeline line
     * {@code CLUSTEREVAL-STARTUP-STEPS name=<ms since JVM start> ...} printed before the start-up
     * figure; does nothing unless the probe is on.
     */
    public static void step(String name) {
        if (MODE == null) {
            return;
        }
        long ms = ManagementFactory.getRuntimeMXBean().getUptime();
        synchronized (timeline) {
            timeline.append(' ').append(name).append('=').append(ms);
        }
    }

    /** Notes the end of the scene's first layout pulse (FX thread) as the step first-layout. */
    public static void stepAfterFirstLayout(javafx.scene.Scene scene) {
        if (MODE == null || scene == null) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            step("first-layout");
            scene.removePostLayoutPulseListener(listener[0]);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Called on the FX thread when the cluster list has been filled. */
    public static void clusterListShown(int rows) {
        if (MODE == null || done || rows == 0) {
            return;
        }
        done = true;
        step("list-filled");
        afterNextPulse(() -> {
            synchronized (timeline) {
                print("CLUSTEREVAL-STARTUP-STEPS" + timeline);
            }
            if (Boolean.getBoolean("clustereval.startupNodes")) {
                printNodeCounts();
            }
            print("CLUSTEREVAL-STARTUP-MS " + ManagementFactory.getRuntimeMXBean().getUptime() + " ROWS " + rows);
            if ("exit".equals(MODE)) {
                System.exit(0);
            }
            watchStalls();
        });
    }

    /**
     * Runs r on the FX thread once the next pulse (the one that lays out and hands to the renderer
     * what was just put on screen) is over. The application's marker and the floor's
     * ({@code StartupFloor}) are both taken this way, so that both count the same work.
     */
    public static void afterNextPulse(Runnable r) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(r); // queued behind the rest of this pulse (CSS, layout, render hand-over)
            }
        }.start();
    }

    /**
     * Runs r on the FX thread after every pulse (once the probe watches); a phase begun there
     * begins at that pulse.
     */
    public static void afterEachPulse(Runnable r) {
        afterPulse.add(r);
    }

    /** A named phase begins (FX thread); does nothing unless the probe watches. */
    public static void phase(String name) {
        if (gaps != null) {
            long now = pulseNow != 0 ? pulseNow : System.nanoTime();
            gaps.phase(name, now);
            print("CLUSTEREVAL-PHASE " + name + " " + ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }

    /** Prints every phase's figures and the end marker (FX thread). */
    public static void finish() {
        if (gaps == null) {
            return;
        }
        for (PulseGaps.Figures f : gaps.figures(System.nanoTime())) {
            print(String.format(Locale.ROOT, "CLUSTEREVAL-PHASE-FIGURES %s %d %d %d %d", f.phase(), f.longestMs(),
                    f.over(), f.mostWorkMs(), f.durationMs()));
        }
        print("CLUSTEREVAL-DONE");
    }

    /**
     * Where the time between two pulses went: CPU time of the FX thread and of the renderer thread,
     * and the collectors' time. A long gap with little FX-thread CPU is a wait (a collection, the
     * renderer, a busy machine), not work of ours on the FX thread.
     */
    private static final class Spent {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long rendererId = -2;
        private long fx;
        private long render;
        private long gc;
        long fxNanos;
        long renderNanos;
        long gcMs;

        /** Takes the figures since the previous call (on the FX thread). */
        void sinceLast() {
            long f = threads.getCurrentThreadCpuTime();
            long r = renderer() < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(renderer()));
            long g = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
            fxNanos = f - fx;
            renderNanos = r - render;
            gcMs = g - gc;
            fx = f;
            render = r;
            gc = g;
        }

        private long renderer() {
            if (rendererId == -2) {
                rendererId = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst()
                        .orElse(-1);
            }
            return rendererId;
        }
    }

    /** {@code CLUSTEREVAL-NODES <total> {class=count, ...}}: what the first frame is made of. */
    private static void printNodeCounts() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.getScene() != null) {
                count(w.getScene().getRoot(), counts);
            }
        }
        print("CLUSTEREVAL-NODES " + counts.values().stream().mapToInt(i -> i).sum() + " " + counts);
    }

    private static void count(javafx.scene.Node n, java.util.Map<String, Integer> h) {
        h.merge(n.getClass().getSimpleName(), 1, Integer::sum);
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                count(c, h);
            }
        }
    }

    private static void print(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void watchStalls() {
        gaps = new PulseGaps(LIMIT_MS);
        gaps.phase("main-window", System.nanoTime());
        Spent spent = new Spent();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                spent.sinceLast();
                PulseGaps.Gap gap = gaps.pulse(now, spent.fxNanos);
                if (gap != null && gap.millis() > LIMIT_MS) {
                    print(String.format(Locale.ROOT, "CLUSTEREVAL-GAP %d %s ending at %d fx-cpu %d render-cpu %d gc %d",
                            gap.millis(), String.join(",", gap.phases()), ManagementFactory.getRuntimeMXBean().getUptime(),
                            gap.workMillis(), spent.renderNanos / 1_000_000, spent.gcMs));
                }
                pulseNow = now;
                try {
                    for (Runnable r : List.copyOf(afterPulse)) {
                        r.run();
                    }
                } finally {
                    pulseNow = 0;
                }
            }
        }.start();
    }
}
