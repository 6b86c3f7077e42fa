package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chair can show which file a sheet came from and write that file out again, byte for byte. */
class FilesCliTest {

    @TempDir
    Path dir;

    private CliRun run(String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve(db).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @Test
    void sourceOfASheetAndTheOriginalBytes() throws Exception {
        assertEquals(0, run("x.db", "evaluator", "add", "--name", "評価 一郎").exit());
        assertEquals(0, run("x.db", "grade", "--evaluator", "評価 一郎", "--cluster", "SAP", "--item", "1.1",
                "--grade", "A").exit());
        Path original = dir.resolve("ichiro.cescore");
        assertEquals(0, run("x.db", "export", "--evaluator", "評価 一郎", "--out", original.toString(),
                "--keys-dir", dir.resolve("keys").toString()).exit());
        assertEquals(0, run("chair.db", "import", original.toString()).exit());

        CliRun list = run("chair.db", "files", "list", "--format", "csv");
        assertEquals(0, list.exit(), list::toString);
        String[] lines = list.out().split("\n");
        assertEquals(2, lines.length, list.out());
        assertTrue(lines[0].startsWith("id,file,kind,evaluator,sha256,size,"), lines[0]);
        assertTrue(lines[1].startsWith("1,ichiro.cescore,cescore,"), lines[1]);

        CliRun source = run("chair.db", "files", "source", "--evaluator", "評価 一郎", "--cluster", "SAP", "--format", "csv");
        assertEquals(0, source.exit(), source::toString);
        assertTrue(source.out().contains("\n1,ichiro.cescore,"), source.out());
        CliRun none = run("chair.db", "files", "source", "--evaluator", "評価 一郎", "--cluster", "KYO", "--format", "csv");
        assertEquals(1, none.out().strip().split("\n").length, "no sheet for KYO: header only");

        Path copy = dir.resolve("copy.cescore");
        CliRun export = run("chair.db", "files", "export", "1", "--out", copy.toString());
        assertEquals(0, export.exit(), export::toString);
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy));

        CliRun unknown = run("chair.db", "files", "export", "99", "--out", dir.resolve("n.cescore").toString());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("No imported file has the id 99"), unknown.err());
        assertFalse(Files.exists(dir.resolve("n.cescore")));
    }

    @Test
    void aStoredCopyThatNoLongerMatchesItsHashIsNotWrittenOut() throws Exception {
        assertEquals(0, run("x.db", "evaluator", "add", "--name", "Ichiro").exit());
        assertEquals(0, run("x.db", "grade", "--evaluator", "Ichiro", "--cluster", "SAP", "--item", "4", "--grade", "B").exit());
        Path original = dir.resolve("i.cescore");
        assertEquals(0, run("x.db", "export", "--evaluator", "Ichiro", "--out", original.toString(),
                "--keys-dir", dir.resolve("keys").toString()).exit());
        assertEquals(0, run("chair.db", "import", original.toString()).exit());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("chair.db"));
             Statement s = c.createStatement()) {
            s.execute("UPDATE imported_file SET content = X'7B7D' WHERE id = 1");
        }
        CliRun r = run("chair.db", "files", "export", "1", "--out", dir.resolve("out.cescore").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no longer matches its SHA-256"), r.err());
        assertFalse(Files.exists(dir.resolve("out.cescore")));
    }
}
