package jp.clustereval.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Repairs the text that a PDF reader extracts (copy, search) from our Japanese text.
 *
 * <p>Why: IPAexGothic maps some glyphs from two code points, e.g. 自 (U+81EA) and the Kangxi
 * radical ⾃ (U+2F83). PDFBox writes the ToUnicode map with the lowest code point of a glyph, so
 * "自立性" would be extracted as "⾃⽴性" and a search for 長野 would fail. This rewrites each
 * ToUnicode map with each such glyph mapped from its CJK unified ideograph (found in the font's
 * own cmap); nothing else in the file changes.
 */
final class ToUnicodeRepair {

    private static final Pattern BFCHAR = Pattern.compile("beginbfchar(.*?)endbfchar", Pattern.DOTALL);
    private static final Pattern BFRANGE = Pattern.compile("beginbfrange(.*?)endbfrange", Pattern.DOTALL);
    private static final Pattern PAIR = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern RANGE = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");

    private ToUnicodeRepair() {
    }

    static byte[] repair(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<COSStream> done = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                if (resources == null) {
                    continue;
                }
                for (COSName name : resources.getFontNames()) {
                    COSBase toUnicode = resources.getFont(name).getCOSObject().getDictionaryObject(COSName.TO_UNICODE);
                    if (toUnicode instanceof COSStream stream && done.add(stream)) {
                        rewrite(stream);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rewrite(COSStream stream) throws IOException {
        String cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        Map<Integer, String> map = new TreeMap<>();
        Matcher chars = BFCHAR.matcher(cmap);
        while (chars.find()) {
            Matcher p = PAIR.matcher(chars.group(1));
            while (p.find()) {
                map.put(Integer.parseInt(p.group(1), 16), utf16(p.group(2)));
            }
        }
        Matcher ranges = BFRANGE.matcher(cmap);
        while (ranges.find()) {
            Matcher r = RANGE.matcher(ranges.group(1));
            while (r.find()) {
                int lo = Integer.parseInt(r.group(1), 16);
                int hi = Integer.parseInt(r.group(2), 16);
                String start = utf16(r.group(3));
                for (int code = lo; code <= hi; code++) {
                    char[] c = start.toCharArray();
                    c[c.length - 1] += (char) (code - lo);
                    map.put(code, new String(c));
                }
            }
        }
        StringBuilder out = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = map.entrySet().stream().toList();
        for (int i = 0; i < entries.size(); i += 100) {
            var block = entries.subList(i, Math.min(entries.size(), i + 100));
            out.append(block.size()).append(" beginbfchar\n");
            for (var e : block) {
                out.append(String.format("<%04X> <%s>%n", e.getKey(), hex(unified(e.getValue()))));
            }
            out.append("endbfchar\n");
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(out.toString().getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * The code point a reader should get for a glyph: when the bundled font maps the same glyph
     * from a CJK unified ideograph too (as for the radicals ⾃ and ⻑), that ideograph.
     */
    static String unified(String s) {
        if (s.length() != 1 || Character.isLetterOrDigit(s.charAt(0)) && Character.UnicodeScript.of(s.charAt(0))
                != Character.UnicodeScript.HAN) {
            return s;
        }
        int code = s.charAt(0);
        if (isUnified(code)) {
            return s;
        }
        try {
            CmapLookup cmap = FontCmap.LOOKUP;
            List<Integer> codes = cmap.getCharCodes(cmap.getGlyphId(code));
            if (codes != null) {
                for (int c : codes) {
                    if (isUnified(c)) {
                        return new String(Character.toChars(c));
                    }
                }
            }
        } catch (RuntimeException e) {
            return s; // an unreadable font table leaves the map as PDFBox wrote it
        }
        return s;
    }

    private static boolean isUnified(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c >= 0x20000;
    }

    /** The bundled font's Unicode cmap, read once. */
    private static final class FontCmap {
        static final CmapLookup LOOKUP = load();

        private static CmapLookup load() {
            try (InputStream in = ToUnicodeRepair.class.getClassLoader().getResourceAsStream("fonts/ipaexg.ttf")) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                return ttf.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String utf16(String hex) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i + 4 <= hex.length(); i += 4) {
            s.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
        }
        return s.toString();
    }

    private static String hex(String s) {
        StringBuilder h = new StringBuilder();
        for (char c : s.toCharArray()) {
            h.append(String.format("%04X", (int) c));
        }
        return h.toString();
    }
}
