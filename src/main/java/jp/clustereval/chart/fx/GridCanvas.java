package jp.clustereval.chart.fx;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.IntConsumer;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import jp.clustereval.chart.RadarData;
import jp.clustereval.chart.RadarGrid;

/**
 * The cohort's small multiples drawn by the chart package's {@link RadarGrid} on a canvas that
 * follows its region's size (the same drawing as the exported grid). Clicking a cell reports its
 * index.
 */
public final class GridCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private List<RadarData> cells = List.of();
    private List<Rectangle2D> bounds = List.of();

    public GridCanvas(IntConsumer onCellClicked) {
        getChildren().add(canvas);
        canvas.setOnMouseClicked(e -> {
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
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
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
        if (cells.isEmpty() || w < 10 || h < 10) {
            bounds = List.of();
            return;
        }
        ChartGraphics g2 = new ChartGraphics(gc);
        bounds = new RadarGrid(cells).draw(g2, new Rectangle2D.Double(0, 0, w, h));
        g2.dispose();
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
