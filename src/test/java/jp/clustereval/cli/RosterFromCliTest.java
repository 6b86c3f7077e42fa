package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'roster add --from FILE': a file held because its signer is neither in this database nor on the
 * round's roster names this command; run as printed, the next import of the same file stores it.
 * A file that does not verify, a signer rostered already, and --from with --evaluator are refused.
 */
class RosterFromCliTest {

    private static final Path CORPUS = Path.of("src/test/resources/cescore-corpus");

    @TempDir
    Path dir;

    private CliRun run(String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve(db).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private CliRun ok(String db, String... args) {
        CliRun r = run(db, args);
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    private Path jirosFile() {
        ok("jiro.db", "evaluator", "add", "--name", "Tanaka Jiro");
        ok("jiro.db", "grade", "--evaluator", "Tanaka Jiro", "--cluster", "UBE", "--item", "1.1", "--grade", "B");
        Path file = dir.resolve("jiro.cescore");
        ok("jiro.db", "export", "--evaluator", "Tanaka Jiro", "--out", file.toString());
        ok("chair.db", "evaluator", "add", "--name", "Sato Chair");
        ok("chair.db", "roster", "add", "--round", "mid-fy2004", "--evaluator", "Sato Chair", "--role", "chair");
        return file;
    }

    @Test
    void theHeldFilesCommandRostersItsSignerAndTheFileThenComesIn() {
        Path file = jirosFile();
        CliRun held = run("chair.db", "import", file.toString());
        assertEquals(1, held.exit(), held::toString);
        assertTrue(held.out().contains("neither in this database nor on the roster"), held::toString);
        Matcher m = Pattern.compile("\\((roster add [^)]*)\\)").matcher(held.out());
        assertTrue(m.find(), held::toString);
        assertEquals("roster add --round mid-fy2004 --from " + file + " --role evaluator", m.group(1));

        CliRun added = ok("chair.db", new ArrayList<>(List.of(m.group(1).split(" "))).toArray(String[]::new));
        assertTrue(added.out().contains("added") && added.out().contains("Tanaka Jiro"), added::toString);
        CliRun roster = ok("chair.db", "roster", "list", "--round", "mid-fy2004");
        assertTrue(roster.out().contains("Tanaka Jiro"), roster::toString);

        CliRun imported = run("chair.db", "import", file.toString());
        assertEquals(0, imported.exit(), imported::toString);

        // the same signer again in the same role: said so, exit 1
        CliRun again = run("chair.db", "roster", "add", "--round", "mid-fy2004", "--from", file.toString());
        assertEquals(1, again.exit(), again::toString);
        assertTrue(again.err().contains("as evaluator already"), again::toString);
    }

    @Test
    void aTamperedFileIsRefusedWithOneLine() {
        jirosFile();
        String before = ok("chair.db", "roster", "list", "--round", "mid-fy2004").out();
        CliRun r = run("chair.db", "roster", "add", "--round", "mid-fy2004", "--from",
                CORPUS.resolve("33-tampered-grade.cescore").toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("The signature does not verify"), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertEquals(before, ok("chair.db", "roster", "list", "--round", "mid-fy2004").out(), "nobody added");
    }

    @Test
    void fromAndEvaluatorAreExclusiveAndEvaluatorStillNeedsItsRole() {
        Path file = jirosFile();
        CliRun both = run("chair.db", "roster", "add", "--round", "mid-fy2004", "--from", file.toString(),
                "--evaluator", "Sato Chair", "--role", "evaluator");
        assertEquals(2, both.exit(), both::toString);
        CliRun noRole = run("chair.db", "roster", "add", "--round", "mid-fy2004", "--evaluator", "Sato Chair");
        assertEquals(2, noRole.exit(), noRole::toString);
        assertTrue(noRole.err().contains("--role"), noRole::toString);
    }
}
