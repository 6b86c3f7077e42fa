package jp.clustereval.rounddef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.domain.RoundRules;
import jp.clustereval.service.Services;

/**
 * The round definition file against its JSON Schema (resources/schema/ceround-definition-v1.schema.json),
 * checked with an independent validator: what ClusterEval writes is valid, and definitions the
 * schema refuses are refused by the reader too (with the round's rules), each with its message.
 */
class RoundDefinitionSchemaTest {

    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path dir;

    private static Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
                Files.readString(Path.of("resources/schema/ceround-definition-v1.schema.json"), StandardCharsets.UTF_8));
    }

    private byte[] seeded() {
        try (Services s = Services.open(dir.resolve("a.db"), false, dir.resolve("keys"))) {
            return s.roundSetup().definitionFile(null);
        }
    }

    /** The reader and the rules, as 'round create --definition' applies them. */
    private static void readAndCheck(byte[] bytes) {
        RoundDefinition d = RoundDefinitionJson.read(bytes);
        RoundRules.check(d.as("r", new LocalizedText("r", "r"), RoundKind.OTHER));
    }

    @Test
    void whatIsWrittenIsValidAndReadsBackToTheSameBytes() throws Exception {
        byte[] written = seeded();
        assertEquals(List.of(), schema().validate(M.readTree(written)).stream().map(Object::toString).toList());
        RoundDefinition read = RoundDefinitionJson.read(written);
        assertEquals(new String(written, StandardCharsets.UTF_8), new String(RoundDefinitionJson.write(read), StandardCharsets.UTF_8));
        readAndCheck(written);
    }

    @Test
    void definitionsTheSchemaRefusesAreRefusedByTheReader() throws Exception {
        byte[] seeded = seeded();
        List<Hostile> cases = List.of(
                new Hostile("unknown member", "'colour'", root -> root.put("colour", "red")),
                new Hostile("two axes", "axes of a round must lie between 3 and 8", root -> {
                    ArrayNode axes = (ArrayNode) root.get("axes");
                    while (axes.size() > 2) {
                        axes.remove(axes.size() - 1);
                    }
                }),
                new Hostile("nine axes", "axes of a round must lie between 3 and 8", root -> {
                    ArrayNode axes = (ArrayNode) root.get("axes");
                    for (int i = 0; i < 4; i++) {
                        axes.addObject().put("code", "X" + i).put("weight", 1).putObject("name").put("ja", "x").put("en", "x");
                    }
                }),
                new Hostile("graded item without an axis", "'4' is on no axis", root -> item(root, "4").remove("axis")),
                new Hostile("heading with an axis", "'1' is not in a place", root -> item(root, "1").put("axis", "A")),
                new Hostile("unit code with a space", "'S P' cannot be used", root -> ((ObjectNode) root.get("units").get(0)).put("code", "S P")),
                new Hostile("kind", "heading, graded or sub_item", root -> item(root, "1").put("kind", "chapter")),
                new Hostile("negative weight", "The weight of 'A'", root -> ((ObjectNode) root.get("axes").get(0)).put("weight", -1)),
                new Hostile("format version 2", "formatVersion 2", root -> root.put("formatVersion", 2)),
                new Hostile("empty cohort", "cohort", root -> root.putArray("cohort")),
                new Hostile("one grade", "grades of a scale must lie between 2 and 10", root -> {
                    ArrayNode scale = (ArrayNode) root.get("scale");
                    while (scale.size() > 1) {
                        scale.remove(1);
                    }
                }),
                new Hostile("fiscal year as text", "fiscalYear must be: integer", root -> root.put("fiscalYear", "2004")),
                new Hostile("missing name", "lacks 'name'", root -> item(root, "1.1").remove("name")));
        Schema schema = schema();
        for (Hostile h : cases) {
            ObjectNode root = (ObjectNode) M.readTree(seeded);
            h.change().accept(root);
            assertFalse(schema.validate(root).isEmpty(), h.name() + ": the schema refuses it");
            UserFacingException e = assertThrows(UserFacingException.class, () -> readAndCheck(M.writeValueAsBytes(root)),
                    h.name());
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(h.message()), h.name() + ": " + e.getMessage());
        }
    }

    @Test
    void theDocumentationsExampleIsAValidDefinition() throws Exception {
        String doc = Files.readString(Path.of("docs/round-definition.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```json\n") + "```json\n".length();
        byte[] example = doc.substring(start, doc.indexOf("```", start)).getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), schema().validate(M.readTree(example)).stream().map(Object::toString).toList());
        readAndCheck(example);
    }

    @Test
    void aFileTooLargeIsRefusedBeforeItIsParsed() {
        byte[] big = new byte[RoundDefinitionJson.MAX_BYTES + 1];
        UserFacingException e = assertThrows(UserFacingException.class, () -> RoundDefinitionJson.read(big));
        assertEquals("rounddef.tooLarge", e.key());
    }

    private static ObjectNode item(ObjectNode root, String id) {
        for (JsonNode i : root.get("items")) {
            if (i.get("id").asText().equals(id)) {
                return (ObjectNode) i;
            }
        }
        throw new AssertionError(id);
    }

    private record Hostile(String name, String message, Consumer<ObjectNode> change) {
    }
}
