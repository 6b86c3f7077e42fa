package jp.clustereval.chart.fx;

import java.awt.geom.Rectangle2D;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A region that draws a chart with AWT onto a canvas of its own size: the canvas follows the
 * region's size, and every drawing starts from a cleared canvas with the bundled font
 * ({@link ChartGraphics}).
 */
abstract class ChartCanvas extends Region {

    private final Canvas canvas = new Canvas();

    ChartCanvas() {
        getChildren().add(canvas);
    }

    final Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    /** Clears the canvas and, when {@link #hasSomethingToDraw} at this size, draws on it. */
    final void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        var gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (!hasSomethingToDraw(w, h)) {
            drewNothing();
            return;
        }
        ChartGraphics g2 = new ChartGraphics(gc);
        try {
            paint(g2, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g2.dispose();
        }
    }

    abstract boolean hasSomethingToDraw(double width, double height);

    abstract void paint(ChartGraphics g2, Rectangle2D area);

    /** What a drawing of nothing leaves behind (nothing, unless a subclass remembers what it drew). */
    void drewNothing() {
    }
}
