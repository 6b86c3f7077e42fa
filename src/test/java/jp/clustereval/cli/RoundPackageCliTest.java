package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.roundpackage.RoundPackageReader;
import jp.clustereval.scorefile.Ed25519;

/**
 * 'round package' and 'round open': exit 0 with what was done, exit 1 with the message on every
 * refusal, hostile text escaped on the terminal; the evaluator then grades only their units.
 */
class RoundPackageCliTest {

    private static final Path CORPUS = Path.of("src/test/resources/ceround-corpus");
    private static final String HANAKO = "7b2d4e1f-3c5e-4f9a-8b6c-1d2e3f4a5b6c";

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

    private CliRun refused(String db, String... args) {
        CliRun r = run(db, args);
        assertEquals(1, r.exit(), r::toString);
        return r;
    }

    @Test
    void theSecretariatPackagesARoundAndTheEvaluatorOpensItAndGradesOnlyTheirUnits() throws Exception {
        ok("chair.db", "round", "create", "--id", "final-fy2006", "--name-ja", "終了評価", "--name-en", "Final", "--kind", "final",
                "--from", "mid-fy2004");
        String sato = ok("chair.db", "evaluator", "add", "--name", "Sato Chair").out().strip();
        ok("chair.db", "evaluator", "add", "--name", "Yamada Hanako", "--affiliation", "Hokkaido Univ.");
        ok("chair.db", "roster", "add", "--round", "final-fy2006", "--evaluator", "Yamada Hanako", "--role", "evaluator");
        ok("chair.db", "assign", "--round", "final-fy2006", "--evaluator", "Yamada Hanako", "--clusters", "SAP,SEN");
        Path file = dir.resolve("final.ceround");

        CliRun notChair = refused("chair.db", "round", "package", "--round", "final-fy2006", "--signer", "Sato Chair",
                "--out", file.toString());
        assertTrue(notChair.err().contains("is not a chair of the roster of the round 'final-fy2006'"), notChair::toString);
        assertFalse(Files.exists(file));

        ok("chair.db", "roster", "add", "--round", "final-fy2006", "--evaluator", sato, "--role", "chair");
        CliRun made = ok("chair.db", "round", "package", "--round", "final-fy2006", "--signer", "Sato Chair", "--out", file.toString());
        assertTrue(made.out().contains("round final-fy2006, sha256 "), made::toString);

        CliRun unknown = refused("hanako.db", "round", "open", file.toString(), "--as", "Nobody");
        assertTrue(unknown.err().contains("'Nobody' is not on the package's roster; choose one of: Yamada Hanako, Sato Chair"),
                unknown::toString);
        CliRun opened = ok("hanako.db", "round", "open", file.toString(), "--as", "yamada hanako");
        assertTrue(opened.out().startsWith("round final-fy2006 made; you are Yamada Hanako ("), opened::toString);
        assertTrue(opened.out().contains("2 units assigned to you"), opened::toString);
        assertTrue(ok("hanako.db", "round", "list", "--format", "csv").out().contains("final-fy2006,終了評価,Final,final,preparing,18,12,yes"));

        ok("hanako.db", "grade", "--evaluator", "Yamada Hanako", "--cluster", "SAP", "--item", "1.1", "--grade", "A");
        CliRun unassigned = refused("hanako.db", "grade", "--evaluator", "Yamada Hanako", "--cluster", "FUK", "--item", "1.1",
                "--grade", "A");
        assertTrue(unassigned.err().contains("is not assigned to this evaluator"), unassigned::toString);
    }

    @Test
    void aChangedKeyIsOpenedOnlyWithItsFingerprintAndAReason() throws Exception {
        ok("e.db", "round", "open", CORPUS.resolve("base.ceround").toString(), "--as", HANAKO);
        Path other = CORPUS.resolve("14-pinned-round-other-key.ceround");
        String fingerprint = Ed25519.fingerprint(RoundPackageReader.parse(Files.readAllBytes(other)).signer().publicKey());

        CliRun changed = refused("e.db", "round", "open", other.toString(), "--as", HANAKO);
        assertTrue(changed.err().contains(fingerprint), changed::toString);
        CliRun incomplete = refused("e.db", "round", "open", other.toString(), "--as", HANAKO, "--accept-key",
                "--fingerprint", fingerprint);
        assertTrue(incomplete.err().contains("--accept-key needs --fingerprint and --reason"), incomplete::toString);
        CliRun accepted = ok("e.db", "round", "open", other.toString(), "--as", HANAKO, "--accept-key", "--fingerprint",
                fingerprint.replace(" ", ""), "--reason", "the secretariat's new laptop (phoned)");
        assertTrue(accepted.out().contains("new signing key accepted"), accepted::toString);
    }

    @Test
    void hostileTextInARefusedPackageReachesTheTerminalEscaped() {
        ok("e.db", "round", "open", CORPUS.resolve("base.ceround").toString(), "--as", HANAKO);
        for (String hostile : new String[] {"18-control-characters.ceround", "19-bidi-override.ceround",
                "20-line-break-in-name.ceround"}) {
            CliRun r = refused("e.db", "round", "open", CORPUS.resolve(hostile).toString(), "--as", HANAKO);
            assertFalse(r.err().contains("\u001b") || r.err().contains("\u202e"), r::toString);
            assertFalse(r.err().contains("\nOK: imported"), r::toString);
            assertTrue(r.err().contains("control character or a direction override"), r::toString);
        }
        CliRun as = refused("e.db", "round", "open", CORPUS.resolve("base.ceround").toString(), "--as", "x\u001b[2Jy");
        assertFalse(as.err().contains("\u001b"), as::toString);
    }
}
