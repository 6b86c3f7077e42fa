package jp.clustereval.chart;

import static jp.clustereval.chart.TestCharts.AXES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import jp.clustereval.domain.Language;

class RadarChartFactoryTest {

    private static BufferedImage render(JFreeChart chart, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        g2.dispose();
        return image;
    }

    @Test
    void everyTextUsesTheBundledFont() {
        JFreeChart chart = RadarChartFactory.create(TestCharts.sample());
        List<Font> fonts = new ArrayList<>();
        fonts.add(chart.getTitle().getFont());
        for (Title t : chart.getSubtitles()) {
            if (t instanceof TextTitle text) {
                fonts.add(text.getFont());
            } else if (t instanceof LegendTitle legend) {
                fonts.add(legend.getItemFont());
            }
        }
        fonts.add(((RadarPlot) chart.getPlot()).getLabelFont());
        fonts.add(((RadarPlot) chart.getPlot()).getRingLabelFont());
        assertEquals(5, fonts.size(), "title, subtitle, legend, axis labels, ring labels");
        for (Font f : fonts) {
            assertEquals(ChartFonts.FAMILY, f.getFamily(Locale.ENGLISH), f.toString());
        }
    }

    @Test
    void clusterIsFilledVermillionCohortIsBlueLineLegendAtBottom() {
        JFreeChart chart = RadarChartFactory.create(TestCharts.sample());
        RadarPlot plot = (RadarPlot) chart.getPlot();
        assertEquals(RadarChartFactory.VERMILLION, plot.getSeriesPaint(0));
        assertEquals(RadarChartFactory.BLUE, plot.getSeriesPaint(1));
        assertTrue(plot.isSeriesFilled(0));
        assertFalse(plot.isSeriesFilled(1));
        assertEquals(4.0, plot.getMaxValue());
        assertEquals(RectangleEdge.BOTTOM, chart.getLegend().getPosition());
        assertEquals("A 研究開発", plot.getDataset().getColumnKey(0));
        assertTrue(chart.getSubtitles().stream()
                .anyMatch(t -> t instanceof TextTitle s && s.getText().equals("評価者 3 名")));
    }

    @Test
    void englishLabelsFollowTheLanguage() {
        RadarData en = new RadarData("Sapporo", "n = 3 evaluators", AXES, Language.EN,
                List.of(new RadarSeries("Cluster average", TestCharts.all(3))));
        CategoryDataset data = ((RadarPlot) RadarChartFactory.create(en).getPlot()).getDataset();
        assertEquals("A R&D", data.getColumnKey(0));
        assertEquals("E Cluster formation", data.getColumnKey(4));
    }

    @Test
    void drawsBothSeriesInTheirColours() {
        BufferedImage image = render(RadarChartFactory.create(TestCharts.sample()), 600, 600);
        assertTrue(TestCharts.count(image, TestCharts::vermillionish) > 200, "cluster outline");
        assertTrue(TestCharts.count(image, TestCharts::blueish) > 200, "cohort line");
    }

    /** 1.00 is an inner ring, not the centre; rings are drawn at 2.00 and nowhere between. */
    @Test
    void ringsSitAtTheGradeValues() {
        // cluster inside ring 1, cohort at 3.5: nothing covers rings 2 and 2.5 on the lower right
        JFreeChart chart = RadarChartFactory.create(
                TestCharts.clusterAndCohort("x", TestCharts.all(1.0), TestCharts.all(3.5)));
        BufferedImage image = render(chart, 600, 600);
        RadarPlot plot = (RadarPlot) chart.getPlot();
        Rectangle2D web = plot.getLastWebArea();
        double radius = web.getWidth() / 2;
        Point2D one = plot.valuePoint(web, 0, 5, 1.0);
        assertEquals(radius / 4, web.getCenterY() - one.getY(), 0.5, "1.00 at a quarter of the radius");

        Point2D ring2 = midpoint(plot.valuePoint(web, 1, 5, 2.0), plot.valuePoint(web, 2, 5, 2.0));
        Point2D between = midpoint(plot.valuePoint(web, 1, 5, 2.5), plot.valuePoint(web, 2, 5, 2.5));
        assertTrue(TestCharts.near(image, ring2.getX(), ring2.getY(), 1, TestCharts::ringGrey), "ring at 2.00");
        assertFalse(TestCharts.near(image, between.getX(), between.getY(), 1, TestCharts::ringGrey), "no ring at 2.50");
    }

