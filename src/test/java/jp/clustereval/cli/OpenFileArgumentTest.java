package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop passes a double-clicked .cescore file as the only argument; anything else is a usage error. */
class OpenFileArgumentTest {

    @TempDir
    Path dir;

    @Test
    void aWordThatIsNeitherACommandNorAScoreFileIsAUsageError() {
        CliRun r = CliRun.of("--db", dir.resolve("x.db").toString(), "cluster");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("Unknown command or not a score file: 'cluster'"), r.err());
    }

    @Test
    void aMissingScoreFileIsAUsageError() {
        CliRun r = CliRun.of("--db", dir.resolve("x.db").toString(), dir.resolve("gone.cescore").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("No such score file"), r.err());
    }

    @Test
    void commandsStillWin() {
        CliRun r = CliRun.of("--db", dir.resolve("x.db").toString(), "clusters", "--format", "csv");
        assertEquals(0, r.exit(), r::toString);
    }
}
