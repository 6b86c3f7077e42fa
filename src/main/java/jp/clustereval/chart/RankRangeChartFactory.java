package jp.clustereval.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

import jp.clustereval.domain.sensitivity.ClusterSensitivity;
import jp.clustereval.domain.sensitivity.SensitivityReport;

/**
 * A small chart of each cluster's rank range over every scenario (best to worst rank, rank 1 on
 * top): robust clusters in Okabe-Ito blue, fragile ones in vermillion (and named so in the labels,
 * never by colour alone).
 */
public final class RankRangeChartFactory {

    /** The chart's words, in the user's language. */
    public record Labels(String title, String rankAxis, String robust, String fragile) {
    }

    private RankRangeChartFactory() {
    }

    public static JFreeChart create(SensitivityReport report, Labels m) {
        int n = report.clusters().size();
        Number[][] starts = new Number[2][n];
        Number[][] ends = new Number[2][n];
        String[] categories = new String[n];
        for (int i = 0; i < n; i++) {
            ClusterSensitivity c = report.clusters().get(i);
            categories[i] = c.clusterCode() + (c.robust() ? "" : " ▲");
            int row = c.robust() ? 0 : 1;
            double best = c.bestRank() == 0 ? c.rank() : c.bestRank();
            double worst = c.worstRank() == 0 ? c.rank() : c.worstRank();
            starts[row][i] = best - 0.4;
            ends[row][i] = worst + 0.4;
        }
        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(
                new String[] {m.robust(), m.fragile()}, categories, starts, ends);
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelFont(ChartFonts.font(Font.PLAIN, 11f));
        x.setMaximumCategoryLabelLines(2);
        x.setMaximumCategoryLabelWidthRatio(1.6f);
        x.setCategoryMargin(0.1);
        NumberAxis y = new NumberAxis(m.rankAxis());
        y.setInverted(true);
        y.setRange(0.5, Math.max(1, n) + 0.5);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setLabelFont(ChartFonts.font(Font.PLAIN, 11f));
        IntervalBarRenderer r = new IntervalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, RadarChartFactory.BLUE);
        r.setSeriesPaint(1, RadarChartFactory.VERMILLION);
        r.setItemMargin(-1.0);
        r.setDrawBarOutline(true);
        r.setDefaultOutlineStroke(new BasicStroke(0.5f));
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0D0D0));
        JFreeChart chart = new JFreeChart(null, ChartFonts.font(Font.BOLD, 13f), plot, true);
        chart.setTitle(new TextTitle(m.title(), ChartFonts.font(Font.BOLD, 13f)));
        chart.getLegend().setItemFont(ChartFonts.font(Font.PLAIN, 11f));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
