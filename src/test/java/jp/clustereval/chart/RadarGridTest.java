package jp.clustereval.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RadarGridTest {

    private static final String[] NAMES = {"札幌", "仙台", "長野・上田", "浜松", "京都", "けいはんな", "彩都", "神戸",
        "広島", "高松", "福岡", "北九州"};

    @TempDir
    Path dir;

    static List<RadarData> twelve() {
        List<RadarData> cells = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            double v = 1.5 + (i % 5) * 0.5;
            cells.add(TestCharts.clusterAndCohort(NAMES[i],
                    Map.of("A", v, "B", 4.0, "C", v, "D", 3.0, "E", 2.0), TestCharts.all(2.8)));
        }
        return cells;
    }

    @Test
    void columnsGiveTheLargestCells() {
        assertEquals(4, RadarGrid.columns(12, 1600, 1200));
        assertEquals(3, RadarGrid.columns(12, 595, 842));
        assertEquals(1, RadarGrid.columns(1, 800, 600));
        assertEquals(2, RadarGrid.columns(4, 800, 800));
    }

    @Test
    void writesOneImageWithTwelveCells() throws IOException {
        Path file = dir.resolve("grid.png");
        ChartExporter.writeGrid(twelve(), file, 1600, 1200);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1200, image.getHeight());

        RadarGrid grid = new RadarGrid(twelve());
        List<Rectangle2D> cells = grid.draw(image.createGraphics(), new Rectangle2D.Double(0, 0, 1600, 1200));
        assertEquals(12, cells.size());
        assertEquals(4, cells.stream().mapToDouble(Rectangle2D::getX).distinct().count(), "4 columns");
        assertEquals(3, cells.stream().mapToDouble(Rectangle2D::getY).distinct().count(), "3 rows");
        for (Rectangle2D cell : cells) {
            int cluster = TestCharts.count(image, (int) cell.getX(), (int) cell.getY(),
                    (int) cell.getWidth(), (int) cell.getHeight(), TestCharts::vermillionish);
            int cohort = TestCharts.count(image, (int) cell.getX(), (int) cell.getY(),
                    (int) cell.getWidth(), (int) cell.getHeight(), TestCharts::blueish);
            assertTrue(cluster > 50 && cohort > 50, "cell " + cell + ": " + cluster + " / " + cohort);
        }
    }

    @Test
    void svgGridHasEveryTitleSubtitleAndOneLegend() throws IOException {
        Path file = dir.resolve("grid.svg");
        ChartExporter.writeGrid(twelve(), file, 1600, 1200);
        String svg = Files.readString(file);
        for (String name : NAMES) {
            assertTrue(svg.contains(">" + name + "<"), name);
        }
        assertEquals(12, count(svg, ">評価者 3 名<"), "every cell shows its evaluator count");
        assertEquals(1, count(svg, ">12クラスターの平均<"), "one shared legend");
    }

    @Test
    void emptyGridIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RadarGrid(List.of()));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