    @Test
    void ringLabelsAreFormattedWithTwoDecimals() {
        JFreeChart chart = RadarChartFactory.create(TestCharts.sample());
        org.jfree.svg.SVGGraphics2D svg = new org.jfree.svg.SVGGraphics2D(600, 600);
        chart.draw(svg, new Rectangle2D.Double(0, 0, 600, 600));
        String doc = svg.getSVGElement();
        for (String label : List.of(">1.00<", ">2.00<", ">3.00<", ">4.00<")) {
            assertTrue(doc.contains(label), label);
        }
    }

    /** Not graded is left out: neither zero (a spike to the centre) nor a marker at the axis. */
    @Test
    void missingAxisIsOmittedNotDrawnAsZero() {
        Map<String, Double> noD = new java.util.HashMap<>(TestCharts.all(3.0));
        noD.remove("D");
        RadarData data = new RadarData("x", "", AXES, Language.JA, List.of(new RadarSeries("cluster", noD)));
        JFreeChart chart = RadarChartFactory.create(data);
        RadarPlot plot = (RadarPlot) chart.getPlot();
        assertNull(plot.getDataset().getValue(0, 3), "D is null in the dataset, not 0");

        BufferedImage image = render(chart, 600, 600);
        Rectangle2D web = plot.getLastWebArea();
        Point2D wouldBeD = plot.valuePoint(web, 3, 5, 3.0);
        assertFalse(TestCharts.near(image, wouldBeD.getX(), wouldBeD.getY(), 2, TestCharts::vermillionish),
                "no vertex at D");
        // drawn as zero, the polygon would dent to the centre and leave this point outside the fill
        Point2D nearCentreOnD = plot.valuePoint(web, 3, 5, 0.5);
        assertTrue(TestCharts.vermillionTinted(image.getRGB((int) nearCentreOnD.getX() + 4, (int) nearCentreOnD.getY())),
                "the polygon joins C and E across D");
    }

    @Test
    void onlyMissingValuesStillDrawsTheAxes() {
        RadarData data = new RadarData("x", "", AXES, Language.JA,
                List.of(new RadarSeries("a", Map.of()), new RadarSeries("b", Map.of("A", 2.0))));
        assertEquals(5, ((RadarPlot) RadarChartFactory.create(data).getPlot()).getDataset().getColumnCount());
        render(RadarChartFactory.create(data), 300, 300);
    }

    @Test
    void furtherSeriesUseOtherOkabeItoColours() {
        assertEquals(RadarChartFactory.VERMILLION, RadarChartFactory.seriesColor(0));
        assertEquals(RadarChartFactory.BLUE, RadarChartFactory.seriesColor(1));
        java.util.Set<java.awt.Color> distinct = new java.util.HashSet<>();
        for (int i = 0; i < 6; i++) {
            distinct.add(RadarChartFactory.seriesColor(i));
        }
        assertEquals(6, distinct.size());
    }

    @Test
    void refusesAmbiguousInput() {
        assertThrows(IllegalArgumentException.class, () -> new RadarData("x", "", AXES, Language.JA,
                List.of(new RadarSeries("same", Map.of()), new RadarSeries("same", Map.of()))));
        assertThrows(IllegalArgumentException.class, () -> new RadarData("x", "", List.of(), Language.JA, List.of()));
    }

    private static Point2D midpoint(Point2D a, Point2D b) {
        return new Point2D.Double((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
    }
}
