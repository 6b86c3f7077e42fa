package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV that cannot be read, or one that cannot be written, says what is wrong in words: before,
 * the two quoting mistakes a spreadsheet user makes showed
 * "org.apache.commons.csv.CSVException: ...", and a missing folder
 * "java.nio.file.NoSuchFileException: ...x.csv.part".
 */
class CsvMessagesCliTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("x.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private CliRun importCsv(String text) throws Exception {
        Path csv = Files.writeString(dir.resolve("grades.csv"), text, StandardCharsets.UTF_8);
        assertEquals(0, run("evaluator", "add", "--name", "評価 一郎").exit());
        return run("import-csv", "--evaluator", "評価 一郎", csv.toString());
    }

    private static void assertNoClassName(String text) {
        assertFalse(text.contains("org.apache") || text.contains("java.") || text.contains("Exception"), text);
    }

    @Test
    void textAfterAClosingQuoteNamesTheLine() throws Exception {
        CliRun r = importCsv("cluster,item,grade,comment\nSAP,1.1,A,ok\nSAP,1.3,\"S\"x,\n");
        assertTrue(r.out().contains("The CSV cannot be read: on line 3, a value in double quotes is followed by more"
                + " text before the next comma."), r.toString());
        assertNoClassName(r.toString());
    }

    @Test
    void aQuoteNeverClosedNamesTheLineItStarts() throws Exception {
        CliRun r = importCsv("cluster,item,grade,comment\nSAP,1.1,A,\"a comment\nthat never ends\n");
        assertTrue(r.out().contains("The CSV cannot be read: the value in double quotes that starts on line 2 has"
                + " no closing quote."), r.toString());
        assertNoClassName(r.toString());
    }

    @Test
    void anExportIntoAMissingFolderSaysTheFolderIsMissing() {
        assertEquals(0, run("evaluator", "add", "--name", "評価 一郎").exit());
        Path out = dir.resolve("no-such-folder").resolve("x.csv");
        CliRun r = run("export-csv", "--evaluator", "評価 一郎", "--out", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("error: The file " + out + " could not be written: the folder "
                + out.getParent() + " does not exist"), r.err());
        assertNoClassName(r.err());
    }
}
