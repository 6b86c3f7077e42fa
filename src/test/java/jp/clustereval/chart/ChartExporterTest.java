package jp.clustereval.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

class ChartExporterTest {

    @TempDir
    Path dir;

    @Test
    void pngHasTheRequestedSizeAndBothSeries() throws IOException {
        Path file = dir.resolve("radar.png");
        ChartExporter.writePng(RadarChartFactory.create(TestCharts.sample()), file, 640, 480);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        assertTrue(TestCharts.count(image, TestCharts::vermillionish) > 200, "cluster");
        assertTrue(TestCharts.count(image, TestCharts::blueish) > 200, "cohort");
    }

    @Test
    void svgIsWellFormedAndKeepsJapaneseText() throws Exception {
        Path file = dir.resolve("radar.svg");
        ChartExporter.writeSvg(RadarChartFactory.create(TestCharts.sample()), file, 600, 600);
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg"));
        assertTrue(svg.contains("A 研究開発"));
        assertTrue(svg.contains(ChartFonts.FAMILY));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // the DOCTYPE names the W3C DTD: never fetch it in a test
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void gridFormatFollowsTheExtensionInAnyCase() throws IOException {
        List<RadarData> cells = List.of(TestCharts.sample());
        ChartExporter.writeGrid(cells, dir.resolve("grid.PNG"), 300, 300);
        ChartExporter.writeGrid(cells, dir.resolve("grid.Svg"), 300, 300);
        assertTrue(ImageIO.read(dir.resolve("grid.PNG").toFile()) != null);
        assertTrue(Files.readString(dir.resolve("grid.Svg")).contains("<svg"));
    }

    @Test
    void unknownExtensionIsRefusedNamingTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartExporter.writeGrid(List.of(TestCharts.sample()), dir.resolve("grid.pdf"), 300, 300));
        assertTrue(e.getMessage().contains("grid.pdf"), e.getMessage());
        assertTrue(e.getMessage().contains(".png") && e.getMessage().contains(".svg"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("grid.pdf")));
    }

    @Test
    void ioErrorsPropagateAndLeaveNoFile() {
        Path missingFolder = dir.resolve("nope").resolve("radar.png");
        assertThrows(IOException.class,
                () -> ChartExporter.writePng(RadarChartFactory.create(TestCharts.sample()), missingFolder, 100, 100));
        assertFalse(Files.exists(missingFolder));
    }

    @Test
    void failedRenderKeepsThePreviousFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("radar.png");
        ChartExporter.writePng(RadarChartFactory.create(TestCharts.sample()), file, 200, 200);
        byte[] before = Files.readAllBytes(file);
        assertThrows(IllegalArgumentException.class,
                () -> ChartExporter.writePng(RadarChartFactory.create(TestCharts.sample()), file, 0, 200));
        ChartExporter.writePng(RadarChartFactory.create(TestCharts.sample()), dir.resolve("other.png"), 200, 200);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("other.png", "radar.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void overwritesAnExistingExport() throws IOException {
        Path file = dir.resolve("radar.png");
        Files.writeString(file, "old");
        ChartExporter.writePng(RadarChartFactory.create(TestCharts.sample()), file, 120, 90);
        assertEquals(120, ImageIO.read(file.toFile()).getWidth());
    }
}
