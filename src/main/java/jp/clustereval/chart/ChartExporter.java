package jp.clustereval.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import jp.clustereval.common.AtomicFiles;

/**
 * Writes charts and radar grids to PNG or SVG.
 *
 * <p>The picture is rendered in memory first and then written to a temporary file in the target's
 * folder, which is moved over the target: a failed export (rendering error, full disk) never
 * leaves a half-written file where a report expects a picture. IOExceptions reach the caller.
 */
public final class ChartExporter {

    /**
     * The font-family an SVG names: ours first, then fonts Japanese readers' systems have. Unquoted
     * on purpose: JFreeSVG writes style attributes in single quotes, so a quoted name would end the
     * attribute; every name here is a valid unquoted CSS family.
     */
    static final String SVG_FONT_FAMILY = ChartFonts.FAMILY
            + ", IPAexゴシック, Noto Sans CJK JP, Yu Gothic, Hiragino Sans, Meiryo, sans-serif";

    private ChartExporter() {
    }

    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        writeAtomically(file, png(chart::draw, width, height));
    }

    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        writeAtomically(file, svg(chart::draw, width, height));
    }

    /** Writes a chart as PNG or SVG, chosen by the file's extension. */
    public static void write(JFreeChart chart, Path file, int width, int height) throws IOException {
        if (isSvg(file)) {
            writeSvg(chart, file, width, height);
        } else {
            writePng(chart, file, width, height);
        }
    }

    /** Writes a grid of radar charts (see {@link RadarGrid}) as PNG or SVG, chosen by the file's extension. */
    public static void writeGrid(List<RadarData> cells, Path file, int width, int height) throws IOException {
        boolean svg = isSvg(file);
        RadarGrid grid = new RadarGrid(cells);
        BiConsumer<Graphics2D, Rectangle2D> painter = grid::draw;
        writeAtomically(file, svg ? svg(painter, width, height) : png(painter, width, height));
    }

    /** True for ".svg", false for ".png" (any case); anything else is refused with the accepted list. */
    static boolean isSvg(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return true;
        }
        if (name.endsWith(".png")) {
            return false;
        }
        throw new IllegalArgumentException("Cannot write a chart to '" + file.getFileName()
                + "': the file name must end in .png or .svg");
    }

    private static byte[] png(BiConsumer<Graphics2D, Rectangle2D> painter, int width, int height) throws IOException {
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            painter.accept(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("This Java runtime has no PNG writer");
        }
        return out.toByteArray();
    }

    private static byte[] svg(BiConsumer<Graphics2D, Rectangle2D> painter, int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // text stays text (searchable, selectable); the family list lets viewers without IPAex
        // fall back to another Japanese font instead of boxes
        g2.setFontFunction(family -> SVG_FONT_FAMILY);
        painter.accept(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    private static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Chart size must be positive, got " + width + " x " + height);
        }
    }

    private static void writeAtomically(Path file, byte[] content) throws IOException {
        AtomicFiles.write(file, content);
    }
}
