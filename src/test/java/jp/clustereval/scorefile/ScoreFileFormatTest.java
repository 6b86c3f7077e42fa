package jp.clustereval.scorefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ScoreFileFormatTest {

    private static final ObjectMapper M = new ObjectMapper();

    @Test
    void theCanonicalFormSortsKeysDropsWhitespaceAndEscapesOnlyWhatJcsEscapes() throws Exception {
        JsonNode node = M.readTree("{ \"b\" : [1, true, null], \"a\" : \"改行\\n\\u0001\\\"/é\", \"B\" : {} }");
        assertEquals("{\"B\":{},\"a\":\"改行\\n\\u0001\\\"/é\",\"b\":[1,true,null]}", CanonicalJson.string(node));
    }

    @Test
    void theCanonicalBytesAreTheUtf8OfTheCanonicalTextAndLeaveOutOnlyTheNamedMember() throws Exception {
        // 1-, 2-, 3- and 4-byte characters, escapes, nesting, numbers (a lone surrogate has no canonical
        // form at all: it used to be written as '?', see CanonicalJsonTest)
        String json = "{ \"z\" : { \"y\" : [-12, 3000000000000, false, null] }, \"sig\" : \"x\","
                + " \"t\" : \"aé評価\\ud83d\\ude00!\\u0007\\t\\\"\\\\\" }";
        JsonNode node = M.readTree(json);
        byte[] bytes = CanonicalJson.bytes(node);
        String expected = "{\"sig\":\"x\",\"t\":\"aé評価\ud83d\ude00!\\u0007\\t\\\"\\\\\",\"z\":{\"y\":[-12,3000000000000,false,null]}}";
        assertEquals(expected, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) node).deepCopy();
        copy.remove("sig");
        assertEquals(java.util.Arrays.toString(CanonicalJson.bytes(copy)),
                java.util.Arrays.toString(CanonicalJson.bytesWithout(node, "sig")));
    }

    @Test
    void malformedUtf8IsRefusedAndARealReplacementCharacterIsNot() {
        byte[] surrogate = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        byte[] truncated = {'{', '"', 'a', '"', ':', '"', (byte) 0xE8, (byte) 0xA9, '"', '}'};
        for (byte[] bytes : List.of(surrogate, overlong, truncated)) {
            assertEquals("scorefile.notUtf8", org.junit.jupiter.api.Assertions.assertThrows(ScoreFileException.class,
                    () -> ScoreFileReader.parse("x.cescore", bytes)).key());
        }
        // U+FFFD written as proper UTF-8 is text like any other: the file fails later, for what it is
        byte[] replacement = "{\"format\":\"\uFFFD\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("scorefile.notScoreFile", org.junit.jupiter.api.Assertions.assertThrows(ScoreFileException.class,
                () -> ScoreFileReader.parse("x.cescore", replacement)).key());
    }

    @Test
    void theSchemaRequiresExactlyTheMembersTheWriterWrites() throws Exception {
        JsonNode schema = M.readTree(Files.readString(Path.of("resources/schema/cescore-v1.schema.json")));
        JsonNode file = M.readTree(Files.readString(Path.of(ScoreFileCorpusTest.CORPUS.resolve("22-bad-time.cescore").toString())));
        assertEquals(names(file), strings(schema.get("required")));
        JsonNode sheet = file.get("sheets").get(0);
        assertEquals(names(sheet), strings(schema.get("$defs").get("sheet").get("required")));
        assertEquals(names(sheet.get("items").get(0)), strings(schema.get("$defs").get("item").get("required")));
        assertEquals(names(file.get("evaluator")), strings(schema.get("properties").get("evaluator").get("required")));
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
