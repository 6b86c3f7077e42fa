package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's "done when", from the command line on fresh databases: the secretariat makes the FY2006
 * final evaluation from the mid-term round and a City Area round from a CSV, rosters and assigns
 * evaluators, hands the final round out as a signed package; each evaluator opens it on their own
 * database, grades only their units and hands in a score file; the chair merges the files back and
 * sees them in the round's completeness and results, while the mid-term round stays as it was.
 */
class RoundLifecycleCliTest {

    private static final String[] ITEMS = {"1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4"};
    private static final String CITY_AREAS = "code,name_ja,name_en,area_ja,area_en,prefecture_en,fields,start_fy,wide_area\n"
            + "CA01,北エリア,North Area,北,North,Hokkaido,IT,2005,\n"
            + "CA02,南エリア,South Area,南,South,Kagoshima,Life Sciences,2005,\n"
            + "CA03,西エリア,West Area,西,West,Nagasaki,Nanotech/Materials,2006,\n";

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

    private static List<String> lines(CliRun r) {
        return r.out().replace("\uFEFF", "").lines().toList();
    }

    private void gradeAll(String db, String who, String unit, String grade) {
        for (String item : ITEMS) {
            ok(db, "grade", "--evaluator", who, "--cluster", unit, "--item", item, "--grade", grade);
        }
    }

