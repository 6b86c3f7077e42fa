package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.cli.Cli;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.completeness.CompletenessViewModel;

/**
 * The completeness matrix as CSV is one file whoever writes it: the desktop's export and
 * {@code status --out} give the same bytes, which are {@code status --format csv} after a BOM, and
 * those bytes are pinned (names that need quoting or would start a formula, every state but conflict).
 */
class CompletenessCsvTest {

    private static final String EXPECTED_HEAD = "\uFEFFevaluator,name,SAP,SEN,NAG,HAM,KYO,KSC,OSK,KOB,HIR,TAK,FUK,KIT,"
            + "TOY,NGY,TOK,KNZ,GIF,UBE,graded,partial,missing,conflict,excluded\n";
    private static final String EXPECTED_ROWS = ""
            + "00000000-0000-4000-8000-000000000003,'=1+1,excluded,missing,missing,missing,missing,missing,missing,"
            + "missing,missing,missing,missing,missing,missing,missing,missing,missing,missing,missing,0,0,17,0,1\n"
            + "00000000-0000-4000-8000-000000000002,\"Smith, \"\"Jane\"\"\",missing,missing,missing,missing,missing,missing,"
            + "missing,missing,missing,missing,missing,missing,missing,missing,missing,missing,missing,missing,0,0,18,0,0\n"
            + "00000000-0000-4000-8000-000000000001,佐藤 花子,graded,partial,missing,missing,missing,missing,missing,"
            + "missing,missing,missing,missing,missing,missing,missing,missing,missing,missing,missing,1,1,16,0,0\n";

    @TempDir
    Path dir;

    @Test
    void theDesktopAndTheCommandLineWriteTheSameBytes() throws Exception {
        Path db = dir.resolve("chair.db");
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            List<Evaluator> people = List.of(new Evaluator("00000000-0000-4000-8000-000000000001", "佐藤 花子", "東北大学"),
                    new Evaluator("00000000-0000-4000-8000-000000000002", "Smith, \"Jane\"", "MIT"),
                    new Evaluator("00000000-0000-4000-8000-000000000003", "=1+1", ""));
            s.database().inTransaction(c -> {
                for (Evaluator e : people) {
                    new EvaluatorDao(c).insert(e, Instant.parse("2004-11-01T00:00:00Z"));
                }
                return null;
            });
            SheetKey sap = new SheetKey(round.id(), people.get(0).id(), "SAP");
            for (String item : List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4")) {
                s.grading().setGrade(sap, item, "A", "test");
            }
            s.grading().setGrade(new SheetKey(round.id(), people.get(0).id(), "SEN"), "1.1", "B", "test");
            s.grading().setGrade(new SheetKey(round.id(), people.get(2).id(), "SAP"), "1.1", "S", "test");
            s.coi().add(round.id(), people.get(2).id(), "SAP", "", "chair");
        }

        Path desktop = dir.resolve("desktop.csv");
        try (VmFixture f = new VmFixture(db, Language.EN)) {
            CompletenessViewModel vm = new CompletenessViewModel(f.app, f.tasks, () -> { });
            vm.exportCsv(desktop);
            f.awaitIdle();
            assertEquals(List.of(), f.reported);
        }
        Path cli = dir.resolve("cli.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Cli.execute(new String[] {"--db", db.toString(), "status", "--format", "csv", "--out", cli.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true));
        assertEquals(Cli.OK, exit);

        assertEquals(EXPECTED_HEAD + EXPECTED_ROWS, Files.readString(desktop, StandardCharsets.UTF_8));
        assertArrayEquals(Files.readAllBytes(desktop), Files.readAllBytes(cli));
        assertEquals(Files.readString(cli, StandardCharsets.UTF_8), "\uFEFF" + out.toString(StandardCharsets.UTF_8));
    }
}
