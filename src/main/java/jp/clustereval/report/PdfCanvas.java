package jp.clustereval.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

import jp.clustereval.common.SafeText;

/**
 * A4 pages written top to bottom: headings, wrapped paragraphs, simple tables and JFreeChart
 * charts drawn as vectors (PdfBoxGraphics2D). Every text is set in the bundled IPAexGothic,
 * embedded as a subset, so Japanese reads (and extracts) the same on any machine.
 *
 * <p>Texts may come from score files: headings, paragraphs and table cells are single lines
 * ({@link SafeText#line}: a line break in a name shows as {@code \n} and cannot start a line that
 * looks like the report's own), only the text of a {@link #comment} keeps its line breaks, and its
 * continuation lines are indented deeper than any label, so no line of it can pass for a new entry.
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 50;
    /** How much deeper than its label the continuation lines of a comment start. */
    static final float HANGING_INDENT = 14;
    private static final PDRectangle SIZE = PDRectangle.A4;

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final Map<Character, Boolean> encodable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    PdfCanvas() {
        try (InputStream in = PdfCanvas.class.getClassLoader().getResourceAsStream("fonts/ipaexg.ttf")) {
            if (in == null) {
                throw new IllegalStateException("The report font fonts/ipaexg.ttf is missing from the classpath");
            }
            font = PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    /** The document information's Title (what a PDF reader shows as the document's name). */
    void title(String title) {
        doc.getDocumentInformation().setTitle(SafeText.line(title));
    }

    float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(SIZE);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless the given height still fits on this one. */
    void ensure(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    void gap(float points) {
        y -= points;
    }

    void heading(String text, float size) {
        ensure(size * 3);
        for (String line : wrap(SafeText.line(text), size, width())) {
            y -= size * 1.4f;
            text(line, MARGIN, y, size);
        }
        y -= size * 0.5f;
    }

    /** One line of text wrapped to the page width; Japanese breaks between any characters, other text at spaces when it can. */
    void paragraph(String text, float size, float indent) {
        for (String line : wrap(SafeText.line(text), size, width() - indent)) {
            ensure(size * 1.5f);
            y -= size * 1.45f;
            text(line, MARGIN + indent, y, size);
        }
        y -= size * 0.35f; // the last line's descenders: a table's grey header drawn next began at its baseline
    }

    /**
     * A label (one line: who wrote what) followed by a multi-line text that keeps its line breaks;
     * every line after the first, wrapped or broken in the text, starts {@link #HANGING_INDENT} deeper.
     */
    void comment(String label, String text, float size, float indent) {
        List<String> lines = wrap(SafeText.line(label) + SafeText.lines(text), size, width() - indent - HANGING_INDENT);
        for (int i = 0; i < lines.size(); i++) {
            ensure(size * 1.5f);
            y -= size * 1.45f;
            text(lines.get(i), MARGIN + indent + (i == 0 ? 0 : HANGING_INDENT), y, size);
        }
    }

    /** Rows of cells in columns of the given widths (points), long cells wrapped; the first row is the header, on grey. */
    void table(List<List<String>> rows, float[] widths, float size) {
        float lineHeight = size * 1.35f;
        // as much room above the grey header as below the table: text right above it ran into the grey
        y -= size * 0.6f;
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < widths.length; c++) {
                String cell = c < rows.get(r).size() ? SafeText.line(rows.get(r).get(c)) : "";
                cells.add(wrap(cell, size, widths[c] - 4));
                lines = Math.max(lines, cells.get(c).size());
            }
            float rowHeight = lines * lineHeight + size * 0.3f;
            ensure(rowHeight);
            if (r == 0) {
                fillRect(MARGIN, y - rowHeight, sum(widths), rowHeight, 0.9f);
            }
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                for (int l = 0; l < cells.get(c).size(); l++) {
                    text(cells.get(c).get(l), x + 2, y - size - l * lineHeight, size);
                }
                x += widths[c];
            }
            y -= rowHeight;
        }
        y -= size * 0.6f;
    }

    /** Draws a chart (or any painter) as vectors, the given size in points, at the current position. */
    void chart(BiConsumer<Graphics2D, Rectangle2D> painter, float w, float h) {
        ensure(h + 6);
        try {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            try {
                painter.accept(g, new Rectangle2D.Double(0, 0, w, h));
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            y -= h + 6;
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(MARGIN + (width() - w) / 2, y));
            content.drawForm(form);
            content.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A footer on every page, centred under the bottom margin (the date and "page n of total"):
     * written last, when the number of pages is known. Its text is the report's own (a bundle's).
     */
    void footer(java.util.function.BiFunction<Integer, Integer, String> text, float size) {
        try {
            content.close();
            content = null;
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                PDPage page = doc.getPage(i);
                String line = text.apply(i + 1, total);
                float w = font.getStringWidth(line) / 1000 * size;
                try (PDPageContentStream footer = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    footer.beginText();
                    footer.setFont(font, size);
                    footer.newLineAtOffset((SIZE.getWidth() - w) / 2, MARGIN / 2);
                    footer.showText(line);
                    footer.endText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The footer of a report: the day it was made and "page n of total" in the report's language. */
    static java.util.function.BiFunction<Integer, Integer, String> pageFooter(ReportText t, java.time.LocalDate day) {
        return (page, total) -> t.get("report.footer", day.toString(), String.valueOf(page), String.valueOf(total));
    }

    byte[] toBytes() {
        try {
            if (content != null) {
                content.close();
                content = null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return ToUnicodeRepair.repair(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(String s, float x, float baseline, float size) {
        if (s.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(s);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fillRect(float x, float yBottom, float w, float h, float grey) {
        try {
            content.saveGraphicsState();
            content.setNonStrokingColor(grey, grey, grey);
            content.addRect(x, yBottom, w, h);
            content.fill();
            content.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lastSpace = -1;
            for (int i = 0; i < paragraph.length(); i++) {
                char ch = paragraph.charAt(i);
                line.append(ch);
                if (ch == ' ') {
                    lastSpace = line.length() - 1;
                }
                if (width(line.toString(), size) > maxWidth && line.length() > 1) {
                    String rest;
                    if (lastSpace > 0 && !Character.isIdeographic(ch)) {
                        rest = line.substring(lastSpace + 1);
                        line.setLength(lastSpace);
                    } else {
                        rest = String.valueOf(ch);
                        line.setLength(line.length() - 1);
                    }
                    lines.add(line.toString());
                    line = new StringBuilder(rest);
                    lastSpace = -1;
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String s, float size) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text as the font can draw it: characters the font lacks become "?". Control characters
     * were escaped before (only the line breaks of a comment's text reach here); any other left
     * becomes "?" too.
     */
    private String clean(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : (text == null ? "" : text).toCharArray()) {
            if (ch == '\n') {
                out.append(ch);
            } else if (Character.isISOControl(ch) || Character.isSurrogate(ch) || !canEncode(ch)) {
                out.append('?');
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private boolean canEncode(char ch) {
        return encodable.computeIfAbsent(ch, c -> {
            try {
                font.encode(String.valueOf(c));
                return font.getStringWidth(String.valueOf(c)) >= 0;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    private static float sum(float[] widths) {
        float s = 0;
        for (float w : widths) {
            s += w;
        }
        return s;
    }
}
