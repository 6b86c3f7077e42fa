package jp.clustereval.scorefile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The canonical form that is signed: RFC 8785 (JCS) restricted to what score files contain
 * (objects, arrays, strings, integers, booleans, null). Keys sorted by UTF-16 code units, no
 * whitespace, strings with only the escapes JCS prescribes. Two parsers of the same file therefore
 * produce the same bytes, whatever the indentation or key order of the file.
 */
public final class CanonicalJson {

    private CanonicalJson() {
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
        if (!object.isObject()) {
            throw new IllegalArgumentException("Not an object: " + object.getNodeType());
        }
        Utf8 out = new Utf8(32_768);
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
                write(node.get(i), out);
            }
            out.ascii(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isIntegralNumber()) {
            out.ascii(node.bigIntegerValue().toString());
        } else if (node.isBoolean() || node.isNull()) {
            out.ascii(node.asText());
        } else {
            // fractions never reach here: the reader refuses them before anything is verified
            throw new IllegalArgumentException("No canonical form for " + node.getNodeType());
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
            string(names.get(i), out);
            out.ascii(':');
            write(node.get(names.get(i)), out);
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
                        out.ascii('?'); // what String.getBytes(UTF_8) writes for a lone surrogate
                    } else {
                        out.codePoint(ch);
                    }
                }
            }
        }
        out.ascii('"');
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
