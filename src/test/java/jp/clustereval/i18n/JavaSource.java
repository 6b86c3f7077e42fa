package jp.clustereval.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * A Java source file with its comments blanked out: a key named in a comment or Javadoc is not a
 * use of it. String literals, char literals and text blocks are kept as written.
 */
record JavaSource(String file, String code) {

    static JavaSource of(String file, String text) {
        StringBuilder code = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                blank(code, text, i, end);
                i = end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                blank(code, text, i, end);
                i = end;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? text.length() : end + 3;
                code.append(text, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = endOfLiteral(text, i, c);
                code.append(text, i, end);
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        return new JavaSource(file, code.toString());
    }

    /** The contents of the ordinary string literals (escapes left as written: keys have none). */
    List<String> literals() {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                i = end < 0 ? code.length() : end + 3;
            } else if (c == '"' || c == '\'') {
                int end = endOfLiteral(code, i, c);
                if (c == '"') {
                    out.add(code.substring(i + 1, end - 1));
                }
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int endOfLiteral(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    /** Comments become spaces (line breaks kept), so that nothing they contain matches. */
    private static void blank(StringBuilder code, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            code.append(text.charAt(i) == '\n' ? '\n' : ' ');
        }
    }
}
