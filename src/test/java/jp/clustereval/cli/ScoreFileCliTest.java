package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreFileCliTest {

    @TempDir
    Path dir;

    private CliRun run(String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve(db).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private void ok(CliRun r) {
        assertEquals(0, r.exit(), r::toString);
    }

    @Test
    void exportImportStatusAndExitCodes() throws Exception {
        ok(run("x.db", "evaluator", "add", "--name", "評価 一郎"));
        for (String item : new String[] {"1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4"}) {
            ok(run("x.db", "grade", "--evaluator", "評価 一郎", "--cluster", "SAP", "--item", item, "--grade", "A"));
        }
        ok(run("x.db", "grade", "--evaluator", "評価 一郎", "--cluster", "KYO", "--item", "4", "--grade", "S"));
        Path keys = dir.resolve("keys");
        CliRun export = run("x.db", "export", "--evaluator", "評価 一郎", "--out", dir.resolve("x.cescore").toString(),
                "--keys-dir", keys.toString());
        ok(export);
        assertTrue(export.out().contains("2 sheets, signed with key"), export.out());
        Files.writeString(dir.resolve("bad.cescore"), "{");

        CliRun dry = run("chair.db", "import", "--dry-run", dir.resolve("x.cescore").toString());
        ok(dry);
        assertTrue(dry.out().contains("accepted (new 2, updated 0, unchanged 0, skipped 0, conflicts 0) [dry run"), dry.out());
        CliRun statusBefore = run("chair.db", "status", "--format", "csv");
        assertEquals(1, statusBefore.out().strip().split("\n").length, statusBefore.out()); // header only: nobody imported

        CliRun imp = run("chair.db", "import", dir.toString());
        assertEquals(1, imp.exit(), imp::toString); // bad.cescore rejected, x.cescore in
        assertTrue(imp.out().contains("bad.cescore: rejected: The file ends unexpectedly"), imp.out());
        assertTrue(imp.out().contains("x.cescore: accepted (new 2,"), imp.out());

        CliRun again = run("chair.db", "import", dir.resolve("x.cescore").toString());
        ok(again);
        assertTrue(again.out().contains("unchanged (new 0, updated 0, unchanged 2"), again.out());

        CliRun status = run("chair.db", "status", "--format", "csv", "--out", dir.resolve("status.csv").toString());
        ok(status);
        String[] lines = status.out().split("\n");
        assertTrue(lines[0].startsWith("evaluator,name,SAP,SEN,"), lines[0]);
        assertTrue(lines[0].endsWith(",graded,partial,missing,conflict,excluded"), lines[0]);
        assertTrue(lines[1].contains(",評価 一郎,graded,missing,missing,missing,partial,"), lines[1]);
        assertTrue(lines[1].endsWith(",1,1,16,0,0"), lines[1]);
        assertTrue(Files.readString(dir.resolve("status.csv")).startsWith("\uFEFFevaluator,name,"));

        ok(run("chair.db", "coi", "add", "--evaluator", "評価 一郎", "--cluster", "SAP", "--note", "兼任"));
        CliRun results = run("chair.db", "results", "--format", "csv");
        assertTrue(!results.out().contains("\nSAP,"), results.out());
        ok(run("chair.db", "coi", "include", "--evaluator", "評価 一郎", "--cluster", "SAP", "--reason", "兼任は終了"));
        assertTrue(run("chair.db", "results", "--format", "csv").out().contains("\nSAP,1,3.00,3.00,3.00,3.00,3.00,3.00,"));

        CliRun keyList = run("chair.db", "keys", "list", "--format", "csv");
        assertTrue(keyList.out().contains(",first_use,yes,"), keyList.out());
        String fp = run("x.db", "keys", "own", "--evaluator", "評価 一郎", "--keys-dir", keys.toString()).out().strip();
        ok(run("chair.db", "keys", "pin", "--evaluator", "評価 一郎", "--fingerprint", fp));
        assertTrue(run("chair.db", "keys", "list", "--format", "csv").out().contains(",verified,yes,"));
        assertEquals(1, run("chair.db", "keys", "pin", "--evaluator", "評価 一郎", "--fingerprint", "0000").exit());

        ok(run("x.db", "export-csv", "--evaluator", "評価 一郎", "--out", dir.resolve("x.csv").toString()));
        String csv = Files.readString(dir.resolve("x.csv")).replace("KYO,4,S,", "KYO,4,B,");
        Files.writeString(dir.resolve("x2.csv"), csv);
        CliRun csvImport = run("chair.db", "import-csv", "--evaluator", "評価 一郎", dir.resolve("x2.csv").toString());
        ok(csvImport);
        assertTrue(csvImport.out().contains("accepted (new 0, updated 1, unchanged 1"), csvImport.out());
        assertEquals(0, run("chair.db", "conflicts", "list", "--format", "csv").out().strip().split("\n").length - 1);
    }
}
