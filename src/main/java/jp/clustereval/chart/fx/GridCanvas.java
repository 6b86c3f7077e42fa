package jp.clustereval.chart.fx;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.IntConsumer;

import jp.clustereval.chart.RadarData;
import jp.clustereval.chart.RadarGrid;

/**
 * The cohort's small multiples drawn by the chart package's {@link RadarGrid} on a canvas that
 * follows its region's size (the same drawing as the exported grid). Clicking a cell reports its
 * index.
 */
public final class GridCanvas extends ChartCanvas {

    private List<RadarData> cells = List.of();
    private List<Rectangle2D> bounds = List.of();

    public GridCanvas(IntConsumer onCellClicked) {
        canvas().setOnMouseClicked(e -> {
            for (int i = 0; i < bounds.size(); i++) {
                if (bounds.get(i).contains(e.getX(), e.getY())) {
                    onCellClicked.accept(i);
                    return;
                }
            }
        });
    }

    public void setCells(List<RadarData> data) {
        cells = List.copyOf(data);
        draw();
    }

    public List<RadarData> cells() {
        return cells;
    }

    @Override
    boolean hasSomethingToDraw(double width, double height) {
        return !cells.isEmpty() && width >= 10 && height >= 10;
    }

    @Override
    void paint(ChartGraphics g2, Rectangle2D area) {
        bounds = new RadarGrid(cells).draw(g2, area);
    }

    @Override
    void drewNothing() {
        bounds = List.of();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 960;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 680;
    }
}
