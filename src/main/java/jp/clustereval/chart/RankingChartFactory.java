package jp.clustereval.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryLineAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
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
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        categories.setCategoryMargin(0.25);
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
            marker.setLabel(data.cohortLabel());
            marker.setLabelFont(ChartFonts.font(Font.PLAIN, 11f));
            marker.setLabelPaint(RadarChartFactory.VERMILLION);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker, Layer.FOREGROUND);
        }
        JFreeChart chart = new JFreeChart(null, ChartFonts.font(Font.BOLD, 15f), plot, false);
        chart.setTitle(new TextTitle(data.title(), ChartFonts.font(Font.BOLD, 15f)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
