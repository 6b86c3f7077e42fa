package jp.clustereval.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/**
 * The ranking chart at the size the panel PDF draws it (495 x 340 points) with the FY2002 cohort's
 * English area names: every name whole under its bar, and the cohort average named clear of the bars.
 */
class RankingChartFactoryTest {

    private static final List<String> AREAS = List.of("Kansai Science City", "Hiroshima", "Kyoto", "Nagano/Ueda",
            "Takamatsu", "Hamamatsu", "Sendai", "Kobe", "Saito (Northern Part of Osaka Prefecture)",
            "Kitakyushu Science and Research Park", "Sapporo", "Fukuoka");
    private static final String AVERAGE = "Average (12 of 12 clusters graded)";

    private static RankingData data() {
        List<RankingData.Bar> bars = new ArrayList<>();
        for (int i = 0; i < AREAS.size(); i++) {
            double total = 2.8 - i * 0.04;
            bars.add(new RankingData.Bar(AREAS.get(i), total, total - 0.5, total + 0.5));
        }
        // an average that crosses every bar, as in the report where its name ran over them
        return new RankingData("Total Score (Average of the Evaluators)", "Total score (1.00-4.00)", bars, 2.6, AVERAGE);
    }

    private record Drawn(JFreeChart chart, ChartRenderingInfo info, Graphics2D g2) {
    }

    private static Drawn draw() {
        JFreeChart chart = RankingChartFactory.create(data());
        BufferedImage image = new BufferedImage(495, 340, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 495, 340), info);
        return new Drawn(chart, info, g2);
    }

    @Test
    void everyAreaNameIsWholeUnderItsBar() {
        Drawn d = draw();
        CategoryPlot plot = d.chart().getCategoryPlot();
        // the labels the axis draws, laid out in the plot area it was drawn in
        List<?> ticks = plot.getDomainAxis().refreshTicks(d.g2(), new AxisState(), d.info().getPlotInfo().getPlotArea(),
                RectangleEdge.BOTTOM);
        assertEquals(AREAS.size(), ticks.size());
        for (Object o : ticks) {
            CategoryTick tick = (CategoryTick) o;
            String shown = text(tick.getLabel());
            assertFalse(shown.contains("..."), "cut: " + shown);
            assertEquals(tick.getCategory().toString().replace(" ", ""), shown.replace(" ", ""), "the whole name");
        }
    }

    @Test
    void theAverageIsNamedInALegendClearOfTheBars() {
        Drawn d = draw();
        ValueMarker marker = (ValueMarker) d.chart().getCategoryPlot().getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(null, marker.getLabel(), "no text on the line itself");
        Rectangle2D legend = null;
        List<Rectangle2D> bars = new ArrayList<>();
        for (Object o : d.info().getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            if (e instanceof LegendItemEntity) {
                legend = e.getArea().getBounds2D();
            } else if (e instanceof CategoryItemEntity) {
                bars.add(e.getArea().getBounds2D());
            }
        }
        assertNotNull(legend, "the average's legend item");
        assertEquals(AREAS.size(), bars.size());
        Rectangle2D dataArea = d.info().getPlotInfo().getDataArea();
        assertFalse(legend.intersects(dataArea), "legend " + legend + " inside the plot " + dataArea);
        for (Rectangle2D bar : bars) {
            assertFalse(legend.intersects(bar), "legend over a bar: " + bar);
        }
        assertTrue(legend.getMaxY() <= dataArea.getMinY(), "above the plot");
    }

    private static String text(TextBlock block) {
        StringBuilder s = new StringBuilder();
        for (Object line : block.getLines()) {
            TextFragment f = ((TextLine) line).getFirstTextFragment();
            s.append(f == null ? "" : f.getText()).append(' ');
        }
        return s.toString().strip();
    }
}
