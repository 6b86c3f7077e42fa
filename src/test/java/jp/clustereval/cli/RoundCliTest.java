package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round commands: list, create (from a round, from a definition file, with units from a CSV and
 * a cohort), show (what create --definition reads back), use (the default of every command), and
 * clusters --round; every refusal exits 1 with its message and leaves every table as it was.
 */
class RoundCliTest {

    private static final String CITY_AREAS = "code,name_ja,name_en,area_ja,area_en,prefecture_en,fields,start_fy,wide_area\n"
            + "CA01,札幌北部エリア,Sapporo North Area,札幌,Sapporo,Hokkaido,IT;Life Sciences,2005,\n"
            + "CA02,函館エリア,Hakodate Area,函館,Hakodate,Hokkaido,Life Sciences,2005,\n"
            + "CA03,富山高岡エリア,Toyama Takaoka Area,富山,Toyama,Toyama,Nanotech/Materials,2006,\n";

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("chair.db");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private CliRun ok(String... args) {
        CliRun r = run(args);
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theSeededRoundIsListedAsTheCurrentOne() {
        CliRun list = ok("round", "list", "--format", "csv");
        assertEquals(List.of("id,name_ja,name_en,kind,state,units,cohort,current",
                "mid-fy2004,中間評価 FY2004,Mid-term evaluation FY2004,mid-term,preparing,18,12,yes"),
                list.out().lines().map(l -> l.replace("\uFEFF", "")).toList());
        ok("evaluator", "add", "--name", "Hanako");
        ok("grade", "--evaluator", "Hanako", "--cluster", "SAP", "--item", "1.1", "--grade", "A");
        assertTrue(ok("round", "list", "--format", "json").out().contains("\"grading\""),
                "a stored sheet closes the grading definition");
    }

    @Test
    void aCopyOfARoundHasItsDefinitionAndShowRoundTripsThroughCreate() throws Exception {
        String mid = ok("round", "show", "--format", "json").out();
        ok("round", "create", "--id", "final-fy2006", "--name-ja", "終了評価 FY2006", "--name-en", "Final evaluation FY2006",
                "--kind", "final", "--from", "mid-fy2004");
        assertEquals(mid, ok("round", "show", "--round", "final-fy2006", "--format", "json").out(),
                "the copy's definition is the source's");
        Path file = write("mid.json", mid);
        ok("round", "create", "--id", "again", "--name-ja", "再", "--name-en", "Again", "--definition", file.toString());
        assertEquals(mid, ok("round", "show", "--round", "again").out(), "what show prints, create --definition reads back");

        List<String> rows = ok("round", "list", "--format", "csv").out().lines().map(l -> l.replace("\uFEFF", "")).toList();
        assertTrue(rows.contains("final-fy2006,終了評価 FY2006,Final evaluation FY2006,final,preparing,18,12,no"), rows.toString());
        assertTrue(rows.contains("again,再,Again,mid-term,preparing,18,12,no"), rows.toString());
        assertTrue(rows.contains("mid-fy2004,中間評価 FY2004,Mid-term evaluation FY2004,mid-term,preparing,18,12,yes"),
                "making a round does not make it current: " + rows);
    }

    @Test
    void aCityAreaRoundFromACsvBecomesCurrentWithUse() throws Exception {
        Path areas = write("areas.csv", CITY_AREAS);
        CliRun made = ok("round", "create", "--id", "city-fy2006", "--name-ja", "都市エリア FY2006", "--name-en",
                "City Area FY2006", "--kind", "other", "--from", "mid-fy2004", "--units", areas.toString(), "--cohort",
                "CA01,CA02");
        assertTrue(made.out().contains("3 units, cohort 2"), made.out());
        assertEquals(List.of("code,cohort", "CA01,yes", "CA02,yes", "CA03,no"),
                codesAndCohort(ok("clusters", "--round", "city-fy2006", "--format", "csv").out()));
        assertEquals(18, codesAndCohort(ok("clusters", "--format", "csv").out()).size() - 1, "the current round is still the seeded one");

        assertTrue(ok("round", "use", "city-fy2006").out().contains("current round: city-fy2006"));
        assertEquals(List.of("code,cohort", "CA01,yes", "CA02,yes", "CA03,no"),
                codesAndCohort(ok("clusters", "--format", "csv").out()), "commands default to the current round");
        assertTrue(ok("round", "show").out().contains("\"code\" : \"CA03\""));
        // without --cohort, a round of new units compares each with all of them
        ok("round", "create", "--id", "city-2", "--name-ja", "都市2", "--name-en", "City 2", "--from", "mid-fy2004",
                "--units", areas.toString());
        assertEquals(List.of("code,cohort", "CA01,yes", "CA02,yes", "CA03,yes"),
                codesAndCohort(ok("clusters", "--round", "city-2", "--format", "csv").out()));
        // every command takes the current round when --round is left out: grade, results, round show
        ok("evaluator", "add", "--name", "Hanako");
        ok("grade", "--evaluator", "Hanako", "--cluster", "CA01", "--item", "1.1", "--grade", "S");
        assertTrue(ok("round", "list", "--format", "csv").out().contains("city-fy2006,都市エリア FY2006,City Area FY2006,other,grading,3,2,yes"));
        assertTrue(ok("round", "list", "--format", "csv").out().contains("mid-fy2004,中間評価 FY2004,Mid-term evaluation FY2004,mid-term,preparing"),
                "the seeded round got no sheet");
        assertTrue(ok("results", "--format", "csv").out().contains("CA01,"), "results of the current round");
        assertTrue(!ok("results", "--round", "mid-fy2004", "--format", "csv").out().contains("CA01"));
    }

    @Test
    void theGradingDefinitionChangesOnlyUntilTheFirstSheetIsStored() throws Exception {
        Path areas = write("areas.csv", CITY_AREAS);
        ok("round", "create", "--id", "city", "--name-ja", "都市", "--name-en", "City", "--from", "mid-fy2004",
                "--units", areas.toString());
        String mid = ok("round", "show").out();
        // five grades instead of four, while the round is preparing
        Path fiveGrades = write("five.json", mid.replaceFirst("(\"scale\" : \\[)",
                "$1 {\"code\":\"SS\",\"value\":5.0,\"wording\":{\"ja\":\"卓越\",\"en\":\"Outstanding\"}},"));
        CliRun defined = ok("round", "define", "--round", "city", "--definition", fiveGrades.toString(), "--units",
                areas.toString(), "--cohort", "CA01");
        assertTrue(defined.out().contains("round city defined: 3 units, cohort 1, 9 graded items"), defined.out());
        String city = ok("round", "show", "--round", "city").out();
        assertTrue(city.contains("\"code\" : \"SS\""), city);
        assertTrue(ok("round", "list", "--format", "csv").out().contains("city,都市,City,mid-term,preparing,3,1,no"));

        ok("evaluator", "add", "--name", "Hanako");
        ok("grade", "--round", "city", "--evaluator", "Hanako", "--cluster", "CA01", "--item", "1.1", "--grade", "SS");
        Map<String, List<String>> before = tables();
        refused(before, "The round 'city' has grades stored already: its units, items, item-to-axis map and grade scale"
                + " can no longer change", "round", "define", "--round", "city", "--from", "mid-fy2004");
        assertEquals(city, ok("round", "show", "--round", "city").out(), "the definition is as it was");
        // weights still change after the first grade
        ok("weights", "set", "--round", "city", "--axis", "A=30,B=20,C=20,D=10,E=20", "--by", "重みづけグループ");
        assertTrue(ok("round", "show", "--round", "city").out().contains("\"weight\" : 0.3"));
    }

    @Test
    void namesChangeAfterTheFirstGradeAndAStructuralChangeIsRefused() throws Exception {
        ok("evaluator", "add", "--name", "Hanako");
        ok("grade", "--evaluator", "Hanako", "--cluster", "SAP", "--item", "1.1", "--grade", "A");
        String fingerprint = fingerprint();
        String mid = ok("round", "show").out();
        Path renamed = write("renamed.json", mid.replace("\"Technical evaluation: progress of R&D\"", "\"R&D progress\"")
                .replace("\"R&D\"", "\"Research\""));
        assertTrue(Files.readString(renamed).contains("\"R&D progress\"") && Files.readString(renamed).contains("\"Research\""));

        CliRun r = ok("round", "rename", "--definition", renamed.toString(), "--name-en", "Mid-term FY2004 (revised)");
        assertEquals("round mid-fy2004 renamed: 3 texts changed", r.out().strip());
        String shown = ok("round", "show").out();
        assertEquals(Files.readString(renamed), shown, "the file's texts are the round's");
        assertTrue(ok("round", "list", "--format", "csv").out().contains(
                "mid-fy2004,中間評価 FY2004,Mid-term FY2004 (revised),mid-term,grading"));
        assertEquals(fingerprint, fingerprint(), "the round's fingerprint is the same");
        assertTrue(tables().get("round_audit").stream().anyMatch(row -> row.matches("\\d+\\|[-0-9T:.]+Z\\|cli:[^|]+\\|mid-fy2004\\|rename\\|round name; items 1\\.1; axes A\\|\\|")),
                tables().get("round_audit")::toString);
        assertEquals("round mid-fy2004: no text differs, nothing changed",
                ok("round", "rename", "--definition", renamed.toString()).out().strip());

        Map<String, List<String>> before = tables();
        String movedText = shown.replaceFirst("(\"id\" : \"1\\.2\\.1\",\\s*\"parent\" : \"1\\.2\",\\s*\"kind\" : \"graded\",\\s*\"axis\" : )\"B\"",
                "$1\"A\"");
        assertTrue(!movedText.equals(shown), "item 1.2.1 moved from axis B to A");
        Path moved = write("moved.json", movedText.replace("\"R&D progress\"", "\"Not stored\""));
        refused(before, "The round 'mid-fy2004' has grades stored already: its units, items, item-to-axis map and grade scale"
                + " can no longer change", "round", "rename", "--definition", moved.toString());
        refused(before, "the definition's weights differ from the stored ones", "round", "rename", "--definition",
                write("heavier.json", shown.replaceFirst("\"weight\" : 1.0", "\"weight\" : 2.0")).toString());
        CliRun nothing = run("round", "rename");
        assertEquals(2, nothing.exit(), "a usage error");
        assertTrue(nothing.err().contains("round rename needs new texts"), nothing::toString);
        refused(before, "needs a name in Japanese and in English", "round", "rename", "--name-ja", " ");
    }

    private String fingerprint() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            return jp.clustereval.scorefile.RoundFingerprint.of(new jp.clustereval.persistence.RoundDao(c).load("mid-fy2004").orElseThrow());
        }
    }

    @Test
    void evaluatorsGradeOnlyTheirAssignedUnitsOnceTheRoundHasAssignments() throws Exception {
        ok("evaluator", "add", "--name", "佐藤 花子", "--affiliation", "東北大学");
        ok("evaluator", "add", "--name", "田中 一郎", "--affiliation", "京都大学");
        ok("evaluator", "add", "--name", "Outsider");
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", "佐藤 花子", "--role", "evaluator");
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", "田中 一郎", "--role", "evaluator");
        assertEquals(List.of("佐藤 花子,18", "田中 一郎,18"), assigned(), "no assignments: every unit of the round");
        // a round without assignments: anyone grades anything, as before
        ok("grade", "--evaluator", "Outsider", "--cluster", "UBE", "--item", "1.1", "--grade", "B");

        assertEquals("assigned: 2", ok("assign", "--round", "mid-fy2004", "--evaluator", "佐藤 花子", "--clusters",
                "SAP,SEN").out().strip());
        Path csv = write("assign.csv", "evaluator,cluster\n田中 一郎,KYO\n田中 一郎,SAP\n");
        assertEquals("assigned: 2", ok("assign", "import", "--round", "mid-fy2004", csv.toString()).out().strip());
        assertEquals(List.of("佐藤 花子,2", "田中 一郎,2"), assigned());

        ok("grade", "--evaluator", "佐藤 花子", "--cluster", "SAP", "--item", "1.1", "--grade", "A");
        Map<String, List<String>> before = tables();
        refused(before, "The unit 'KYO' is not assigned to this evaluator", "grade", "--evaluator", "佐藤 花子",
                "--cluster", "KYO", "--item", "1.1", "--grade", "A");
        refused(before, "The unit 'UBE' is not assigned", "grade", "--evaluator", "Outsider", "--cluster", "UBE",
                "--item", "1.2.1", "--grade", "A");
        refused(before, "is not on the roster of the round 'mid-fy2004' as an evaluator", "assign", "--evaluator",
                "Outsider", "--clusters", "SAP");
        refused(before, "'XYZ' is not a unit of the round", "assign", "--evaluator", "佐藤 花子", "--clusters", "KYO,XYZ");
        refused(before, "The first line of the assignments CSV must be the column names evaluator,cluster", "assign", "import",
                write("bad.csv", "evaluator,cluster,note\n田中 一郎,FUK,x\n").toString());
        refused(before, "Unknown evaluator 'Nobody'", "assign", "import",
                write("nobody.csv", "evaluator,cluster\n田中 一郎,FUK\nNobody,FUK\n").toString());

        // a declared conflict of interest removes the assignment, and keeps it from being made again
        ok("coi", "add", "--evaluator", "田中 一郎", "--cluster", "SAP", "--note", "京都大学 兼任");
        assertEquals(List.of("佐藤 花子,2", "田中 一郎,1"), assigned());
        Map<String, List<String>> afterCoi = tables();
        refused(afterCoi, "declared a conflict of interest with 'SAP'", "assign", "--evaluator", "田中 一郎", "--clusters", "SAP");
        refused(afterCoi, "The unit 'SAP' is not assigned", "grade", "--evaluator", "田中 一郎", "--cluster", "SAP",
                "--item", "1.1", "--grade", "A");

        assertEquals("unassigned: 1", ok("assign", "--evaluator", "佐藤 花子", "--clusters", "SEN", "--remove").out().strip());
        assertEquals(List.of("佐藤 花子,1", "田中 一郎,1"), assigned());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT group_concat(action, ' ') FROM (SELECT action FROM round_audit ORDER BY id)")) {
            rs.next();
            assertEquals("roster-add roster-add assign assign assign-import assign-import unassign-coi unassign", rs.getString(1),
                    "every change audited (who and when with it)");
        }
    }

    private List<String> assigned() {
        return ok("roster", "list", "--round", "mid-fy2004", "--format", "csv").out().replace("\uFEFF", "").lines().skip(1)
                .map(l -> l.split(",")[1] + "," + l.split(",")[4]).toList();
    }

    private static List<String> codesAndCohort(String csv) {
        List<String> out = new ArrayList<>();
        for (String line : csv.replace("\uFEFF", "").lines().toList()) {
            String[] cells = line.split(",", -1);
            out.add(cells[0] + "," + cells[cells.length - 1]);
        }
        return out;
    }

    @Test
    void badInputExitsOneWithItsMessageAndChangesNothing() throws Exception {
        String mid = ok("round", "show").out();
        ok("round", "list"); // the database exists before the snapshot
        Map<String, List<String>> before = tables();
        String[] base = {"round", "create", "--id", "new", "--name-ja", "新", "--name-en", "New"};

        refused(before, "Unknown round 'nope'", concat(base, "--from", "nope"));
        refused(before, "A round 'mid-fy2004' exists already", "round", "create", "--id", "mid-fy2004", "--name-ja", "x",
                "--name-en", "x", "--from", "mid-fy2004");
        refused(before, "give exactly one", base);
        refused(before, "Unknown round kind 'annual'", concat(base, "--kind", "annual", "--from", "mid-fy2004"));
        refused(before, "The round id 'a b' cannot be used", "round", "create", "--id", "a b", "--name-ja", "x",
                "--name-en", "x", "--from", "mid-fy2004");
        refused(before, "cannot be read: Unexpected end-of-input",
                concat(base, "--definition", write("cut.json", mid.substring(0, mid.length() / 2)).toString()));
        refused(before, "has a member 'colour' in scale[2]", concat(base, "--definition",
                write("extra.json", mid.replaceFirst("(\"code\" : \"B\",)", "$1 \"colour\" : \"red\",")).toString()));
        refused(before, "The graded item '4' is on no axis of the round ('F')", concat(base, "--definition",
                write("noaxis.json", mid.replace("\"axis\" : \"E\"", "\"axis\" : \"F\"")).toString()));
        refused(before, "The unit code 'SAP' appears twice", concat(base, "--definition",
                write("twice.json", mid.replace("\"code\" : \"SEN\"", "\"code\" : \"SAP\"")).toString()));
        refused(before, "has a column 'budget'", concat(base, "--from", "mid-fy2004", "--units",
                write("budget.csv", CITY_AREAS.replaceFirst("wide_area", "wide_area,budget").replace("2005,\n", "2005,,1\n")
                        .replace("2006,\n", "2006,,1\n")).toString()));
        refused(before, "The unit code 'CA01' appears twice", concat(base, "--from", "mid-fy2004", "--units",
                write("twice.csv", CITY_AREAS + "CA01,x,x,,,,,2005,\n").toString()));
        refused(before, "is already in this database as 札幌ITカロッツェリアクラスター", concat(base, "--from", "mid-fy2004",
                "--units", write("sap.csv", "code,name_ja,name_en,start_fy\nSAP,札幌,Sapporo,2002\n").toString()));
        refused(before, "names 'XYZ', which is not a unit", concat(base, "--from", "mid-fy2004", "--cohort", "SAP,XYZ"));
        refused(before, "The number of axes of a round must lie between 3 and 8; this one has 2", concat(base, "--definition", write("twoaxes.json",
                mid.replaceAll("(?s)\"axes\" : \\[.*?\\],\\s*\"items\"",
                        "\"axes\" : [ {\"code\":\"A\",\"name\":{\"ja\":\"a\",\"en\":\"a\"},\"weight\":1},"
                                + " {\"code\":\"B\",\"name\":{\"ja\":\"b\",\"en\":\"b\"},\"weight\":1} ], \"items\"")).toString()));
        refused(before, "Unknown round 'nope'", "round", "use", "nope");
        refused(before, "Unknown round 'nope'", "round", "show", "--round", "nope");
    }

    private void refused(Map<String, List<String>> before, String message, String... args) throws Exception {
        CliRun r = run(args);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains(message), r::toString);
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertEquals(before, tables(), "nothing stored after: " + String.join(" ", args));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Every row of every table, read with plain SQL. */
    private Map<String, List<String>> tables() throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(table, rows);
            }
        }
        return out;
    }
}
