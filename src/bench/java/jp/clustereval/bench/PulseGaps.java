package jp.clustereval.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gaps between FX pulses, attributed to named phases (window set-up,
 * preview, commit, report). A gap counts for the phase that was running when it began and for
 * every phase that began during it, so a stall is never hidden by a phase change in its middle; a
 * phase begun by code run in a pulse begins at that pulse. With each gap goes the CPU time the FX
 * thread spent in it (its own work, as opposed to waiting for a collection, the renderer or a busy
 * machine). Plain logic (times in nanoseconds, given by the caller) so that it is tested without JavaFX.
 */
final class PulseGaps {

    /** One gap between two pulses: when it began and ended, the FX thread's CPU time in it, its phases. */
    public record Gap(long fromNanos, long toNanos, long workNanos, List<String> phases) {
        public long millis() {
            return (toNanos - fromNanos) / 1_000_000;
        }

        public long workMillis() {
            return workNanos / 1_000_000;
        }
    }

    /**
     * A phase's figures: the longest gap, how many gaps were over the limit, the most FX-thread CPU
     * time in one gap (all in ms), and when the phase began and ended.
     */
    public record Figures(String phase, long longestMs, int over, long mostWorkMs, long startNanos, long endNanos) {
        public long durationMs() {
            return (endNanos - startNanos) / 1_000_000;
        }
    }

    private static final class Phase {
        long longestMs;
        int over;
        long mostWorkMs;
        final long start;
        long end = Long.MAX_VALUE;

        Phase(long start) {
            this.start = start;
        }
    }

    private final long limitMs;
    private final Map<String, Phase> phases = new LinkedHashMap<>();
    private final List<String> begunSincePulse = new ArrayList<>();
    private String current;
    private String phaseAtLastPulse;
    private long lastPulse = -1;

    /** @param limitMs gaps longer than this are counted as over the limit */
    public PulseGaps(long limitMs) {
        this.limitMs = limitMs;
    }

    /** A new phase begins now (the current one ends); a name used again continues its figures. */
    public void phase(String name, long now) {
        if (current != null) {
            phases.get(current).end = now;
        }
        phases.computeIfAbsent(name, n -> new Phase(now)).end = Long.MAX_VALUE;
        current = name;
        if (now == lastPulse) {
            phaseAtLastPulse = name;
        } else {
            begunSincePulse.add(name);
        }
    }

    /**
     * A pulse at time now, the FX thread having spent workNanos of CPU since the previous one;
     * returns the gap since the previous pulse (null for the first pulse).
     */
    public Gap pulse(long now, long workNanos) {
        Gap gap = null;
        if (lastPulse >= 0) {
            List<String> counted = new ArrayList<>();
            if (phaseAtLastPulse != null) {
                counted.add(phaseAtLastPulse);
            }
            begunSincePulse.stream().filter(p -> !counted.contains(p)).forEach(counted::add);
            gap = new Gap(lastPulse, now, workNanos, List.copyOf(counted));
            for (String p : counted) {
                Phase f = phases.get(p);
                f.longestMs = Math.max(f.longestMs, gap.millis());
                f.mostWorkMs = Math.max(f.mostWorkMs, gap.workMillis());
                if (gap.millis() > limitMs) {
                    f.over++;
                }
            }
        }
        lastPulse = now;
        phaseAtLastPulse = current;
        begunSincePulse.clear();
        return gap;
    }

    /** The figures of every phase so far, in the order they first began (a running phase ends at now). */
    public List<Figures> figures(long now) {
        List<Figures> out = new ArrayList<>();
        phases.forEach((name, f) -> out.add(new Figures(name, f.longestMs, f.over, f.mostWorkMs, f.start,
                f.end == Long.MAX_VALUE ? now : f.end)));
        return out;
    }
}
