package jp.clustereval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which phases a gap between pulses counts for, and each phase's figures (times in ms, given as ns). */
class PulseGapsTest {

    private static final long MS = 1_000_000L;

    @Test
    void aGapCountsForThePhaseItBeganInAndEveryPhaseBegunDuringIt() {
        PulseGaps g = new PulseGaps(50);
        g.phase("setup", 0);
        assertNull(g.pulse(10 * MS, 0), "the first pulse has no gap before it");
        assertEquals(List.of("setup"), g.pulse(26 * MS, 3 * MS).phases());

        // the preview begins between two pulses (e.g. from a worker's result): the 200 ms gap counts for both
        g.phase("preview", 100 * MS);
        PulseGaps.Gap spanning = g.pulse(226 * MS, 150 * MS);
        assertEquals(200, spanning.millis());
        assertEquals(150, spanning.workMillis());
        assertEquals(List.of("setup", "preview"), spanning.phases());

        assertEquals(List.of("preview"), g.pulse(286 * MS, 20 * MS).phases());
        List<PulseGaps.Figures> f = g.figures(300 * MS);
        assertEquals(new PulseGaps.Figures("setup", 200, 1, 150, 0, 100 * MS), f.get(0));
        assertEquals(new PulseGaps.Figures("preview", 200, 2, 150, 100 * MS, 300 * MS), f.get(1));
        assertEquals(200, f.get(1).durationMs());
    }

    @Test
    void aPhaseBegunInAPulseOwnsTheGapAfterIt() {
        PulseGaps g = new PulseGaps(50);
        g.phase("main", 0);
        g.pulse(0, 0);
        g.pulse(16 * MS, 0);
        // code run in the pulse at 16 ms builds a window (set-up) ...
        g.phase("window", 16 * MS);
        assertEquals(List.of("window"), g.pulse(716 * MS, 600 * MS).phases(), "the build is the window's, not main's");
        // ... and the operation begins in the pulse at 716 ms
        g.phase("preview", 716 * MS);
        assertEquals(List.of("preview"), g.pulse(746 * MS, 5 * MS).phases());

        List<PulseGaps.Figures> f = g.figures(746 * MS);
        assertEquals(new PulseGaps.Figures("main", 16, 0, 0, 0, 16 * MS), f.get(0));
        assertEquals(new PulseGaps.Figures("window", 700, 1, 600, 16 * MS, 716 * MS), f.get(1));
        assertEquals(new PulseGaps.Figures("preview", 30, 0, 5, 716 * MS, 746 * MS), f.get(2));
    }

    @Test
    void aPhaseNameUsedAgainContinuesItsFigures() {
        PulseGaps g = new PulseGaps(50);
        g.phase("work", 0);
        g.pulse(0, 0);
        g.pulse(80 * MS, 0);
        g.phase("rest", 80 * MS);
        g.pulse(90 * MS, 0);
        g.phase("work", 90 * MS);
        g.pulse(150 * MS, 0);
        PulseGaps.Figures work = g.figures(150 * MS).get(0);
        assertEquals("work", work.phase());
        assertEquals(80, work.longestMs());
        assertEquals(2, work.over());
        assertEquals(150, work.durationMs(), "from its first beginning to its last end");
    }
}
