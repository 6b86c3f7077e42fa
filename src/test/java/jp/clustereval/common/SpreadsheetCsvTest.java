package jp.clustereval.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** Formula cells neutralised the OWASP way, numbers kept, and the rule undone exactly. */
class SpreadsheetCsvTest {

    @Test
    void formulaCellsGetAnApostrophe() {
        for (String cell : List.of("=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\0=1", "＝１＋１", "＋1", "－1", "＠x",
                "=HYPERLINK(\"http://evil.example/\",\"x\")", "-", "-Infinity", "--2", "-2.", "-.5", "-2,5")) {
            assertEquals("'" + cell, SpreadsheetCsv.neutralise(cell), cell);
        }
    }

    @Test
    void numbersAndOtherTextsStayAsTheyAre() {
        for (String cell : List.of("-2", "3.5", "-0.25", "-1.5E-3", "2e10", "0", "", "SAP", "1.2.1", "評価 太郎", " =1", "a=1",
                "'", "'a", "''", "#1", "%1", "|cmd")) {
            assertEquals(cell, SpreadsheetCsv.neutralise(cell), cell);
        }
    }

    @Test
    void aTextThatAlreadyStartsWithApostrophesBeforeATriggerGetsOneMore() {
        assertEquals("''=x", SpreadsheetCsv.neutralise("'=x"));
        assertEquals("'''=x", SpreadsheetCsv.neutralise("''=x"));
        assertEquals("''-2", SpreadsheetCsv.neutralise("'-2"));
        assertEquals("'=x", SpreadsheetCsv.restore("''=x"));
        assertEquals("=x", SpreadsheetCsv.restore("'=x"));
        assertEquals("'a", SpreadsheetCsv.restore("'a"), "an apostrophe before anything else is text");
        assertEquals("=x", SpreadsheetCsv.restore("=x"), "a formula someone typed stays what it says");
    }

    @Test
    void restoreUndoesNeutraliseForEveryText() {
        String alphabet = "'=+-@\t\r\0＝＋－＠0123456789.eEa \n\"";
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            String cell = SpreadsheetCsv.neutralise(text);
            assertEquals(text, SpreadsheetCsv.restore(cell), text);
            boolean trigger = !cell.isEmpty() && "=+-@\t\r\0＝＋－＠".indexOf(cell.charAt(0)) >= 0;
            assertTrue(!trigger || cell.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?"), cell);
        }
    }

    @Test
    void rowsAreRfc4180WithTheirTextNeutralised() throws Exception {
        StringBuilder out = new StringBuilder();
        new SpreadsheetCsv(out, "\r\n").row(List.of("a", "=1,2", -2, 3.5)).row(java.util.Arrays.asList(null, "x\ny", "\"q\""))
                .flush();
        assertEquals("a,\"'=1,2\",-2,3.5\r\n\"\",\"x\ny\",\"\"\"q\"\"\"\r\n", out.toString());
        List<List<String>> back = new ArrayList<>();
        CSVFormat.RFC4180.parse(new StringReader(out.toString())).forEach(r -> back.add(r.toList().stream()
                .map(SpreadsheetCsv::restore).toList()));
        assertEquals(List.of(List.of("a", "=1,2", "-2", "3.5"), List.of("", "x\ny", "\"q\"")), back);
    }
}
