package jp.clustereval.chart.fx;

import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeListener;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * Shows one JFreeChart on a canvas that follows the pane's size. Used instead of
 * org.jfree.chart.fx.ChartViewer because the viewer's canvas draws with a plain FXGraphics2D,
 * which loses the Japanese font in a Japanese-locale JVM (see {@link ChartGraphics}); the charts
 * here need no zooming or mouse interaction.
 */
public final class ChartPane extends Region {

    private final Canvas canvas = new Canvas();
    private final ChartChangeListener listener = event -> draw();
    private JFreeChart chart;

    public ChartPane() {
        getChildren().add(canvas);
        getStyleClass().add("chart-pane");
    }

    /** The chart shown, or null for none. */
    public JFreeChart getChart() {
        return chart;
    }

    public void setChart(JFreeChart newChart) {
        if (chart != null) {
            chart.removeChangeListener(listener);
        }
        chart = newChart;
        if (chart != null) {
            chart.addChangeListener(listener);
        }
        draw();
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

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        var gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (chart == null || w < 20 || h < 20) {
            return;
        }
        ChartGraphics g2 = new ChartGraphics(gc);
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        g2.dispose();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 360;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 360;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 120;
    }
}
