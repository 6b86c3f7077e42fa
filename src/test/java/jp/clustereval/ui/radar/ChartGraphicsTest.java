package jp.clustereval.ui.radar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * Images drawn by a chart reach the canvas without javafx-swing: FXGraphics2D would convert them
 * with SwingFXUtils, which is no longer on the class path (NoClassDefFoundError).
 */
class ChartGraphicsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aBufferedImageIsDrawnScaledIntoItsRectangle() throws Exception {
        BufferedImage red = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = red.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 2, 2);
        g.dispose();

        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(40, 40);
            ChartGraphics g2 = new ChartGraphics(canvas.getGraphicsContext2D());
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, 40, 40);
            // through Graphics2D's drawImage(Image, x, y, observer), as JFreeChart draws an image
            g2.drawImage(red.getScaledInstance(20, 20, java.awt.Image.SCALE_FAST), 10, 10, null);
            g2.drawImage(red, 30, 30, 8, 8, null);
            return canvas.snapshot(null, null);
        }).get(10, TimeUnit.SECONDS);

        assertEquals(javafx.scene.paint.Color.WHITE, shot.getPixelReader().getColor(2, 2));
        javafx.scene.paint.Color inside = shot.getPixelReader().getColor(20, 20);
        assertTrue(inside.getRed() > 0.9 && inside.getGreen() < 0.1 && inside.getBlue() < 0.1, inside.toString());
        javafx.scene.paint.Color scaled = shot.getPixelReader().getColor(34, 34);
        assertTrue(scaled.getRed() > 0.9 && scaled.getGreen() < 0.1, scaled.toString());
        assertEquals(javafx.scene.paint.Color.WHITE, shot.getPixelReader().getColor(35, 15));
    }
}
