package jp.clustereval.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ChartFontsTest {

    @Test
    void japaneseLabelHasRealGlyphsInTheBundledFamily() {
        Font font = ChartFonts.font(Font.PLAIN, 13f);
        assertEquals(ChartFonts.FAMILY, font.getFamily(Locale.ENGLISH));
        assertEquals(-1, font.canDisplayUpTo("A 研究開発 クラスター形成"));
        GlyphVector glyphs = font.createGlyphVector(new FontRenderContext(null, true, true), "研究開発");
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            assertNotEquals(font.getMissingGlyphCode(), glyphs.getGlyphCode(i), "glyph " + i + " is a box");
        }
    }

    @Test
    void appliesStyleAndSize() {
        Font font = ChartFonts.font(Font.BOLD, 16f);
        assertEquals(Font.BOLD, font.getStyle());
        assertEquals(16f, font.getSize2D());
    }

    @Test
    void concurrentFirstUseGivesTheSameFont() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Font>> calls = IntStream.range(0, 8)
                    .<Callable<Font>>mapToObj(i -> () -> ChartFonts.font(Font.PLAIN, 12f)).toList();
            Font first = ChartFonts.font(Font.PLAIN, 12f);
            for (Future<Font> f : pool.invokeAll(calls)) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
