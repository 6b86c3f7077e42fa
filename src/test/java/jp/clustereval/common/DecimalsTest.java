package jp.clustereval.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.clustereval.domain.Ranking;

/** One rounding rule: half-up on the exact decimal value, whatever binary noise the computation left. */
class DecimalsTest {

    /**
     * Axis values 2.25, 1.75, 1.5, 3, 1 with weights 0.3, 0.2, 0.2, 0.15, 0.15: the total is exactly
     * 0.675 + 0.35 + 0.3 + 0.45 + 0.15 = 1.925, but the weighted mean in doubles is 1.9249999999999998,
     * which plain formatting showed as 1.92 (and a total exactly 3.025 as 3.03: two rules at once).
     */
    @Test
    void aTotalExactlyHalfWayIsRoundedUpWhateverItsBinaryNoise() {
        double total = Ranking.total(new double[] {2.25, 1.75, 1.5, 3, 1}, new double[] {0.3, 0.2, 0.2, 0.15, 0.15});
        assertNotEquals(1.925, total, "the computation leaves noise below 1.925");
        assertEquals("1.92", String.format(Locale.ROOT, "%.2f", total), "before: rounded down");
        assertEquals("1.93", Decimals.format(Locale.ROOT, "%.2f", total));
        assertEquals(1.925, Decimals.stored(total), "a spreadsheet cell holds the exact value, shown 1.93 by Excel and LibreOffice");
        assertEquals("3.03", Decimals.format(Locale.ROOT, "%.2f", 3.025));
        assertEquals("1.99", Decimals.format(Locale.ROOT, "%.2f", 1.985));
        assertEquals("1.98", Decimals.format(Locale.ROOT, "%.2f", 1.9849), "a value below the half way stays below");
    }

    @Test
    void signsFlagsAndLocalesAreKept() {
        assertEquals("+0.13", Decimals.format(Locale.ROOT, "%+.2f", 0.125));
        assertEquals("-0.13", Decimals.format(Locale.ROOT, "%+.2f", -0.125), "half-up: away from zero");
        assertEquals("12.5 %", Decimals.format(Locale.ROOT, "%.1f %%", 0.125 * 100));
        assertEquals("1,93", Decimals.format(Locale.GERMANY, "%.2f", 1.925));
        assertEquals("NaN", Decimals.format(Locale.ROOT, "%.2f", Double.NaN));
        assertEquals(Double.NaN, Decimals.stored(Double.NaN));
    }
}
