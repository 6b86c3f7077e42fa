package jp.clustereval.rounddef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.common.JsonDocuments;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.GradeLevel;
import jp.clustereval.domain.GradeScale;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemKind;
import jp.clustereval.domain.ItemTree;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.domain.RoundRules;

/**
 * The round definition file (docs/round-definition.md, resources/schema/ceround-definition-v1.schema.json):
 * what {@code round show --format json} writes and {@code round create --definition} reads. It holds
 * a round's grading definition, units, cohort and weights, not its identity (id, names, kind), which
 * the command line gives. Reading refuses, naming the first defect, anything but well-formed UTF-8
 * JSON of exactly this shape; the rules of a round ({@link RoundRules}) are checked by the caller
 * once the round has its identity.
 */
public final class RoundDefinitionJson {

    public static final String FORMAT = "clustereval-round-definition";
    public static final int VERSION = 1;
    /** 100,000 units with Japanese names and areas fit in about 25 MB. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    /** Nesting of the format is 4 deep; anything far deeper is not a definition. */
    private static final int MAX_DEPTH = 16;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(100).maxStringLength(RoundRules.MAX_DESCRIPTION * 4).build());
    }

    private static final Set<String> TOP = Set.of("format", "formatVersion", "fiscalYear", "units", "cohort", "scale",
            "axes", "items");
    private static final Set<String> TEXT = Set.of("ja", "en");
    private static final Set<String> UNIT = Set.of("code", "name", "area", "prefectures", "fields", "startFiscalYear",
            "wideArea");
    private static final Set<String> GRADE = Set.of("code", "value", "wording");
    private static final Set<String> AXIS = Set.of("code", "name", "weight");
    private static final Set<String> ITEM = Set.of("id", "parent", "kind", "axis", "unit", "name", "description",
            "weight");

    private RoundDefinitionJson() {
    }

    /** The definition as the file holds it: UTF-8, indented, members in the documented order. */
    public static byte[] write(RoundDefinition d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT).put("formatVersion", VERSION).put("fiscalYear", d.fiscalYear());
        ArrayNode units = root.putArray("units");
        for (Cluster u : d.units()) {
            ObjectNode n = units.addObject().put("code", u.code());
            n.set("name", text(u.name()));
            n.set("area", text(u.area()));
            n.put("prefectures", u.prefectures());
            ArrayNode fields = n.putArray("fields");
            u.fields().forEach(fields::add);
            n.put("startFiscalYear", u.startFiscalYear()).put("wideArea", u.wideArea());
        }
        ArrayNode cohort = root.putArray("cohort");
        d.units().stream().map(Cluster::code).filter(d.round().cohort()::contains).forEach(cohort::add);
        ArrayNode scale = root.putArray("scale");
        for (GradeLevel l : d.round().scale().levels()) {
            scale.addObject().put("code", l.code()).put("value", l.value()).set("wording", text(l.wording()));
        }
        ArrayNode axes = root.putArray("axes");
        for (Axis a : d.round().axes()) {
            ObjectNode n = axes.addObject().put("code", a.code());
            n.set("name", text(a.name()));
            n.put("weight", a.weight());
        }
        ArrayNode items = root.putArray("items");
        for (Item i : d.round().items().all()) {
            ObjectNode n = items.addObject().put("id", i.id());
            if (i.parentId() != null) {
                n.put("parent", i.parentId());
            }
            n.put("kind", kind(i.kind()));
            if (i.axisCode() != null) {
                n.put("axis", i.axisCode());
            }
            if (i.clusterCode() != null) {
                n.put("unit", i.clusterCode());
            }
            n.set("name", text(i.name()));
            n.set("description", text(i.description()));
            n.put("weight", i.weight());
        }
        try {
            return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The definition in a file's bytes, under a placeholder identity (id {@code ""}, kind other) that
     * {@link RoundDefinition#as} replaces. Refused with a {@code rounddef.*} message.
     */
    public static RoundDefinition read(byte[] bytes) {
        JsonNode root = JsonDocuments.read(bytes, MAX_BYTES, MAPPER, "rounddef.malformed",
                () -> new UserFacingException("rounddef.tooLarge", MAX_BYTES / (1024 * 1024)));
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new UserFacingException("rounddef.notDefinition", FORMAT);
        }
        members(root, TOP, "");
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isIntegralNumber() || version.asLong() != VERSION) {
            throw new UserFacingException("rounddef.version", String.valueOf(version), VERSION);
        }
        int fiscalYear = integer(root, "fiscalYear", "");
        List<Cluster> units = new ArrayList<>();
        int n = 0;
        for (JsonNode u : array(root, "units", "")) {
            String where = "units[" + n++ + "]";
            members(u, UNIT, where);
            List<String> fields = new ArrayList<>();
            int k = 0;
            for (JsonNode fld : array(u, "fields", where)) {
                if (!fld.isTextual()) {
                    throw new UserFacingException("rounddef.type", where + ".fields[" + k + "]", "string");
                }
                fields.add(fld.asText());
                k++;
            }
            units.add(new Cluster(string(u, "code", where), text(u, "name", where), text(u, "area", where),
                    string(u, "prefectures", where), fields, integer(u, "startFiscalYear", where),
                    string(u, "wideArea", where)));
        }
        Set<String> cohort = new LinkedHashSet<>();
        n = 0;
        for (JsonNode code : array(root, "cohort", "")) {
            if (!code.isTextual() || !cohort.add(code.asText())) {
                throw new UserFacingException("rounddef.type", "cohort[" + n + "]", "string (once)");
            }
            n++;
        }
        List<GradeLevel> levels = new ArrayList<>();
        n = 0;
        for (JsonNode g : array(root, "scale", "")) {
            String where = "scale[" + n++ + "]";
            members(g, GRADE, where);
            levels.add(new GradeLevel(string(g, "code", where), number(g, "value", where), text(g, "wording", where)));
        }
        List<Axis> axes = new ArrayList<>();
        n = 0;
        for (JsonNode a : array(root, "axes", "")) {
            String where = "axes[" + n++ + "]";
            members(a, AXIS, where);
            axes.add(new Axis(string(a, "code", where), text(a, "name", where), number(a, "weight", where)));
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode i : array(root, "items", "")) {
            String where = "items[" + items.size() + "]";
            members(i, ITEM, where);
            String kind = string(i, "kind", where);
            ItemKind itemKind = switch (kind) {
                case "heading" -> ItemKind.HEADING;
                case "graded" -> ItemKind.GRADED;
                case "sub_item" -> ItemKind.SUB_ITEM;
                default -> throw new UserFacingException("rounddef.type", where + ".kind", "heading, graded or sub_item");
            };
            items.add(new Item(string(i, "id", where), optionalString(i, "parent", where), itemKind,
                    optionalString(i, "axis", where), optionalString(i, "unit", where), text(i, "name", where),
                    text(i, "description", where), number(i, "weight", where), items.size()));
        }
        if (levels.isEmpty()) {
            throw new UserFacingException("round.gradeCount", 0, RoundRules.MIN_GRADES, RoundRules.MAX_GRADES);
        }
        RoundRules.checkItemList(items);
        Round round = new Round("", new LocalizedText("", ""), new GradeScale(levels), axes, new ItemTree(items), cohort);
        return new RoundDefinition(round, RoundKind.OTHER, fiscalYear, units);
    }

    private static String kind(ItemKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static ObjectNode text(LocalizedText t) {
        return JsonNodeFactory.instance.objectNode().put("ja", t.ja()).put("en", t.en());
    }

    private static void members(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw new UserFacingException("rounddef.type", where.isEmpty() ? "the file" : where, "object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new UserFacingException("rounddef.unknownMember", name, where.isEmpty() ? "the file" : where);
            }
        }
    }

    private static JsonNode required(JsonNode node, String name, String where) {
        JsonNode v = node.get(name);
        if (v == null) {
            throw new UserFacingException("rounddef.missing", name, where.isEmpty() ? "the file" : where);
        }
        return v;
    }

    private static String path(String where, String name) {
        return where.isEmpty() ? name : where + "." + name;
    }

    private static ArrayNode array(JsonNode node, String name, String where) {
        JsonNode v = required(node, name, where);
        if (!v.isArray()) {
            throw new UserFacingException("rounddef.type", path(where, name), "array");
        }
        return (ArrayNode) v;
    }

    private static String string(JsonNode node, String name, String where) {
        JsonNode v = required(node, name, where);
        if (!v.isTextual()) {
            throw new UserFacingException("rounddef.type", path(where, name), "string");
        }
        return v.asText();
    }

    private static String optionalString(JsonNode node, String name, String where) {
        return node.has(name) ? string(node, name, where) : null;
    }

    private static int integer(JsonNode node, String name, String where) {
        JsonNode v = required(node, name, where);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new UserFacingException("rounddef.type", path(where, name), "integer");
        }
        return v.asInt();
    }

    private static double number(JsonNode node, String name, String where) {
        JsonNode v = required(node, name, where);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new UserFacingException("rounddef.type", path(where, name), "number");
        }
        return v.asDouble();
    }

    private static LocalizedText text(JsonNode node, String name, String where) {
        JsonNode v = required(node, name, where);
        String at = path(where, name);
        members(v, TEXT, at);
        return new LocalizedText(string(v, "ja", at), string(v, "en", at));
    }
}
