package jp.clustereval.common;

/**
 * Untrusted text (from a score file, a CSV, a file name, the database) made safe to show to a person:
 * on a terminal, in a GUI label, in a PDF. What a terminal or a text renderer would act on instead
 * of showing is written as a visible escape, so the text can neither move the cursor, recolour or
 * retitle a terminal, reorder what follows it, hide characters, nor start a line of its own that
 * looks like the program's output (a forged "x.cescore: accepted" line, a fake author label).
 *
 * <p>The rule, for every character that is a control character (C0, DEL, C1), an invisible format
 * character (Unicode category Cf: bidirectional embeddings, overrides and isolates U+202A-202E and
 * U+2066-2069, marks U+200E/U+200F/U+061C, zero-width characters U+200B-200D and U+2060, the byte
 * order mark U+FEFF, soft hyphen, tag characters...), a line or paragraph separator (U+2028, U+2029)
 * or half of a broken surrogate pair:
 * <ul>
 * <li>a tab becomes one space;</li>
 * <li>line feed and carriage return become {@code \n} and {@code \r} in {@link #line single-line}
 * text; in {@link #lines multi-line} text a line feed (and CR LF) stays a line break, a lone CR
 * becomes {@code \r};</li>
 * <li>every other one becomes <code>&#92;uXXXX</code>, each of its UTF-16 code units in hex (ESC is
 * <code>&#92;u001B</code>).</li>
 * </ul>
 * Everything else, Japanese included, is kept as it is. The escapes are printable ASCII, so applying
 * either method twice changes nothing more.
 */
public final class SafeText {

    private SafeText() {
    }

    /** For a single line (a table cell, a label, a message, a file name): no line breaks survive. */
    public static String line(String text) {
        return escape(text, false);
    }

    /** For a multi-line text field (a comment in a report): line feeds stay, nothing else does. */
    public static String lines(String text) {
        return escape(text, true);
    }

    /** Whether the text holds nothing that {@link #line} would change. */
    public static boolean isSafeLine(String text) {
        return text == null || firstUnsafe(text, false) < 0;
    }

    private static String escape(String text, boolean multiLine) {
        if (text == null) {
            return "";
        }
        int first = firstUnsafe(text, multiLine);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\t') {
                out.append(' ');
            } else if (multiLine && ch == '\n') {
                out.append('\n');
            } else if (multiLine && ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // CR LF is one line break; the LF that follows is kept
            } else if (ch == '\n') {
                out.append("\\n");
            } else if (ch == '\r') {
                out.append("\\r");
            } else if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, text.charAt(i + 1));
                if (unsafe(cp)) {
                    unicodeEscape(out, ch);
                    unicodeEscape(out, text.charAt(i + 1));
                } else {
                    out.append(ch).append(text.charAt(i + 1));
                }
                i++;
            } else if (unsafe(ch)) { // a lone surrogate is unsafe too
                unicodeEscape(out, ch);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!(multiLine && cp == '\n') && unsafe(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static boolean unsafe(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true; // SURROGATE: only half of a pair is a code point of its own
            default -> false;
        };
    }

    private static void unicodeEscape(StringBuilder out, char ch) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) ch));
    }
}
