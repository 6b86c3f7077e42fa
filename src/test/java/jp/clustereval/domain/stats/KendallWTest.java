package jp.clustereval.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KendallWTest {

    /**
     * Worked by hand: three raters, four objects a-d; the third rater ties a and b.
     * Ranks (1 = lowest): r1 a4 b3 c2 d1; r2 a4 b2 c3 d1; r3 a3.5 b3.5 c2 d1. Rank sums 11.5, 8.5, 7, 3
     * against the mean m(n+1)/2 = 7.5: S = 16 + 1 + 0.25 + 20.25 = 37.5. One tie of two: T = 2^3 - 2 = 6.
     * W = 12 S / (m^2 (n^3 - n) - m T) = 450 / (9 * 60 - 18) = 450 / 522 = 0.86207 (0.83333 without the
     * tie correction).
     */
    @Test
    void aHandWorkedExampleWithATie() {
        double[][] scores = {
            {4, 3, 2, 1},
            {4, 2, 3, 1},
            {3, 3, 2, 1},
        };
        assertEquals(450.0 / 522.0, KendallW.of(scores), 1e-12);
    }

    @Test
    void identicalRankingsAgreeFullyAndReversedOnesNotAtAll() {
        assertEquals(1.0, KendallW.of(new double[][] {{1, 2, 3, 4}, {10, 20, 30, 40}, {0.1, 0.2, 0.3, 0.4}}), 1e-12);
        assertEquals(0.0, KendallW.of(new double[][] {{1, 2, 3, 4}, {4, 3, 2, 1}}), 1e-12);
    }

    @Test
    void tooLittleToRankIsUndefined() {
        assertTrue(Double.isNaN(KendallW.of(new double[][] {{1, 2, 3}})));
        assertTrue(Double.isNaN(KendallW.of(new double[][] {{1}, {2}})));
        assertTrue(Double.isNaN(KendallW.of(new double[][] {{2, 2, 2}, {5, 5, 5}})), "nothing is ranked");
    }
}
