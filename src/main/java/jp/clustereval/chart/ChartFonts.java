package jp.clustereval.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one font every chart text is drawn in: the bundled IPAexGothic.
 *
 * <p>Why bundled: without a CJK font AWT draws Japanese as boxes, and a logical font such as
 * SansSerif maps to different fonts (or none) on each machine and in the JavaFX viewer. Fonts are
 * derived from the font read from the classpath, not looked up by name, so a different system
 * copy of IPAex (or none at all) cannot change the output. The font is also registered with the
 * graphics environment so that name-based lookups (e.g. by a JavaFX bridge) find the same family.
 */
public final class ChartFonts {

    /** The family name (English); in a Japanese locale AWT reports it as "IPAexゴシック". */
    public static final String FAMILY = "IPAexGothic";

    static final String RESOURCE = "fonts/ipaexg.ttf";

    private ChartFonts() {
    }

    /** The bundled font in the given {@link Font} style (PLAIN, BOLD...) and point size. */
    public static Font font(int style, float size) {
        return Holder.BASE.deriveFont(style, size);
    }

    /**
     * Lazy, thread-safe, once-only loading: the JVM runs a holder class's initialiser exactly once,
     * so concurrent first calls (CLI export threads, the FX thread) share one load and registration.
     */
    private static final class Holder {
        static final Font BASE = load();

        private static Font load() {
            try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The chart font " + RESOURCE
                            + " is missing from the classpath: the build did not package resources/fonts");
                }
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                // false only means a font of that name is already installed; ours is used regardless
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                return font;
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("The chart font " + RESOURCE + " cannot be read", e);
            }
        }
    }
}
