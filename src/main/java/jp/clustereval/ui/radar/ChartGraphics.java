package jp.clustereval.ui.radar;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.awt.image.ImageObserver;
import java.util.Locale;

import org.jfree.fx.FXGraphics2D;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * FXGraphics2D that asks JavaFX for a chart font by its English family name. FXGraphics2D uses
 * {@link Font#getFamily()}, which is localised: in a Japanese-locale JVM the bundled font is
 * "IPAexゴシック", a name JavaFX does not know (it registers "IPAexGothic"), so every chart text fell
 * back to the "System" font, which has no Japanese glyphs on some Linux machines. FXGraphics2D
 * re-applies its own font mapping after each clip change, so the mapping is renewed there too.
 * Images are handed to the canvas here as well: FXGraphics2D converts them with javafx-swing's
 * SwingFXUtils, a module (and a dependency) the application does not otherwise need.
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

    /**
     * Every other drawImage of Graphics2D ends here in FXGraphics2D. The image's pixels are copied
     * into a JavaFX image directly instead of through SwingFXUtils, so javafx-swing is not needed.
     */
    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        BufferedImage pixels = img instanceof BufferedImage b ? b : rendered(img, width, height);
        int w = pixels.getWidth();
        int h = pixels.getHeight();
        if (w <= 0 || h <= 0) {
            return true;
        }
        int[] argb = pixels.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        gc.drawImage(fx, x, y, width, height);
        return true;
    }

    private static BufferedImage rendered(Image img, int width, int height) {
        BufferedImage b = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = b.createGraphics();
        try {
            g.drawImage(img, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return b;
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
