package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;

/**
 * Weights typed on the command line: parsed here, not by the service, with the same messages as
 * before (each names the culprit), and a refused text changes nothing.
 */
class CliParsingTest {

    @TempDir
    Path dir;

    @Test
    void weightsAreReadAsTypedRelativeNumbers() {
        assertEquals(List.of("A", "B"), List.copyOf(CliParsing.weights(" A = 30 , B=20% ").keySet()));
        assertEquals(Map.of("A", 30.0, "B", 20.0), CliParsing.weights(" A = 30 , B=20% "));
        assertEquals(Map.of("1.2.1", 60.0, "1.2.2", 40.0, "3", 2.5),
                CliParsing.weights(List.of("1.2.1=60,1.2.2=40", "3=2.5")));
        assertEquals(Map.of(), CliParsing.weights(List.of()));
    }

    @Test
    void badTextIsRefusedWithTheCulpritNamed() {
        assertKey("weights.notNumber", () -> CliParsing.weights("A=thirty"));
        assertKey("weights.syntax", () -> CliParsing.weights("A30"));
        assertKey("weights.syntax", () -> CliParsing.weights("A="));
        assertKey("weights.negative", () -> CliParsing.weights("A=-1"));
        assertKey("weights.duplicate", () -> CliParsing.weights("A=1,A=2"));
        assertKey("weights.duplicate", () -> CliParsing.weights(List.of("1.2.1=1", "1.2.1=2")));
        assertKey("weights.notNumber", () -> CliParsing.weights("A=NaN"));
        assertKey("weights.notNumber", () -> CliParsing.weights("A=Infinity"));
        assertKey("weights.empty", () -> CliParsing.weights(" "));
    }

    /** The messages as the command line prints them; the weights stay as they were. */
    @Test
    void theCommandLineKeepsItsMessages() {
        String db = dir.resolve("w.db").toString();
        String before = CliRun.of("--db", db, "weights", "show", "--format", "csv").out();
        for (String[] bad : new String[][] {
                {"--axis", "A=30,B=twenty,C=20,D=10,E=20", "The weight of B is not a number: 'twenty'."},
                {"--axis", "A30", "'A30' is not a weight: write CODE=NUMBER, e.g. A=30."},
                {"--axis", "A=30,B=-2,C=20,D=10,E=20", "The weight of B is negative (-2): weights must be 0 or more."},
                {"--axis", "A=1,A=2", "A is given twice."},
                {"--axis", " ", "No weights given: write them as CODE=NUMBER separated by commas, e.g. A=30,B=20,C=20,D=10,E=20."},
                {"--item", "1.2.1=x", "The weight of 1.2.1 is not a number: 'x'."}}) {
            CliRun r = CliRun.of("--db", db, "weights", "set", bad[0], bad[1]);
            assertEquals(Cli.FAILURE, r.exit(), r::toString);
            assertTrue(r.err().startsWith("error: " + bad[2]), r.err());
        }
        CliRun items = CliRun.of("--db", db, "weights", "set", "--item", "1.2.1=60", "--item", "1.2.1=40");
        assertTrue(items.err().startsWith("error: 1.2.1 is given twice."), items.err());
        assertEquals(before, CliRun.of("--db", db, "weights", "show", "--format", "csv").out());
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable e) {
        UserFacingException ex = assertThrows(UserFacingException.class, e, key);
        assertEquals(key, ex.key(), ex.getMessage());
    }
}
