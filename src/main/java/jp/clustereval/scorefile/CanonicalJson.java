package jp.clustereval.scorefile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        return string(node).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The canonical bytes of an object without one of its members: what a signature covers (the
     * whole file but its {@code signature}), without copying the parsed tree first.
     */
    public static byte[] bytesWithout(JsonNode object, String member) {
        if (!object.isObject()) {
            throw new IllegalArgumentException("Not an object: " + object.getNodeType());
        }
        StringBuilder out = new StringBuilder(16_384);
        writeObject(object, member, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String string(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            writeObject(node, null, out);
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue().toString());
        } else if (node.isBoolean() || node.isNull()) {
            out.append(node.asText());
        } else {
            // fractions never reach here: the reader refuses them before anything is verified
            throw new IllegalArgumentException("No canonical form for " + node.getNodeType());
        }
    }

    /** An object's members sorted by name, leaving out {@code skipped} (null: none). */
    private static void writeObject(JsonNode node, String skipped, StringBuilder out) {
        List<String> names = new ArrayList<>(node.size());
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!name.equals(skipped)) {
                names.add(name);
            }
        }
        names.sort(null); // String.compareTo compares UTF-16 code units, as JCS requires
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(names.get(i), out);
            out.append(':');
            write(node.get(names.get(i)), out);
        }
        out.append('}');
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x20 && ch != '"' && ch != '\\') {
                continue;
            }
            // the run of characters that need no escape is appended at once, not char by char
            out.append(s, plain, i);
            plain = i + 1;
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) ch));
            }
        }
        out.append(s, plain, s.length());
        out.append('"');
    }
}
