package jp.clustereval.scorefile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The canonical form that is signed: RFC 8785 (JCS) restricted to what signed files contain
 * (objects, arrays, strings, integers, booleans, null). Keys sorted by UTF-16 code units, no
 * whitespace, strings with only the escapes JCS prescribes. Two parsers of the same file therefore
 * produce the same bytes, whatever the indentation or key order of the file.
 *
 * <p>RFC 8785 canonicalises I-JSON only (its section 3.1): strings must be Unicode text and numbers
 * IEEE 754 doubles. What falls outside has no canonical form and is refused here
 * ({@link NotCanonicalException}), never written some other way: a lone surrogate written as
 * {@code ?} (what a UTF-8 encoder puts in its place) let a signed {@code ?} be swapped for
 * {@code \ud800} without breaking the signature. Integers are accepted up to
 * {@link #MAX_SAFE_INTEGER} in magnitude, where a double holds them exactly and JCS's number
 * serialisation (ECMAScript's) is their plain decimal digits; fractions never occur in these files.
 */
public final class CanonicalJson {

    /** 2^53 - 1: the largest integer every double, and so every JSON reader, holds exactly. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private CanonicalJson() {
    }

    /**
     * A value RFC 8785 gives no canonical form: a string (member name or value) that is not Unicode
     * text, or a number that is not an integer within {@link #MAX_SAFE_INTEGER}. {@link #path()} names
     * the value like the readers' messages do ({@code sheets[0].items[1].comment}).
     */
    public static final class NotCanonicalException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        /** What is wrong with the value. */
        public enum Kind { NOT_UNICODE, NUMBER }

        private final Kind kind;
        private final String path;
        private final String detail;

        NotCanonicalException(Kind kind, String path, String detail) {
            super(kind + " at " + (path.isEmpty() ? "(top)" : path) + ": " + detail);
            this.kind = kind;
            this.path = path;
            this.detail = detail;
        }

        public Kind kind() {
            return kind;
        }

        /** Where the value is, e.g. {@code evaluator.name}; empty for the top-level value. */
        public String path() {
            return path;
        }

        /** The offending part, printable: a lone surrogate as {@code \ud800}, a number as its digits. */
        public String detail() {
            return detail;
        }

        /** The refusal of a signed file holding this value, with its message (score files and weights files alike). */
        public ScoreFileException refusal() {
            String where = path.isEmpty() ? "(top)" : path;
            return kind == Kind.NOT_UNICODE ? new ScoreFileException("signed.notUnicode", where, detail)
                    : new ScoreFileException("signed.number", where, detail, MAX_SAFE_INTEGER);
        }

        /** The same, one level further out: the path is made only when something was refused. */
        NotCanonicalException in(String outer) {
            String inner = path.isEmpty() ? outer : path.startsWith("[") ? outer + path : outer + "." + path;
            NotCanonicalException e = new NotCanonicalException(kind, inner, detail);
            e.setStackTrace(getStackTrace());
            return e;
        }
    }

    public static byte[] bytes(JsonNode node) {
        Utf8 out = new Utf8(256);
        write(node, out);
        return out.toByteArray();
    }

    /**
     * The canonical bytes of an object without one of its members: what a signature covers (the
     * whole file but its {@code signature}), without copying the parsed tree first.
     */
    public static byte[] bytesWithout(JsonNode object, String member) {
        return bytesWithout(object, member, 32_768);
    }

    /**
     * As above, the output first sized for {@code expectedBytes} (the file's size: its canonical form is
     * about as long, without the indentation), so that a large file's is not copied over and over as it grows.
     */
    public static byte[] bytesWithout(JsonNode object, String member, int expectedBytes) {
        if (!object.isObject()) {
            throw new IllegalArgumentException("Not an object: " + object.getNodeType());
        }
        Utf8 out = new Utf8(Math.max(256, expectedBytes));
        writeObject(object, member, out);
        return out.toByteArray();
    }

    public static String string(JsonNode node) {
        return new String(bytes(node), StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, Utf8 out) {
        if (node.isObject()) {
            writeObject(node, null, out);
        } else if (node.isArray()) {
            out.ascii('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.ascii(',');
                }
                try {
                    write(node.get(i), out);
                } catch (NotCanonicalException e) {
                    throw e.in("[" + i + "]");
                }
            }
            out.ascii(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isIntegralNumber()) {
            if (!node.canConvertToLong() || Math.abs(node.longValue()) > MAX_SAFE_INTEGER) {
                throw new NotCanonicalException(NotCanonicalException.Kind.NUMBER, "", node.bigIntegerValue().toString());
            }
            out.ascii(Long.toString(node.longValue()));
        } else if (node.isBoolean() || node.isNull()) {
            out.ascii(node.asText());
        } else {
            // fractions: the readers refuse them by type before anything is verified, where a member is known
            throw new NotCanonicalException(NotCanonicalException.Kind.NUMBER, "", node.asText());
        }
    }

    /** An object's members sorted by name, leaving out {@code skipped} (null: none). */
    private static void writeObject(JsonNode node, String skipped, Utf8 out) {
        List<String> names = new ArrayList<>(node.size());
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!name.equals(skipped)) {
                names.add(name);
            }
        }
        names.sort(null); // String.compareTo compares UTF-16 code units, as JCS requires
        out.ascii('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.ascii(',');
            }
            String name = names.get(i);
            try {
                string(name, out);
                out.ascii(':');
                write(node.get(name), out);
            } catch (NotCanonicalException e) {
                throw e.in(printable(name));
            }
        }
        out.ascii('}');
    }

    private static void string(String s, Utf8 out) {
        out.ascii('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.ascii("\\\"");
                case '\\' -> out.ascii("\\\\");
                case '\b' -> out.ascii("\\b");
                case '\f' -> out.ascii("\\f");
                case '\n' -> out.ascii("\\n");
                case '\r' -> out.ascii("\\r");
                case '\t' -> out.ascii("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.ascii(String.format("\\u%04x", (int) ch));
                    } else if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.codePoint(Character.toCodePoint(ch, s.charAt(++i)));
                    } else if (Character.isSurrogate(ch)) {
                        throw new NotCanonicalException(NotCanonicalException.Kind.NOT_UNICODE, "",
                                String.format("\\u%04x", (int) ch));
                    } else {
                        out.codePoint(ch);
                    }
                }
            }
        }
        out.ascii('"');
    }

    /** A member name as a message can show it: a lone surrogate as its escape, everything else as it is. */
    private static String printable(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean paired = Character.isHighSurrogate(ch) ? i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))
                    : Character.isLowSurrogate(ch) && i > 0 && Character.isHighSurrogate(name.charAt(i - 1));
            if (Character.isSurrogate(ch) && !paired || ch < 0x20) {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /**
     * The canonical text written straight as UTF-8: building a String first and encoding it
     * afterwards cost two more passes over every file (a fifth of reading a score file).
     */
    private static final class Utf8 {
        private byte[] buf;
        private int len;

        Utf8(int capacity) {
            buf = new byte[capacity];
        }

        void ascii(char c) {
            ensure(1);
            buf[len++] = (byte) c;
        }

        void ascii(String s) {
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                buf[len++] = (byte) s.charAt(i);
            }
        }

        void codePoint(int cp) {
            ensure(4);
            if (cp < 0x80) {
                buf[len++] = (byte) cp;
            } else if (cp < 0x800) {
                buf[len++] = (byte) (0xC0 | (cp >> 6));
                buf[len++] = (byte) (0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                buf[len++] = (byte) (0xE0 | (cp >> 12));
                buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                buf[len++] = (byte) (0xF0 | (cp >> 18));
                buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (cp & 0x3F));
            }
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, len);
        }
    }
}
