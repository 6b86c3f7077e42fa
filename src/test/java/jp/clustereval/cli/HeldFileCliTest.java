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
 * A file held because its evaluator is not on the round's roster, or a unit is not assigned to
 * them, names the command that lets the round take it; run exactly as printed, the same file is
 * imported on the next try. Nothing of a held file is kept, so no other command is needed.
 */
class HeldFileCliTest {

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

    /** The command the held file's message names (between its parentheses), run on the chair's database. */
    private void runTheCommandOf(CliRun held, String command) {
        Matcher m = Pattern.compile("\\((" + command + " [^)]*)\\)").matcher(held.out() + held.err());
        assertTrue(m.find(), held::toString);
        List<String> args = new ArrayList<>(List.of(m.group(1).split(" ")));
        ok("chair.db", args.toArray(String[]::new));
    }

    @Test
    void theCommandsAHeldFileNamesLetTheSameFileIn() {
        ok("chair.db", "evaluator", "add", "--name", "Sato Chair");
        ok("chair.db", "evaluator", "add", "--name", "Yamada Hanako");
        ok("chair.db", "evaluator", "add", "--name", "Suzuki Taro");
        ok("chair.db", "roster", "add", "--round", "mid-fy2004", "--evaluator", "Sato Chair", "--role", "chair");
        ok("chair.db", "roster", "add", "--round", "mid-fy2004", "--evaluator", "Yamada Hanako", "--role", "evaluator");
        ok("chair.db", "roster", "add", "--round", "mid-fy2004", "--evaluator", "Suzuki Taro", "--role", "evaluator");
        ok("chair.db", "assign", "--round", "mid-fy2004", "--evaluator", "Yamada Hanako", "--clusters", "SAP,SEN");
        ok("chair.db", "assign", "--round", "mid-fy2004", "--evaluator", "Suzuki Taro", "--clusters", "KYO");
        Path pkg = dir.resolve("mid.ceround");
        ok("chair.db", "round", "package", "--round", "mid-fy2004", "--signer", "Sato Chair", "--out", pkg.toString());
        ok("hanako.db", "round", "open", pkg.toString(), "--as", "Yamada Hanako");
        ok("taro.db", "round", "open", pkg.toString(), "--as", "Suzuki Taro");
        ok("hanako.db", "grade", "--evaluator", "Yamada Hanako", "--cluster", "SEN", "--item", "1.1", "--grade", "A");
        ok("taro.db", "grade", "--evaluator", "Suzuki Taro", "--cluster", "KYO", "--item", "1.1", "--grade", "B");
        Path hanako = dir.resolve("hanako.cescore");
        Path taro = dir.resolve("taro.cescore");
        ok("hanako.db", "export", "--evaluator", "Yamada Hanako", "--out", hanako.toString());
        ok("taro.db", "export", "--evaluator", "Suzuki Taro", "--out", taro.toString());
        // meanwhile the chair took Taro off the roster and SEN away from Hanako
        ok("chair.db", "roster", "remove", "--round", "mid-fy2004", "--evaluator", "Suzuki Taro");
        ok("chair.db", "assign", "--round", "mid-fy2004", "--evaluator", "Yamada Hanako", "--clusters", "SEN", "--remove");

        CliRun heldTaro = run("chair.db", "import", taro.toString());
        assertEquals(1, heldTaro.exit(), heldTaro::toString);
        assertTrue(heldTaro.out().contains(taro + ": held: ") && heldTaro.out().contains("is not on the roster"), heldTaro::toString);
        CliRun heldHanako = run("chair.db", "import", hanako.toString());
        assertEquals(1, heldHanako.exit(), heldHanako::toString);
        assertTrue(heldHanako.out().contains("has a sheet for 'SEN', which is not assigned to them"), heldHanako::toString);

        runTheCommandOf(heldTaro, "roster add");
        runTheCommandOf(heldHanako, "assign");
        // Taro's assignments left the round with his role: rostered again, the next try names the assign command
        CliRun taroAgain = run("chair.db", "import", taro.toString());
        assertEquals(1, taroAgain.exit(), taroAgain::toString);
        assertTrue(taroAgain.out().contains("has a sheet for 'KYO', which is not assigned to them"), taroAgain::toString);
        runTheCommandOf(taroAgain, "assign");
        taroAgain = ok("chair.db", "import", taro.toString());
        assertTrue(taroAgain.out().contains(taro + ": accepted"), taroAgain::toString);
        CliRun hanakoAgain = ok("chair.db", "import", hanako.toString());
        assertTrue(hanakoAgain.out().contains(hanako + ": accepted"), hanakoAgain::toString);
        List<String> status = ok("chair.db", "status", "--round", "mid-fy2004", "--format", "csv").out().lines().toList();
        assertTrue(status.stream().anyMatch(l -> l.contains("Suzuki Taro")), status::toString);
    }
}
