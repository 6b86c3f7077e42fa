package jp.clustereval.report;

import java.util.regex.Pattern;

/**
 * Text for a workbook cell, exactly as given. XML 1.0 cannot hold most control characters, and a
 * parser turns a carriage return into a line feed, so Office Open XML writes such a character as
 * {@code _xHHHH_} (its UTF-16 code unit in hex) and a literal {@code _xHHHH_} in the text with its
 * underscore written as {@code _x005F_} (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). Excel, LibreOffice
 * and POI read both back to the original characters. Comments in the workbook come from evaluators'
 * files: without this a control character in one would be dropped or make the sheet unreadable.
 */
final class OoxmlText {

    private static final Pattern ESCAPE_LOOKALIKE = Pattern.compile("_x[0-9A-Fa-f]{4}_");

    private OoxmlText() {
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && ESCAPE_LOOKALIKE.matcher(text).region(i, text.length()).lookingAt()) {
                out.append("_x005F_");
            } else if (needsEscape(text, i)) {
                out.append(String.format("_x%04X_", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        if (c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
