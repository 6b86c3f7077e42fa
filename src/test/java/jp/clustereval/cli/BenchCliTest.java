package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class BenchCliTest {

    @TempDir
    Path tmp;

    @Test
    void generateTwiceWithTheSameSeedGivesTheSameFilesAndTheyImport() throws Exception {
        for (String d : List.of("a", "b")) {
            CliRun r = CliRun.of("generate", "--clusters", "20", "--evaluators", "4", "--per-cluster", "2",
                    "--seed", "42", "--out", tmp.resolve(d).toString());
            assertEquals(0, r.exit(), r.toString());
        }
        for (int i = 1; i <= 4; i++) {
            String name = String.format("evaluator-%05d.cescore", i);
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)), Files.readAllBytes(tmp.resolve("b").resolve(name)));
        }
        CliRun again = CliRun.of("generate", "--out", tmp.resolve("a").toString());
        assertEquals(1, again.exit(), again.toString()); // chair.db exists: refused, nothing overwritten
        CliRun imported = CliRun.of("--db", tmp.resolve("a").resolve("chair.db").toString(), "import", tmp.resolve("a").toString());
        assertEquals(0, imported.exit(), imported.toString());
        assertEquals(4, imported.out().lines().filter(l -> l.contains("accepted")).count(), imported.toString());
    }

    @Test
    void quickBenchWritesTheDocumentedJson() throws Exception {
        Path json = tmp.resolve("bench.json");
        CliRun r = CliRun.of("bench", "--scale", "0.01", "--runs", "1", "--cases", "start-up,merge,sensitivity,charts",
                "--work", tmp.resolve("work").toString(), "--out", json.toString());
        assertTrue(r.exit() == 0 || r.exit() == 1, r.toString());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        for (String key : List.of("cores", "memory_mb", "os", "java", "cpu")) {
            assertTrue(root.get("machine").has(key), key);
        }
        JsonNode cases = root.get("cases");
        assertEquals(4, cases.size());
        for (JsonNode c : cases) {
            for (String key : List.of("name", "median_ms", "floor_ms", "ratio", "target", "met")) {
                assertTrue(c.has(key), c + " lacks " + key);
            }
            assertTrue(c.get("met").isBoolean());
        }
        JsonNode merge = cases.get(1);
        assertEquals("merge", merge.get("name").asText());
        assertTrue(merge.get("median_ms").isNumber() && merge.get("floor_ms").isNumber() && merge.get("ratio").isNumber());
        JsonNode sensitivity = cases.get(2);
        assertTrue(sensitivity.get("floor_ms").isNull() && sensitivity.get("ratio").isNull());
        JsonNode startup = cases.get(0);
        assertEquals("start-up", startup.get("name").asText());
        if (System.getenv("DISPLAY") == null) {
            assertTrue(startup.get("skipped").asBoolean());
            assertTrue(!startup.get("met").asBoolean(), "skipped is not passed");
        }
        assertTrue(Set.of("merge", "sensitivity", "charts").contains(cases.get(3).get("name").asText()));
    }
}
