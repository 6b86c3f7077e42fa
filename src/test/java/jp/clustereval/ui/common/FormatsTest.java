package jp.clustereval.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The sheet's scores follow the one rounding rule (half-up on the exact value), as the CLI and PDF do. */
class FormatsTest {

    @Test
    void exactHalfWayScoresRoundUpInEveryLanguage() {
        double hir = (1.97 + 2.0) / 2; // 1.985 exactly, 1.98499999... in binary
        assertEquals("1.99", Formats.score(hir, Locale.ENGLISH));
        assertEquals("1.99", Formats.score(hir, Locale.JAPANESE));
        assertEquals("3.03", Formats.score(3.025, Locale.ENGLISH));
        assertEquals("2.00", Formats.score(2, Locale.ENGLISH));
        assertEquals("2.67", Formats.score(8.0 / 3, Locale.ENGLISH));
    }
}
