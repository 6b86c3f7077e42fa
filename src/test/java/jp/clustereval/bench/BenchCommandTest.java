package jp.clustereval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** The bench jar's command line writes the JSON docs/performance.md describes. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    private static int run(StringWriter out, String... args) {
        CommandLine cl = new CommandLine(new BenchCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        return cl.execute(args);
    }

    @Test
    void quickBenchWritesTheDocumentedJson() throws Exception {
        Path json = tmp.resolve("bench.json");
        StringWriter out = new StringWriter();
        int exit = run(out, "--scale", "0.01", "--runs", "1", "--cases", "start-up,merge,sensitivity,charts",
                "--work", tmp.resolve("work").toString(), "--out", json.toString());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        boolean missed = false;
        for (JsonNode c : root.get("cases")) {
            missed |= !c.get("met").asBoolean() && !c.get("skipped").asBoolean();
        }
        // exit 1 exactly when a measured case missed its target (a skipped one is not a miss)
        assertEquals(missed ? 1 : 0, exit, out.toString());
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
        // run from the test classes, not from the bench jar: the GUI cases have no jar to start
        assertTrue(startup.get("skipped").asBoolean(), startup.toString());
        assertFalse(startup.get("met").asBoolean(), "skipped is not passed");
        assertTrue(Set.of("merge", "sensitivity", "charts").contains(cases.get(3).get("name").asText()));
    }

    @Test
    void anUnknownCaseIsAUsageError() {
        StringWriter out = new StringWriter();
        assertEquals(2, run(out, "--cases", "merge,nothing", "--work", tmp.toString()));
        assertTrue(out.toString().contains("Unknown case 'nothing'"), out.toString());
    }
}
