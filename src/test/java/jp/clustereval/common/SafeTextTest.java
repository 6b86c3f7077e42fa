package jp.clustereval.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The escaping rule of untrusted text shown to people, one case per kind of character. */
class SafeTextTest {

    @Test
    void ordinaryTextIsKeptAsItIs() {
        String text = "評価 太郎 (東北大学) 特許出願が計画を上回る。ｶﾅ 😀 A-1 'q' \"x\" \\ é";
        assertSame(text, SafeText.line(text));
        assertSame(text, SafeText.lines(text));
        assertTrue(SafeText.isSafeLine(text));
        assertEquals("", SafeText.line(null));
    }

    @Test
    void lineBreaksAreVisibleInALineAndRealInLines() {
        assertEquals("a\\nb\\r\\nc\\rd", SafeText.line("a\nb\r\nc\rd"));
        assertEquals("a\nb\nc\\rd", SafeText.lines("a\nb\r\nc\rd"));
        assertEquals("a b", SafeText.line("a\tb"));
        assertEquals("a b", SafeText.lines("a\tb"));
    }

    @Test
    void terminalControlsBecomeUnicodeEscapes() {
        assertEquals("\\u001B[2J\\u001B]0;x\\u0007\\u0000\\u007F\\u009B31m\\u0085", SafeText.line("\u001B[2J\u001B]0;x\u0007\u0000\u007F\u009B31m\u0085"));
        assertEquals("\\u001B[1m\n", SafeText.lines("\u001B[1m\n"));
    }

    @Test
    void bidiControlsAndInvisibleFormatCharactersAreShown() {
        for (int cp : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
                0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x2028, 0x2029}) {
            String escaped = String.format("\\u%04X", cp);
            assertEquals("a" + escaped + "b", SafeText.line("a" + Character.toString(cp) + "b"), escaped);
            assertEquals("a" + escaped + "b", SafeText.lines("a" + Character.toString(cp) + "b"), escaped);
        }
        // a tag character (outside the BMP) as its two UTF-16 units; a broken surrogate pair too
        assertEquals("x\\uDB40\\uDC01y", SafeText.line("x\uDB40\uDC01y"));
        assertEquals("\\uD800x\\uDC00", SafeText.line("\uD800x\uDC00"));
    }

    @Test
    void theResultIsSafeAndEscapingTwiceChangesNothing() {
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                s.append((char) (random.nextBoolean() ? random.nextInt(0x40) : random.nextInt(0x10000)));
            }
            String line = SafeText.line(s.toString());
            assertTrue(SafeText.isSafeLine(line), line);
            assertFalse(line.contains("\n"));
            assertEquals(line, SafeText.line(line));
            String lines = SafeText.lines(s.toString());
            assertTrue(SafeText.isSafeLine(lines.replace("\n", "")), lines);
            assertEquals(lines, SafeText.lines(lines));
        }
    }
}
