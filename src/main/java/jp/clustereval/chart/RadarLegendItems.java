package jp.clustereval.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.util.TableOrder;
import org.jfree.data.category.CategoryDataset;

/**
 * Legend entries that look like the series in the plot: a translucent, outlined swatch for a
 * filled series, a line with a marker for the others. SpiderWebPlot's own entries are plain
 * shapes of the series colour, which would not tell the filled cluster from the cohort line.
 */
final class RadarLegendItems {

    private RadarLegendItems() {
    }

    static LegendItemCollection of(RadarPlot plot) {
        LegendItemCollection items = new LegendItemCollection();
        CategoryDataset data = plot.getDataset();
        if (data == null) {
            return items;
        }
        boolean byRow = plot.getDataExtractOrder() == TableOrder.BY_ROW;
        int count = byRow ? data.getRowCount() : data.getColumnCount();
        for (int s = 0; s < count; s++) {
            String label = (byRow ? data.getRowKey(s) : data.getColumnKey(s)).toString();
            Paint paint = plot.getSeriesPaint(s);
            Stroke stroke = plot.getSeriesOutlineStroke(s);
            boolean filled = plot.isSeriesFilled(s);
            Paint fill = filled && paint instanceof Color c
                    ? new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(plot.getWebFillAlpha() * 255))
                    : paint;
            LegendItem item = new LegendItem(label, label, null, null,
                    true, filled ? new Rectangle2D.Double(-7, -7, 14, 14) : new Ellipse2D.Double(-3, -3, 6, 6),
                    true, fill, filled, paint, stroke,
                    !filled, new Line2D.Double(-12, 0, 12, 0), stroke, paint);
            item.setSeriesIndex(s);
            items.add(item);
        }
        return items;
    }
}
