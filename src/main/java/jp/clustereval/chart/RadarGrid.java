package jp.clustereval.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;

/**
 * Small multiples: one radar per cluster in a grid, with one legend for all of them, as in the
 * published figure of the 12 FY2002 clusters. Each cell keeps its title and subtitle (the
 * evaluator count), so a cluster graded by fewer evaluators is visible at a glance.
 *
 * <p>Every cell is drawn at a fixed design size and scaled into place, so text keeps the same
 * proportion to the web in a 4 x 3 poster and in a small preview; drawing the chart directly into
 * a small cell would leave full-size labels squeezing a tiny web.
 */
public final class RadarGrid {

    /** The side, in chart units, of the square every cell is laid out in before scaling. */
    static final double CELL_DESIGN_SIZE = 420;

    private final List<RadarData> cells;

    public RadarGrid(List<RadarData> cells) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("A radar grid needs at least one chart");
        }
        this.cells = List.copyOf(cells);
    }

    public List<RadarData> cells() {
        return cells;
    }

    /**
     * The number of columns that gives the largest square cells in a width x height area, e.g. 4
     * for 12 cells in a landscape area (4 x 3) and 3 in a portrait page (3 x 4). Ties go to the
     * layout with fewer empty cells.
     */
    public static int columns(int count, double width, double height) {
        int best = 1;
        double bestSide = -1;
        for (int c = 1; c <= count; c++) {
            int rows = (count + c - 1) / c;
            double side = Math.min(width / c, height / rows);
            if (side > bestSide + 1e-9) {
                best = c;
                bestSide = side;
            }
        }
        return best;
    }

    /** Renders the grid into a new RGB image of the given size. */
    public BufferedImage toImage(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * Draws the grid and the shared legend below it into area.
     *
     * @return the bounds of each cell, in the order of {@link #cells()} (for hit tests in the GUI)
     */
    public List<Rectangle2D> draw(Graphics2D g2, Rectangle2D area) {
        g2.setPaint(Color.WHITE);
        g2.fill(area);
        LegendTitle legend = sharedLegend();
        Size2D legendSize = legend.arrange(g2,
                new RectangleConstraint(new Range(0, area.getWidth()), new Range(0, area.getHeight())));
        double legendHeight = Math.min(legendSize.getHeight(), area.getHeight() / 4);
        Rectangle2D grid = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(),
                area.getHeight() - legendHeight);
        List<Rectangle2D> bounds = cellBounds(grid);
        for (int i = 0; i < cells.size(); i++) {
            drawCell(g2, cells.get(i), bounds.get(i));
        }
        // a title drawn into a wider area sticks to its left edge: give it exactly its own width
        double legendWidth = Math.min(legendSize.getWidth(), area.getWidth());
        legend.draw(g2, new Rectangle2D.Double(area.getCenterX() - legendWidth / 2, grid.getMaxY(),
                legendWidth, legendHeight));
        return bounds;
    }

    /** The cells' bounds in a grid area (the area without the legend strip), row by row. */
    public List<Rectangle2D> cellBounds(Rectangle2D grid) {
        int columns = columns(cells.size(), grid.getWidth(), grid.getHeight());
        int rows = (cells.size() + columns - 1) / columns;
        double w = grid.getWidth() / columns;
        double h = grid.getHeight() / rows;
        List<Rectangle2D> bounds = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            bounds.add(new Rectangle2D.Double(grid.getX() + (i % columns) * w, grid.getY() + (i / columns) * h, w, h));
        }
        return bounds;
    }

    private static void drawCell(Graphics2D g2, RadarData data, Rectangle2D cell) {
        JFreeChart chart = RadarChartFactory.create(data);
        chart.removeLegend();
        chart.setPadding(new RectangleInsets(8, 4, 4, 4));
        double scale = Math.min(cell.getWidth(), cell.getHeight()) / CELL_DESIGN_SIZE;
        AffineTransform savedTransform = g2.getTransform();
        Shape savedClip = g2.getClip();
        try {
            g2.translate(cell.getX(), cell.getY());
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, cell.getWidth() / scale, cell.getHeight() / scale));
        } finally {
            g2.setTransform(savedTransform);
            g2.setClip(savedClip);
        }
    }

    /** The legend of the cell with the most series: the role labels every cell shares. */
    private LegendTitle sharedLegend() {
        RadarData widest = cells.stream().max(Comparator.comparingInt(d -> d.series().size())).orElseThrow();
        LegendTitle legend = new LegendTitle(RadarChartFactory.create(widest).getPlot());
        RadarChartFactory.styleLegend(legend);
        legend.setItemFont(ChartFonts.font(Font.PLAIN, 14f));
        legend.setMargin(new RectangleInsets(6, 6, 10, 6));
        return legend;
    }
}
