package jp.clustereval.scorefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
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
