package jp.clustereval.scorefile;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed, strict access to one JSON object of a score file. Every failure names the path of the
 * offending member (e.g. {@code sheets[2].items[0].grade}) so that the message says exactly what is wrong.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The node as an object that has no members besides the allowed ones. */
    static JsonFields object(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new ScoreFileException("scorefile.type", path, "object", kind(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new ScoreFileException("scorefile.unknownField", child(path, name));
            }
        }
        return new JsonFields(node, path);
    }

    JsonNode required(String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw new ScoreFileException("scorefile.missing", child(path, name));
        }
        return value;
    }

    String path(String name) {
        return child(path, name);
    }

    /** A string of at most {@link ScoreFile#MAX_TEXT} characters (UTF-16 code units): every text of the format. */
    String text(String name) {
        JsonNode v = required(name);
        if (!v.isTextual()) {
            throw new ScoreFileException("scorefile.type", child(path, name), "string", kind(v));
        }
        if (v.textValue().length() > ScoreFile.MAX_TEXT) {
            throw new ScoreFileException("scorefile.textTooLong", child(path, name), ScoreFile.MAX_TEXT);
        }
        return v.textValue();
    }

    /** A string, or null when the member is null (absent members are still refused). */
    String textOrNull(String name) {
        JsonNode v = required(name);
        return v.isNull() ? null : text(name);
    }

    String nonBlank(String name) {
        String v = text(name);
        if (v.isBlank()) {
            throw new ScoreFileException("scorefile.blank", child(path, name));
        }
        return v;
    }

    int integer(String name, int min) {
        JsonNode v = required(name);
        if (!v.isIntegralNumber()) {
            throw new ScoreFileException("scorefile.type", child(path, name), "integer", kind(v));
        }
        if (!v.canConvertToInt() || v.intValue() < min) {
            throw new ScoreFileException("scorefile.range", child(path, name), v.asText(), min);
        }
        return v.intValue();
    }

    /** An integer from min to max (max at most 2^53 - 1, so that every JSON reader holds it exactly). */
    long integer(String name, long min, long max) {
        JsonNode v = required(name);
        if (!v.isIntegralNumber()) {
            throw new ScoreFileException("scorefile.type", child(path, name), "integer", kind(v));
        }
        if (v.canConvertToLong() && v.longValue() >= min && v.longValue() <= max) {
            return v.longValue();
        }
        if (v.bigIntegerValue().signum() < 0 || v.longValue() < min) {
            throw new ScoreFileException("scorefile.range", child(path, name), v.asText(), min);
        }
        throw new ScoreFileException("scorefile.rangeMax", child(path, name), v.asText(), max);
    }

    Instant instant(String name) {
        String v = text(name);
        try {
            return UtcTime.parse(v);
        } catch (DateTimeParseException e) {
            throw new ScoreFileException("scorefile.time", child(path, name), v);
        }
    }

    JsonNode array(String name) {
        JsonNode v = required(name);
        if (!v.isArray()) {
            throw new ScoreFileException("scorefile.type", child(path, name), "array", kind(v));
        }
        return v;
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isIntegralNumber()) {
            return "integer";
        }
        if (v.isNumber()) {
            return "fraction";
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
