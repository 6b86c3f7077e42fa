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
 * evidence import and evidence list: a round's figures per period, imported into one round only,
 * listed as table, CSV (formula cells neutralised) and JSON; every refusal exits 1 with one line on
 * stderr and leaves every table as it was.
 */
class EvidenceCliTest {

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

    private String write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f.toString();
    }

    private List<String> csv(String... args) {
        List<String> all = new ArrayList<>(List.of("evidence", "list", "--format", "csv"));
        all.addAll(List.of(args));
        return ok(all.toArray(String[]::new)).out().replace("\uFEFF", "").lines().toList();
    }

    @Test
    void importIntoOneRoundAndListIt() throws Exception {
        assertEquals(List.of("round,cluster,period,metric,value", "mid-fy2004,OSK,FY2002-2004,papers_domestic,12"),
                csv("--cluster", "OSK").subList(0, 2));
        assertEquals(1 + 18 * 13, csv().size(), "the seeded round: 18 clusters, 13 figures each");

        ok("round", "create", "--id", "fin", "--name-ja", "終了評価", "--name-en", "Final", "--kind", "final", "--from", "mid-fy2004");
        List<String> mid = csv();
        assertEquals(mid.subList(1, mid.size()), csv("--round", "fin").stream().skip(1).map(l -> l.replaceFirst("^fin,", "mid-fy2004,"))
                .toList(), "round create --from copies the source's figures");
        CliRun imported = ok("evidence", "import", "--round", "fin", "--period", "FY2002-2006",
                write("fy2006.csv", "code,papers_domestic,revenue_thousand_yen\nKYO,130,50000\nSAP,31,0\n"));
        assertTrue(imported.out().startsWith("imported: 2 units, 4 values for FY2002-2006 into the round fin (sha256 "),
                imported::toString);
        assertEquals(List.of("round,cluster,period,metric,value", "fin,SAP,FY2002-2006,papers_domestic,31",
                "fin,SAP,FY2002-2006,revenue_thousand_yen,0", "fin,KYO,FY2002-2006,papers_domestic,130",
                "fin,KYO,FY2002-2006,revenue_thousand_yen,50000"),
                csv("--round", "fin").stream().filter(l -> !l.contains("FY2002-2004")).toList());
        assertEquals(mid, csv("--round", "mid-fy2004"), "the other round's figures are as they were");

        String json = ok("evidence", "list", "--round", "fin", "--cluster", "KYO", "--format", "json").out();
        assertTrue(json.contains("\"value\" : 50000"), json);
        String table = ok("evidence", "list", "--round", "fin", "--cluster", "KYO").out();
        assertTrue(table.lines().anyMatch(l -> l.matches("fin +KYO +FY2002-2006 +revenue_thousand_yen +50000 *")), table);

        // the current round is the default of both commands
        ok("round", "use", "fin");
        ok("evidence", "import", write("again.csv", "code,awards\nFUK,2\n"), "--period", "FY2002-2006");
        assertEquals(List.of("fin,FUK,FY2002-2006,awards,2"), csv().stream().filter(l -> l.contains("FY2002-2006")).toList());
    }

    @Test
    void aHostilePeriodIsListedEscapedAndNeutralisedInCsv() throws Exception {
        // a period is one line of visible text; one starting with = is allowed and neutralised in CSV cells
        ok("evidence", "import", "--period", "=HYPERLINK(\"x\")", write("a.csv", "code,awards\nSAP,1\n"));
        assertTrue(csv("--cluster", "SAP").contains("mid-fy2004,SAP,\"'=HYPERLINK(\"\"x\"\")\",awards,1"), csv("--cluster", "SAP")::toString);
        CliRun refused = run("evidence", "import", "--period", "FY\u001b]0;x\u0007", write("b.csv", "code,awards\nSAP,1\n"));
        assertEquals(1, refused.exit(), refused::toString);
        assertTrue(refused.err().contains("The period must be one line of text"), refused::toString);
    }

    @Test
    void everyRefusalExitsOneAndChangesNothing() throws Exception {
        ok("round", "create", "--id", "fin", "--name-ja", "終了評価", "--name-en", "Final", "--kind", "final", "--from", "mid-fy2004");
        Map<String, List<String>> before = tables();
        refused(before, "unknown column 'budget'", "evidence", "import", "--round", "fin", "--period", "P",
                write("u.csv", "code,budget\nSAP,1\n"));
        refused(before, "Line 3 of the evidence CSV: awards is -4, a negative number", "evidence", "import", "--round", "fin",
                "--period", "P", write("n.csv", "code,awards\nSAP,1\nKYO,-4\n"));
        refused(before, "The unit 'XYZ' is on line 2 and again on line 3", "evidence", "import", "--round", "fin", "--period", "P",
                write("d.csv", "code,awards\nXYZ,1\nXYZ,1\n"));
        refused(before, "The unit 'XYZ' is not a unit of the round 'fin'", "evidence", "import", "--round", "fin",
                "--period", "P", write("x.csv", "code,awards\nSAP,1\nXYZ,1\n"));
        refused(before, "awards is 'many'", "evidence", "import", "--round", "fin", "--period", "P",
                write("t.csv", "code,awards\nSAP,many\n"));
        Path latin1 = dir.resolve("l.csv");
        Files.write(latin1, "code,awards\nSAP,1\n\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        refused(before, "not UTF-8", "evidence", "import", "--round", "fin", "--period", "P", latin1.toString());
        refused(before, "Unknown round 'nope'", "evidence", "import", "--round", "nope", "--period", "P",
                write("ok.csv", "code,awards\nSAP,1\n"));
        refused(before, "Unknown round 'nope'", "evidence", "list", "--round", "nope");
        refused(before, "'XYZ' is not a unit of the round 'fin'", "evidence", "list", "--round", "fin", "--cluster", "XYZ");
        CliRun usage = run("evidence", "import", "--round", "fin");
        assertEquals(2, usage.exit(), usage::toString);
        assertEquals(before, tables());
    }

    private void refused(Map<String, List<String>> before, String message, String... args) throws Exception {
        CliRun r = run(args);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains(message), r::toString);
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertEquals(before, tables(), "nothing stored after: " + String.join(" ", args));
    }

    /** Every row of every table, read with plain SQL. */
    private Map<String, List<String>> tables() throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("chair.db"));
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
