package jp.clustereval.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryLineAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The seed's "Total Score (Average of the Evaluators)" bar chart on the fixed 1.00-4.00 scale: bars
 * in Okabe-Ito blue, the evaluators' min-max range as black whiskers (how far the panel agreed),
 * the cohort average as a dashed vermillion line.
 */
public final class RankingChartFactory {

    private RankingChartFactory() {
    }

    public static JFreeChart create(RankingData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (RankingData.Bar bar : data.bars()) {
            dataset.addValue(bar.total(), "total", bar.label());
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(ChartFonts.font(Font.PLAIN, 11f));
        // rotated labels may take more of the plot than JFreeChart's default (half): one line for most names
        CategoryLabelPosition up45 = CategoryLabelPositions.UP_45.getLabelPosition(RectangleEdge.BOTTOM);
        categories.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.UP_45,
                new CategoryLabelPosition(up45.getCategoryAnchor(), up45.getLabelAnchor(), up45.getRotationAnchor(),
                        up45.getAngle(), up45.getWidthType(), LABEL_WIDTH_RATIO)));
        categories.setCategoryMargin(0.25);
        // a long area name ("Kitakyushu Science and Research Park") was cut to one line ending in "...":
        // it wraps instead, within the width a rotated label is given
        categories.setMaximumCategoryLabelLines(MAX_LABEL_LINES);
        NumberAxis values = new NumberAxis(data.valueAxisLabel());
        values.setRange(1.0, 4.0);
        values.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5, new java.text.DecimalFormat("0.00")));
        values.setLabelFont(ChartFonts.font(Font.PLAIN, 12f));
        values.setTickLabelFont(ChartFonts.font(Font.PLAIN, 11f));
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, RadarChartFactory.BLUE);
        renderer.setDrawBarOutline(false);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0D0D0));
        BasicStroke whisker = new BasicStroke(1.5f);
        for (RankingData.Bar bar : data.bars()) {
            if (!Double.isNaN(bar.min()) && !Double.isNaN(bar.max())) {
                plot.addAnnotation(new CategoryLineAnnotation(bar.label(), bar.min(), bar.label(), bar.max(),
                        Color.BLACK, whisker));
            }
        }
        if (!Double.isNaN(data.cohortAverage())) {
            ValueMarker marker = new ValueMarker(data.cohortAverage(), RadarChartFactory.VERMILLION,
                    new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            plot.addRangeMarker(marker, Layer.FOREGROUND);
        }
        JFreeChart chart = new JFreeChart(null, ChartFonts.font(Font.BOLD, 15f), plot, false);
        chart.setTitle(new TextTitle(data.title(), ChartFonts.font(Font.BOLD, 15f)));
        if (!Double.isNaN(data.cohortAverage())) {
            // the line's name in a legend above the plot: written on the line, it ran over the bars
            chart.addSubtitle(averageLegend(data.cohortLabel(), marker(plot).getStroke()));
        }
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** How long a rotated label may be, as a share of the plot's height. */
    static final float LABEL_WIDTH_RATIO = 0.75f;

    /** The longest a cluster's label wraps to under its bar. */
    static final int MAX_LABEL_LINES = 2;

    private static ValueMarker marker(CategoryPlot plot) {
        return (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
    }

    private static LegendTitle averageLegend(String label, java.awt.Stroke dashed) {
        LegendItem item = new LegendItem(label, null, null, null, false, new java.awt.geom.Rectangle2D.Double(), false,
                RadarChartFactory.VERMILLION, false, RadarChartFactory.VERMILLION, dashed, true,
                new java.awt.geom.Line2D.Double(-12, 0, 12, 0), dashed, RadarChartFactory.VERMILLION);
        item.setLabelFont(ChartFonts.font(Font.PLAIN, 11f));
        item.setLabelPaint(RadarChartFactory.VERMILLION);
        LegendItemCollection items = new LegendItemCollection();
        items.add(item);
        LegendTitle legend = new LegendTitle(() -> items);
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }
}
