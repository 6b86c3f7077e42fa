package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.weights.TestWeights;
import jp.clustereval.weightsfile.WeightsFile;
import jp.clustereval.weightsfile.WeightsFileReader;
import jp.clustereval.weightsfile.WeightsFileWriter;

/**
 * The files ClusterEval writes meet their JSON Schemas (resources/schema), checked with an
 * independent validator (networknt json-schema-validator, draft 2020-12); the weights file format's
 * example in docs/weights-file-format.md is a real, verifiable file.
 */
class FileSchemasTest {

    static final ObjectMapper M = new ObjectMapper();
    static final Path WEIGHTS_DOC = Path.of("docs/weights-file-format.md");
    /** RFC 8032, section 7.1, TEST 1: the key the documentation's examples are signed with. */
    static final String RFC8032_TEST1_SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

    @TempDir
    Path dir;

    private Services member;
    private Evaluator hanako;
    private String round;

    @BeforeEach
    void setUp() {
        member = Services.open(dir.resolve("member.db"), false, dir.resolve("member-keys"));
        hanako = member.evaluators().createLocal("重み 花子", "文部科学省");
        round = member.rounds().current().id();
    }

    @AfterEach
    void tearDown() {
        member.close();
    }

    static Schema schema(String name) throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("resources/schema", name), StandardCharsets.UTF_8));
    }

    static List<String> errors(Schema schema, JsonNode file) {
        return schema.validate(file).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
    }

    @Test
    void exportedWeightsFilesMeetTheSchemaTypedInAndFromAhp() throws Exception {
        Schema schema = schema("ceweights-v1.schema.json");
        member.weights().set(round, TestWeights.axes(30, 20, 20, 10, 20), TestWeights.of("1.2.1", 60, "1.2.2", 40), "花子");
        JsonNode direct = M.readTree(member.weightsFiles().export(round, hanako.id(), dir.resolve("direct.ceweights")).toFile());
        assertEquals(List.of(), errors(schema, direct));
        assertEquals("direct", direct.get("source").asText());
        assertEquals("0.6", direct.get("items").get("1.2.1").asText());

        double[][] matrix = {{1, 2, 2, 3, 1}, {0.5, 1, 1, 2, 0.5}, {0.5, 1, 1, 2, 0.5}, {1.0 / 3, 0.5, 0.5, 1, 1.0 / 3},
                {1, 2, 2, 3, 1}};
        member.weights().applyAhp(round, member.weights().ahp(round, matrix), "花子");
        JsonNode ahp = M.readTree(member.weightsFiles().export(round, hanako.id(), dir.resolve("ahp.ceweights")).toFile());
        assertEquals(List.of(), errors(schema, ahp));
        assertEquals("ahp", ahp.get("source").asText());
        assertFalse(ahp.get("consistencyRatio").isNull(), "an AHP export carries its consistency ratio");
    }

    @Test
    void theWeightsSchemaRefusesWhatTheReaderRefuses() throws Exception {
        Schema schema = schema("ceweights-v1.schema.json");
        member.weights().set(round, TestWeights.axes(1, 1, 1, 1, 1), Map.of(), "花子");
        ObjectNode good = (ObjectNode) M.readTree(member.weightsFiles().export(round, hanako.id(), dir.resolve("w.ceweights")).toFile());
        List<ObjectNode> bad = List.of(good.deepCopy().put("note", "x"), good.deepCopy().put("source", "typed"),
                good.deepCopy().put("setAt", "2004-11-20T09:00:00+09:00"), good.deepCopy().put("formatVersion", 2),
                withAxis(good, M.getNodeFactory().numberNode(0.3)), withAxis(good, M.getNodeFactory().textNode("0.3x")),
                withAxis(good, M.getNodeFactory().textNode("1".repeat(101))), without(good, "consistencyRatio"));
        for (ObjectNode file : bad) {
            assertFalse(errors(schema, file).isEmpty(), file::toString);
        }
    }

    private static ObjectNode withAxis(ObjectNode file, JsonNode weight) {
        ObjectNode copy = file.deepCopy();
        ((ObjectNode) copy.get("axes")).set("A", weight);
        return copy;
    }

    private static ObjectNode without(ObjectNode file, String member) {
        ObjectNode copy = file.deepCopy();
        copy.remove(member);
        return copy;
    }

    @Test
    void theWeightsSchemaRequiresExactlyTheMembersTheWriterWrites() throws Exception {
        JsonNode schema = M.readTree(Path.of("resources/schema/ceweights-v1.schema.json").toFile());
        JsonNode file = M.readTree(member.weightsFiles().export(round, hanako.id(), dir.resolve("w.ceweights")).toFile());
        assertEquals(names(file), strings(schema.get("required")));
        assertEquals(names(file), names(schema.get("properties")));
        assertEquals(names(file.get("setBy")), strings(schema.get("properties").get("setBy").get("required")));
        assertEquals(names(file.get("signature")), strings(schema.get("properties").get("signature").get("required")));
    }

    @Test
    void theDocumentedWeightsFileVerifiesMeetsTheSchemaAndIsWhatTheWriterWrites() throws Exception {
        String block = block(WEIGHTS_DOC, "<!-- weights-example: signed file -->");
        byte[] bytes = block.getBytes(StandardCharsets.UTF_8);
        WeightsFile parsed = WeightsFileReader.parse(bytes); // verifies the signature
        assertEquals("mid-fy2004", parsed.roundId());
        assertNull(parsed.consistencyRatio());
        assertEquals(List.of(), errors(schema("ceweights-v1.schema.json"), M.readTree(bytes)));
        PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(
                new EdECPrivateKeySpec(NamedParameterSpec.ED25519, HexFormat.of().parseHex(RFC8032_TEST1_SECRET)));
        assertEquals(block + "\n", new String(WeightsFileWriter.signed(parsed, key), StandardCharsets.UTF_8),
                "the same file, character for character (with its final line break), from its content and the key");
    }

    @Test
    void exportedScoreFilesMeetTheirSchema() throws Exception {
        Path file;
        try (ScoreFileFixture evaluator = new ScoreFileFixture(dir, "evaluator")) {
            evaluator.gradeAll("SAP", "A", Map.of()).comment("SAP", "1.1", "特許出願が計画を上回る");
            file = evaluator.export(dir.resolve("e.cescore"));
        }
        assertEquals(List.of(), errors(schema("cescore-v1.schema.json"), M.readTree(file.toFile())));
        assertNotNull(M.readTree(file.toFile()).get("sheets").get(0));
    }

    @Test
    void roundPackagesMeetTheirSchemaWhichRequiresExactlyTheMembersTheWriterWrites() throws Exception {
        Path file = dir.resolve("r.ceround");
        try (RoundPackageFixture secretariat = new RoundPackageFixture(Files.createDirectories(dir.resolve("secretariat")))) {
            file = secretariat.write("r.ceround");
        }
        Schema schema = schema("ceround-v1.schema.json");
        JsonNode written = M.readTree(file.toFile());
        assertEquals(List.of(), errors(schema, written));
        JsonNode s = M.readTree(Path.of("resources/schema/ceround-v1.schema.json").toFile());
        assertEquals(names(written), strings(s.get("required")));
        assertEquals(names(written), names(s.get("properties")));
        for (String member : List.of("application", "round", "definition", "signer", "signature")) {
            assertEquals(names(written.get(member)), strings(s.get("properties").get(member).get("required")), member);
        }
        for (String member : List.of("evidence", "roster", "assignments")) {
            assertEquals(names(written.get(member).get(0)), strings(s.get("properties").get(member).get("items").get("required")), member);
        }
    }

    @Test
    void theRoundPackageSchemaRefusesWhatTheReaderRefusesByShape() throws Exception {
        Schema schema = schema("ceround-v1.schema.json");
        Path corpus = Path.of("src/test/resources/ceround-corpus");
        assertEquals(List.of(), errors(schema, M.readTree(corpus.resolve("base.ceround").toFile())));
        for (String name : List.of("04-wrong-format", "05-version-2", "07-unknown-member", "08-unknown-roster-member",
                "09-missing-assignments", "15-role-unknown", "18-control-characters", "19-bidi-override",
                "20-line-break-in-name", "25-email", "29-negative-metric", "30-fraction-metric", "31-round-id",
                "33-signer-uuid")) {
            assertFalse(errors(schema, M.readTree(corpus.resolve(name + ".ceround").toFile())).isEmpty(), name);
        }
    }

    static String block(Path doc, String marker) throws Exception {
        String page = Files.readString(doc, StandardCharsets.UTF_8);
        int at = page.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("no " + marker + " in " + doc);
        }
        int start = page.indexOf('\n', page.indexOf("```", at)) + 1;
        return page.substring(start, page.indexOf("\n```", start));
    }

    private static Set<String> names(JsonNode o) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> s = new TreeSet<>();
        array.forEach(n -> s.add(n.asText()));
        return s;
    }
}
