package jp.clustereval.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

import jp.clustereval.domain.Axis;

/**
 * Builds the radar chart of the published MEXT results: fixed scale 1.00-4.00 (rings at each
 * grade, see {@link RadarPlot}), the cluster filled in vermillion, the cohort average as a blue
 * line. The same JFreeChart object is shown in the GUI, written to PNG/SVG and drawn into reports.
 */
public final class RadarChartFactory {

    /** Okabe-Ito vermillion: the cluster. With the blue it stays distinct for colour-blind readers. */
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    /** Okabe-Ito blue: the cohort average. */
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    /**
     * The rest of Okabe-Ito for further overlay series, most distinct from vermillion and blue first
     * (orange and sky blue come last, they resemble them); yellow is left out, it vanishes on white.
     */
    private static final Color[] FURTHER = {
        new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), Color.BLACK,
        new Color(0x56, 0xB4, 0xE9), new Color(0xE6, 0x9F, 0x00),
    };

    public static final double MAX_VALUE = 4.0;
    public static final double[] RINGS = {1.0, 2.0, 3.0, 4.0};
    static final float FILL_ALPHA = 0.25f;

    private RadarChartFactory() {
    }

    /** The colour of the series at an index: vermillion, blue, then the rest of Okabe-Ito, cycling. */
    public static Color seriesColor(int index) {
        if (index == 0) {
            return VERMILLION;
        }
        if (index == 1) {
            return BLUE;
        }
        return FURTHER[(index - 2) % FURTHER.length];
    }

    public static JFreeChart create(RadarData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (RadarSeries series : data.series()) {
            for (Axis axis : data.axes()) {
                // null, not 0, for an ungraded axis; adding it also keeps the axis when nobody has a value
                dataset.addValue(series.value(axis.code()), series.label(), axis.label(data.language()));
            }
        }
        RadarPlot plot = new RadarPlot(dataset, RINGS);
        plot.setMaxValue(MAX_VALUE);
        plot.setStartAngle(90);
        plot.setLabelFont(ChartFonts.font(Font.PLAIN, 13f));
        plot.setLabelPaint(new Color(0x202020));
        plot.setRingLabelFont(ChartFonts.font(Font.PLAIN, 10f));
        plot.setAxisLinePaint(new Color(0xB0B0B0));
        plot.setAxisLineStroke(new BasicStroke(1f));
        plot.setWebFillAlpha(FILL_ALPHA);
        plot.setHeadPercent(0.012);
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        for (int i = 0; i < data.series().size(); i++) {
            Paint paint = seriesColor(i);
            plot.setSeriesPaint(i, paint);
            plot.setSeriesOutlinePaint(i, paint);
            plot.setSeriesOutlineStroke(i, new BasicStroke(i == 0 ? 2.5f : 2f,
                    BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            plot.setSeriesFilled(i, i == 0);
        }
        plot.setToolTipGenerator(new StandardCategoryToolTipGenerator("{0} / {1}: {2}",
                new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))));

        JFreeChart chart = new JFreeChart(data.title(), ChartFonts.font(Font.BOLD, 16f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 6));
        if (!data.subtitle().isBlank()) {
            TextTitle subtitle = new TextTitle(data.subtitle(), ChartFonts.font(Font.PLAIN, 12f));
            subtitle.setPaint(new Color(0x404040));
            subtitle.setPosition(RectangleEdge.TOP);
            chart.addSubtitle(subtitle);
        }
        styleLegend(chart.getLegend());
        return chart;
    }

    /** Bottom, no frame, bundled font: shared with the grid's common legend. */
    static void styleLegend(LegendTitle legend) {
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(ChartFonts.font(Font.PLAIN, 12f));
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setBackgroundPaint(null);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
    }
}