    @Test
    void theSecretariatPreparesTwoRoundsHandsOneOutAndMergesTheGradesBack() throws Exception {
        // the secretariat: the final evaluation from the mid-term round, a City Area round from a CSV
        ok("chair.db", "round", "create", "--id", "final-fy2006", "--name-ja", "終了評価（平成18年度）",
                "--name-en", "Final evaluation FY2006", "--kind", "final", "--from", "mid-fy2004");
        Path areas = dir.resolve("areas.csv");
        Files.writeString(areas, CITY_AREAS, StandardCharsets.UTF_8);
        ok("chair.db", "round", "create", "--id", "city-fy2006", "--name-ja", "都市エリア中間評価",
                "--name-en", "City Area mid-term", "--kind", "mid-term", "--from", "mid-fy2004", "--units",
                areas.toString(), "--cohort", "CA01,CA02");
        assertEquals(List.of("CA01", "CA02", "CA03"), lines(ok("chair.db", "clusters", "--round", "city-fy2006",
                "--format", "csv")).stream().skip(1).map(l -> l.split(",")[0]).toList());
        List<String> rounds = lines(ok("chair.db", "round", "list", "--format", "csv"));
        assertTrue(rounds.stream().anyMatch(l -> l.startsWith("final-fy2006,終了評価（平成18年度）,Final evaluation FY2006,final,")),
                rounds::toString);
        assertTrue(rounds.stream().anyMatch(l -> l.startsWith("city-fy2006,都市エリア中間評価,City Area mid-term,mid-term,")
                && l.contains(",3,2,")), rounds::toString);

        // roster and assignments of the final round
        ok("chair.db", "evaluator", "add", "--name", "Sato Chair", "--affiliation", "MEXT secretariat");
        ok("chair.db", "evaluator", "add", "--name", "Yamada Hanako", "--affiliation", "Hokkaido Univ.");
        ok("chair.db", "evaluator", "add", "--name", "Suzuki Taro", "--affiliation", "Kyushu Univ.");
        ok("chair.db", "evaluator", "add", "--name", "Late Jiro", "--affiliation", "Tohoku Univ.");
        ok("chair.db", "roster", "add", "--round", "final-fy2006", "--evaluator", "Sato Chair", "--role", "chair");
        for (String who : List.of("Yamada Hanako", "Suzuki Taro", "Late Jiro")) {
            ok("chair.db", "roster", "add", "--round", "final-fy2006", "--evaluator", who, "--role", "evaluator");
        }
        ok("chair.db", "assign", "--round", "final-fy2006", "--evaluator", "Yamada Hanako", "--clusters", "SAP,SEN");
        Path csv = dir.resolve("assign.csv");
        Files.writeString(csv, "evaluator,cluster\nSuzuki Taro,SEN\nSuzuki Taro,KYO\nLate Jiro,FUK\n", StandardCharsets.UTF_8);
        ok("chair.db", "assign", "import", "--round", "final-fy2006", csv.toString());

        // the package, opened by two evaluators on their own databases
        Path pkg = dir.resolve("final-fy2006.ceround");
        ok("chair.db", "round", "package", "--round", "final-fy2006", "--signer", "Sato Chair", "--out", pkg.toString());
        assertTrue(ok("hanako.db", "round", "open", pkg.toString(), "--as", "Yamada Hanako").out()
                .contains("2 units assigned to you"));
        assertTrue(ok("taro.db", "round", "open", pkg.toString(), "--as", "Suzuki Taro").out()
                .contains("2 units assigned to you"));

        // each grades only their units: a complete and a partial sheet; an unassigned unit is refused
        gradeAll("hanako.db", "Yamada Hanako", "SAP", "A");
        ok("hanako.db", "grade", "--evaluator", "Yamada Hanako", "--cluster", "SEN", "--item", "1.1", "--grade", "S");
        assertTrue(refused("hanako.db", "grade", "--evaluator", "Yamada Hanako", "--cluster", "KYO", "--item", "1.1",
                "--grade", "A").err().contains("is not assigned to this evaluator"));
        gradeAll("taro.db", "Suzuki Taro", "SEN", "B");
        gradeAll("taro.db", "Suzuki Taro", "KYO", "S");
        Path hanakoFile = dir.resolve("hanako.cescore");
        Path taroFile = dir.resolve("taro.cescore");
        assertTrue(ok("hanako.db", "export", "--evaluator", "Yamada Hanako", "--out", hanakoFile.toString()).out()
                .contains("2 sheets"));
        assertTrue(ok("taro.db", "export", "--evaluator", "Suzuki Taro", "--out", taroFile.toString()).out()
                .contains("2 sheets"));

        // the chair merges both files into the final round
        CliRun imported = ok("chair.db", "import", hanakoFile.toString(), taroFile.toString());
        assertTrue(imported.out().contains("hanako.cescore: accepted (new 2,"), imported::toString);
        assertTrue(imported.out().contains("taro.cescore: accepted (new 2,"), imported::toString);

        // completeness against the roster: every rostered evaluator, cells only where assigned
        List<String> status = lines(ok("chair.db", "status", "--round", "final-fy2006", "--format", "csv"));
        String header = status.get(0);
        List<String> columns = List.of(header.split(","));
        int sap = columns.indexOf("SAP");
        int sen = columns.indexOf("SEN");
        int kyo = columns.indexOf("KYO");
        int fuk = columns.indexOf("FUK");
        assertEquals(4, status.size(), status::toString); // header, three rostered evaluators, not the chair
        String hanako = row(status, "Yamada Hanako");
        String taro = row(status, "Suzuki Taro");
        String jiro = row(status, "Late Jiro");
        assertEquals("graded", cell(hanako, sap));
        assertEquals("partial", cell(hanako, sen));
        assertEquals("", cell(hanako, kyo), "not assigned");
        assertEquals("graded", cell(taro, sen));
        assertEquals("graded", cell(taro, kyo));
        assertEquals("missing", cell(jiro, fuk), "rostered, assigned, handed nothing in");
        assertTrue(status.stream().noneMatch(l -> l.contains("Sato Chair")), status::toString);

        // results of the final round from the complete sheets: SAP 3.00 (A), KYO 4.00 (S), SEN 2.00 (B)
        List<String> results = lines(ok("chair.db", "results", "--round", "final-fy2006", "--format", "csv"));
        List<String> resultHeader = List.of(results.get(0).split(","));
        int total = resultHeader.indexOf("total");
        assertEquals("4.00", cell(resultRow(results, "KYO"), total));
        assertEquals("3.00", cell(resultRow(results, "SAP"), total));
        assertEquals("2.00", cell(resultRow(results, "SEN"), total));

        // the mid-term round keeps nothing of it, and the City Area round lists its own units only
        List<String> midTerm = lines(ok("chair.db", "results", "--round", "mid-fy2004", "--format", "csv"));
        assertEquals(List.of("COHORT,0,,,,,,,,"), midTerm.subList(1, midTerm.size()), "the mid-term round has no grades");
        String cityStatus = lines(ok("chair.db", "status", "--round", "city-fy2006", "--format", "csv")).get(0);
        assertTrue(cityStatus.startsWith("evaluator,name,CA01,CA02,CA03,"), cityStatus);
    }

    private static String row(List<String> csv, String name) {
        return csv.stream().filter(l -> l.contains("," + name + ",")).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + csv));
    }

    private static String resultRow(List<String> csv, String code) {
        return csv.stream().filter(l -> l.startsWith(code + ",")).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + csv));
    }

    private static String cell(String line, int column) {
        String[] cells = line.split(",", -1);
        return cells[column];
    }
}
