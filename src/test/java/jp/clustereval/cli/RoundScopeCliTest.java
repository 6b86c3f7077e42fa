package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two rounds in one chair's database, the seeded one and a City Area round of three other units:
 * the commands show each round's own units, files and cohort, and default to the current round.
 */
class RoundScopeCliTest {

    private static final String CITY_AREAS = "code,name_ja,name_en,area_ja,area_en,prefecture_en,fields,start_fy,wide_area\n"
            + "CA01,札幌北部エリア,Sapporo North Area,札幌,Sapporo,Hokkaido,IT;Life Sciences,2005,\n"
            + "CA02,函館エリア,Hakodate Area,函館,Hakodate,Hokkaido,Life Sciences,2005,\n"
            + "CA03,富山高岡エリア,Toyama Takaoka Area,富山,Toyama,Toyama,Nanotech/Materials,2006,\n";
    private static final String[] ITEMS = {"1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4"};

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

    private void cityRound(String db) throws Exception {
        Path csv = dir.resolve("areas.csv");
        Files.writeString(csv, CITY_AREAS, StandardCharsets.UTF_8);
        ok(db, "round", "create", "--id", "city", "--name-ja", "都市エリア", "--name-en", "City Area", "--kind", "other",
                "--from", "mid-fy2004", "--units", csv.toString(), "--cohort", "CA01,CA02");
    }

    private void gradeAll(String db, String round, String who, String unit, String grade) {
        for (String item : ITEMS) {
            ok(db, "grade", "--round", round, "--evaluator", who, "--cluster", unit, "--item", item, "--grade", grade);
        }
    }

    private static List<String> lines(CliRun r) {
        return r.out().replace("\uFEFF", "").lines().toList();
    }

    @Test
    void statusOverviewResultsAndChartsOfARoundShowItsUnits() throws Exception {
        cityRound("chair.db");
        ok("chair.db", "evaluator", "add", "--name", "Hanako");
        gradeAll("chair.db", "city", "Hanako", "CA01", "A");
        gradeAll("chair.db", "mid-fy2004", "Hanako", "SAP", "B");

        // a unit of another round is no unit of this one: refused by name, not drawn empty
        for (String[] args : List.of(
                new String[] {"chart", "radar", "--round", "city", "--cluster", "SAP", "--out", dir.resolve("sap.png").toString()},
                new String[] {"chart", "overlay", "--round", "city", "--clusters", "CA01,SAP", "--out", dir.resolve("o.png").toString()},
                new String[] {"report", "cluster", "--round", "city", "--cluster", "SAP", "--out", dir.resolve("sap.pdf").toString()})) {
            CliRun refused = run("chair.db", args);
            assertEquals(1, refused.exit(), refused::toString);
            assertTrue(refused.err().contains("The unit 'SAP' is not a unit of the round 'city'"), refused::toString);
        }

        assertEquals("evaluator,name,CA01,CA02,CA03,graded,partial,missing,conflict,excluded",
                lines(ok("chair.db", "status", "--round", "city", "--format", "csv")).get(0));
        String mid = lines(ok("chair.db", "status", "--format", "csv")).get(0);
        assertTrue(mid.startsWith("evaluator,name,SAP,SEN,") && !mid.contains("CA01"), "the current round's: " + mid);

        List<String> overview = lines(ok("chair.db", "overview", "--round", "city", "--evaluator", "Hanako", "--format", "csv"));
        assertEquals(List.of("CA01", "CA02", "CA03"), overview.stream().skip(1).map(l -> l.split(",")[0]).toList());

        CliRun fy2002 = run("chair.db", "results", "--round", "city", "--cohort", "fy2002");
        assertEquals(1, fy2002.exit(), fy2002::toString);
        assertTrue(fy2002.err().contains("No cluster belongs to the cohort 'fy2002'"), fy2002::toString);

        Path grid = dir.resolve("grid.png");
        ok("chair.db", "chart", "grid", "--round", "city", "--out", grid.toString());
        assertTrue(Files.size(grid) > 0);

        ok("chair.db", "round", "use", "city");
        assertEquals("evaluator,name,CA01,CA02,CA03,graded,partial,missing,conflict,excluded",
                lines(ok("chair.db", "status", "--format", "csv")).get(0), "status defaults to the current round");
    }

    @Test
    void filesListShowsTheFilesOfTheRound() throws Exception {
        cityRound("x.db");
        ok("x.db", "evaluator", "add", "--name", "Hanako");
        gradeAll("x.db", "city", "Hanako", "CA01", "A");
        gradeAll("x.db", "mid-fy2004", "Hanako", "SAP", "B");
        Path keys = dir.resolve("keys");
        ok("x.db", "export", "--round", "city", "--evaluator", "Hanako", "--out", dir.resolve("city.cescore").toString(),
                "--keys-dir", keys.toString());
        ok("x.db", "export", "--round", "mid-fy2004", "--evaluator", "Hanako", "--out", dir.resolve("mid.cescore").toString(),
                "--keys-dir", keys.toString());

        cityRound("chair.db");
        CliRun imported = ok("chair.db", "import", dir.resolve("city.cescore").toString(), dir.resolve("mid.cescore").toString());
        assertTrue(imported.out().contains("city.cescore: accepted (new 1"), imported.out());

        String current = ok("chair.db", "files", "list", "--format", "csv").out();
        assertTrue(current.contains("mid.cescore") && !current.contains("city.cescore"), current);
        String city = ok("chair.db", "files", "list", "--round", "city", "--format", "csv").out();
        assertTrue(city.contains("city.cescore") && !city.contains("mid.cescore"), city);
        assertFalse(run("chair.db", "files", "list", "--round", "nope").exit() == 0);
    }
}
