package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * round finalise and round reopen: only a chair of the round's roster finalises; while final, a change
 * of the round exits 1 with one line on stderr saying the round is final and how to reopen it, and
 * leaves the database file as it was; reopened (with a reason), the same change is taken.
 */
class RoundFinaliseCliTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("chair.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private CliRun ok(String... args) {
        CliRun r = run(args);
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    private void refused(CliRun r, String start) {
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith(start), r::toString);
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("error: ")).count(), r::toString);
    }

    @Test
    void aChairFinalisesTheRoundChangesAreRefusedUntilItIsReopened() throws Exception {
        String chair = ok("evaluator", "add", "--name", "佐藤 委員長").out().strip();
        String member = ok("evaluator", "add", "--name", "山田 花子").out().strip();
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", chair, "--role", "chair");
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", member, "--role", "evaluator");
        ok("grade", "--round", "mid-fy2004", "--evaluator", member, "--cluster", "SAP", "--item", "1.1", "--grade", "A");

        refused(run("round", "finalise", "--round", "mid-fy2004", "--by", member),
                "error: 山田 花子 is not a chair of the round 'mid-fy2004'");
        CliRun fin = ok("round", "finalise", "--round", "mid-fy2004", "--by", "佐藤 委員長");
        assertTrue(fin.out().startsWith("round mid-fy2004 finalised by 佐藤 委員長 at "), fin::toString);

        byte[] before = Files.readAllBytes(dir.resolve("chair.db"));
        refused(run("weights", "set", "--round", "mid-fy2004", "--axis", "A=40,B=15,C=15,D=10,E=20"),
                "error: The round 'mid-fy2004' is final (finalised on ");
        CliRun grade = run("grade", "--round", "mid-fy2004", "--evaluator", member, "--cluster", "SAP", "--item", "1.1",
                "--grade", "S");
        refused(grade, "error: The round 'mid-fy2004' is final");
        assertTrue(grade.err().contains("round reopen --round mid-fy2004 --reason TEXT"), grade::toString);
        refused(run("coi", "add", "--round", "mid-fy2004", "--evaluator", member, "--cluster", "SAP"),
                "error: The round 'mid-fy2004' is final");
        refused(run("round", "finalise", "--round", "mid-fy2004", "--by", chair), "error: The round 'mid-fy2004' is final already");
        assertEquals(2, run("round", "reopen", "--round", "mid-fy2004").exit(), "--reason is required");
        refused(run("round", "reopen", "--round", "mid-fy2004", "--reason", " "), "error: Give the reason for reopening");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("chair.db"))), "the file is unchanged");

        assertEquals("round mid-fy2004 reopened\n", ok("round", "reopen", "--round", "mid-fy2004", "--reason", "late file").out());
        ok("weights", "set", "--round", "mid-fy2004", "--axis", "A=40,B=15,C=15,D=10,E=20");
        ok("grade", "--round", "mid-fy2004", "--evaluator", member, "--cluster", "SAP", "--item", "1.1", "--grade", "S");
        refused(run("round", "reopen", "--round", "mid-fy2004", "--reason", "again"), "error: The round 'mid-fy2004' is not final");
    }
}
