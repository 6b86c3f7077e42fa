package jp.clustereval.ui.radar;

import java.awt.Font;
import java.awt.Shape;
import java.util.Locale;

import org.jfree.fx.FXGraphics2D;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * FXGraphics2D that asks JavaFX for a chart font by its English family name. FXGraphics2D uses
 * {@link Font#getFamily()}, which is localised: in a Japanese-locale JVM the bundled font is
 * "IPAexゴシック", a name JavaFX does not know (it registers "IPAexGothic"), so every chart text fell
 * back to the "System" font, which has no Japanese glyphs on some Linux machines. FXGraphics2D
 * re-applies its own font mapping after each clip change, so the mapping is renewed there too.
 */
final class ChartGraphics extends FXGraphics2D {

    private final GraphicsContext gc;

    ChartGraphics(GraphicsContext gc) {
        super(gc);
        this.gc = gc;
        applyFxFont();
    }

    @Override
    public void setFont(Font font) {
        super.setFont(font);
        applyFxFont();
    }

    @Override
    public void setClip(Shape shape) {
        super.setClip(shape);
        applyFxFont();
    }

    private void applyFxFont() {
        Font font = getFont();
        if (gc == null || font == null) {
            return; // called from the superclass constructor, before this class is set up
        }
        gc.setFont(javafx.scene.text.Font.font(font.getFamily(Locale.ENGLISH),
                font.isBold() ? FontWeight.BOLD : FontWeight.NORMAL,
                font.isItalic() ? FontPosture.ITALIC : FontPosture.REGULAR, font.getSize2D()));
    }
}
