package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate: demo data in the product; the benchmark is not a command of the product. */
class GenerateCliTest {

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
    void theProductHasNoBenchCommand() {
        // the benchmark is its own jar (mvn -Pbench package): the application's command line does not know it
        CliRun r = CliRun.of("bench", "--quick");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("bench"), r.toString());
        CliRun help = CliRun.of("--help");
        assertFalse(help.out().lines().anyMatch(l -> l.strip().startsWith("bench")), help.toString());
        assertTrue(help.out().lines().anyMatch(l -> l.strip().startsWith("generate")), help.toString());
    }
}
