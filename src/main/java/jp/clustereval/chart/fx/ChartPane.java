package jp.clustereval.chart.fx;

import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeListener;


/**
 * Shows one JFreeChart on a canvas that follows the pane's size. Used instead of
 * org.jfree.chart.fx.ChartViewer because the viewer's canvas draws with a plain FXGraphics2D,
 * which loses the Japanese font in a Japanese-locale JVM (see {@link ChartGraphics}); the charts
 * here need no zooming or mouse interaction.
 */
public final class ChartPane extends ChartCanvas {

    private final ChartChangeListener listener = event -> draw();
    private JFreeChart chart;

    public ChartPane() {
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
    boolean hasSomethingToDraw(double width, double height) {
        return chart != null && width >= 20 && height >= 20;
    }

    @Override
    void paint(ChartGraphics g2, Rectangle2D area) {
        chart.draw(g2, area);
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
