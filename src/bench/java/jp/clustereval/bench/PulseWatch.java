package jp.clustereval.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.animation.AnimationTimer;

/**
 * Watches the gaps between FX pulses with an {@link AnimationTimer} in the GUI child: every gap over
 * {@value #LIMIT_MS} ms is printed as {@code CLUSTEREVAL-GAP <ms> <phases> ending at <uptime ms>
 * fx-cpu <ms> render-cpu <ms> gc <ms>} (the phases it counts for, see {@link PulseGaps}, and where
 * its time went); a drive names the phases ({@link #phase}) and ends with {@link #finish}, which
 * prints {@code CLUSTEREVAL-PHASE-FIGURES <phase> <longest gap ms> <gaps over the limit> <most
 * FX-thread CPU ms in one gap> <duration ms>} per phase. FX thread only.
 */
final class PulseWatch {

    static final long LIMIT_MS = 50;

    private final PulseGaps gaps = new PulseGaps(LIMIT_MS);
    private final List<Runnable> afterPulse = new ArrayList<>();
    private final Spent spent = new Spent();
    private long pulseNow;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            spent.sinceLast();
            PulseGaps.Gap gap = gaps.pulse(now, spent.fxNanos);
            if (gap != null && gap.millis() > LIMIT_MS) {
                StartupWatch.print(String.format(Locale.ROOT, "CLUSTEREVAL-GAP %d %s ending at %d fx-cpu %d render-cpu %d gc %d",
                        gap.millis(), String.join(",", gap.phases()), uptime(), gap.workMillis(),
                        spent.renderNanos / 1_000_000, spent.gcMs));
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
    };

    /** Starts watching, in the named phase. */
    void start(String phase) {
        gaps.phase(phase, System.nanoTime());
        timer.start();
    }

    /** Runs r after every pulse the watch sees; a phase begun there begins at that pulse. */
    void afterEachPulse(Runnable r) {
        afterPulse.add(r);
    }

    /** A named phase begins. */
    void phase(String name) {
        long now = pulseNow != 0 ? pulseNow : System.nanoTime();
        gaps.phase(name, now);
        StartupWatch.print("CLUSTEREVAL-PHASE " + name + " " + uptime());
    }

    /** Stops watching and prints every phase's figures. */
    void finish() {
        timer.stop();
        for (PulseGaps.Figures f : gaps.figures(System.nanoTime())) {
            StartupWatch.print(String.format(Locale.ROOT, "CLUSTEREVAL-PHASE-FIGURES %s %d %d %d %d", f.phase(),
                    f.longestMs(), f.over(), f.mostWorkMs(), f.durationMs()));
        }
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
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
}
