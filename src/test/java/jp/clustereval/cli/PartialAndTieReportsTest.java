package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;

/**
 * {@code report} and {@code chart} with --include-partial, and the notes where totals shown alike rank
 * apart, in the PDF and the workbook. By hand, with the round's equal weights (each axis a fifth, the
 * items of an axis alike) and every grade S = 4 but as said:
 * <pre>
 * HAM  one: complete, all S                         4.0
 *      two: unfinished, only 1.1 = C                (counted only with --include-partial: A (4 + 1) / 2 = 2.5, total 3.7)
 * SAP  one: 2.1 = A (D = 3.75, total 3.95); two, three: all S      (3.95 + 4 + 4) / 3 = 3.98333
 * SEN  one: 2.1 = A (3.95); two: all S                             (3.95 + 4) / 2 = 3.975
 * KYO  three: unfinished, only 1.1 = C              no total, no rank (with --include-partial 1.0, last)
 * </pre>
 * SAP and SEN both show 3.98 (3.975 half-up) and rank apart: three places tell them apart (3.983, 3.975).
 */
class PartialAndTieReportsTest {

    private static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void fill() {
        db = dir.resolve("panel.db").toString();
        try (Services s = Services.open(Path.of(db), false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            Evaluator one = s.evaluators().add("Ichiro", "");
            Evaluator two = s.evaluators().add("Jiro", "");
            Evaluator three = s.evaluators().add("Saburo", "");
            sheet(s, round, one, "HAM", null);
            s.grading().setGrade(new SheetKey(round.id(), two.id(), "HAM"), "1.1", "C", "test");
            sheet(s, round, one, "SAP", "2.1");
            sheet(s, round, two, "SAP", null);
            sheet(s, round, three, "SAP", null);
            sheet(s, round, one, "SEN", "2.1");
            sheet(s, round, two, "SEN", null);
            s.grading().setGrade(new SheetKey(round.id(), three.id(), "KYO"), "1.1", "C", "test");
        }
    }

    /** A complete sheet of S, but {@code graded A} (if not null) A. */
    private static void sheet(Services s, Round round, Evaluator e, String cluster, String gradedA) {
        for (String item : ITEMS) {
            s.grading().setGrade(new SheetKey(round.id(), e.id(), cluster), item, item.equals(gradedA) ? "A" : "S", "test");
        }
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static int count(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }

    @Test
    void thePanelPdfSaysWhereShownTotalsRankApartAndMarksUnfinishedSheetsOnlyWhenCounted() throws Exception {
        CliRun results = run("results");
        assertTrue(results.out().contains("note: SAP and SEN both show 3.98 but rank 2 and 3"), results.out());
        Path pdf = dir.resolve("panel.pdf");
        assertEquals(0, run("report", "panel", "--lang", "en", "--draws", "20", "--out", pdf.toString()).exit());
        String text = pdfText(pdf);
        assertTrue(text.contains("Note: SAP and SEN both show 3.98 but rank 2 and 3: the order comes from more digits"
                + " (3.983 and 3.975)."), text);
        assertTrue(text.contains("1 (+1 unfinished, not counted)"), text);
        assertFalse(text.contains("Unfinished sheets included"), text);

        Path partial = dir.resolve("partial.pdf");
        CliRun run = run("report", "panel", "--lang", "en", "--draws", "20", "--include-partial", "--out", partial.toString());
        assertEquals(0, run.exit(), run::toString);
        text = pdfText(partial);
        // the first page, the small multiples and the sensitivity each say so
        assertEquals(3, count(text, "Unfinished sheets included: totals, ranks"), text);
        assertTrue(text.contains("2 (incl. 1 unfinished)"), "HAM's unfinished sheet is counted: " + text);
        // HAM now 3.7, third: SAP and SEN are first and second, still shown alike
        assertTrue(text.contains("Note: SAP and SEN both show 3.98 but rank 1 and 2"), text);

        Path ja = dir.resolve("partial-ja.pdf");
        assertEquals(0, run("report", "panel", "--draws", "20", "--include-partial", "--out", ja.toString()).exit());
        text = pdfText(ja);
        assertTrue(text.contains("未完了の評価票を含む："), text);
        assertTrue(text.contains("注: SAP と SEN はともに 3.98 と表示されますが、順位は 1 位と 2 位です。"), text);
    }

    @Test
    void theClusterPdfMarksUnfinishedSheetsAndNamesTheNeighbourShownAlike() throws Exception {
        Path sen = dir.resolve("sen.pdf");
        assertEquals(0, run("report", "cluster", "--cluster", "SEN", "--lang", "en", "--out", sen.toString()).exit());
        String text = pdfText(sen);
        assertTrue(text.contains("Rank 3 of 3"), text);
        assertTrue(text.contains("Average (3 of 12 clusters graded)"), "the cohort average says what it covers: " + text);
        assertTrue(text.contains("Note: SAP and SEN both show 3.98 but rank 2 and 3"), text);
        assertFalse(text.contains("Unfinished sheets included"), text);
        Path ham = dir.resolve("ham.pdf");
        assertEquals(0, run("report", "cluster", "--cluster", "HAM", "--lang", "en", "--include-partial", "--out",
                ham.toString()).exit());
        text = pdfText(ham);
        assertTrue(text.contains("Unfinished sheets included: totals, ranks"), text);
        assertTrue(text.contains("Evaluators: 2 (incl. 1 unfinished)"), text);
        assertFalse(text.contains("both show"), "HAM ties with no one: " + text);
        // a cluster without a complete sheet has no rank (it said "Rank 0 of 3")
        Path kyo = dir.resolve("kyo.pdf");
        assertEquals(0, run("report", "cluster", "--cluster", "KYO", "--lang", "en", "--out", kyo.toString()).exit());
        text = pdfText(kyo);
        assertTrue(text.contains("Not ranked (no complete sheet) Evaluators: 0 (+1 unfinished, not counted)"), text);
        assertFalse(text.contains("Rank 0"), text);
    }

    @Test
    void theWorkbookMarksEveryRowAndHoldsTheNotes() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        assertEquals(0, run("report", "panel", "--lang", "en", "--draws", "20", "--out", plain.toString()).exit());
        try (XSSFWorkbook wb = new XSSFWorkbook(plain.toFile())) {
            Sheet results = wb.getSheet("results");
            assertEquals("partial", last(results.getRow(0)), "no sheets column by default");
            assertEquals(List.of("note", "Note: SAP and SEN both show 3.98 but rank 2 and 3: the order comes from more digits"
                    + " (3.983 and 3.975)."), column(wb.getSheet("notes")));
        }
        Path xlsx = dir.resolve("partial.xlsx");
        assertEquals(0, run("report", "panel", "--lang", "en", "--draws", "20", "--include-partial", "--out",
                xlsx.toString()).exit());
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            for (String name : List.of("results", "sensitivity")) {
                Sheet sheet = wb.getSheet(name);
                assertEquals("sheets", last(sheet.getRow(0)), name);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    assertEquals("partial-included", last(sheet.getRow(r)), name + " row " + r);
                }
            }
            List<String> notes = column(wb.getSheet("notes"));
            assertEquals(3, notes.size(), notes.toString());
            assertTrue(notes.get(1).startsWith("Unfinished sheets included:"), notes.toString());
            assertTrue(notes.get(2).startsWith("Note: SAP and SEN both show 3.98 but rank 1 and 2"), notes.toString());
        }
    }

    /**
     * SEN's total is exactly 3.975 and its D exactly 3.875 (half-way both): the CLI, the PDF and the
     * workbook as a spreadsheet shows it (POI's formatter applying the cell's 0.00) give the same digits.
     */
    @Test
    void theCliThePdfAndTheWorkbookShowTheSameDigits() throws Exception {
        CliRun csv = run("results", "--format", "csv");
        assertTrue(csv.out().contains("\nSEN,2,4.00,4.00,4.00,3.88,4.00,3.98,3,0\n"), csv.out());
        Path pdf = dir.resolve("digits.pdf");
        assertEquals(0, run("report", "panel", "--lang", "en", "--draws", "20", "--out", pdf.toString()).exit());
        assertTrue(pdfText(pdf).contains("3 SEN Sendai Cyber Forest Cluster 3.98 3.95 4.00 0.04 2"), pdfText(pdf));
        Path xlsx = dir.resolve("digits.xlsx");
        assertEquals(0, run("report", "panel", "--lang", "en", "--draws", "20", "--out", xlsx.toString()).exit());
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
            Row sen = null;
            for (Row r : wb.getSheet("results")) {
                sen = "SEN".equals(r.getCell(0).getStringCellValue()) ? r : sen;
            }
            assertEquals("3.88", shown.formatCellValue(sen.getCell(6)), "D");
            assertEquals("3.98", shown.formatCellValue(sen.getCell(8)), "total");
        }
    }

    @Test
    void everyChartSaysInItsTitleOrSubtitleThatUnfinishedSheetsAreCounted() throws Exception {
        for (List<String> chart : List.of(List.of("radar", "--cluster", "HAM"), List.of("grid"), List.of("ranking"),
                List.of("overlay", "--clusters", "HAM,SAP"))) {
            Path plain = dir.resolve(chart.get(0) + ".svg");
            Path partial = dir.resolve(chart.get(0) + "-partial.svg");
            List<String> args = new ArrayList<>(List.of("chart"));
            args.addAll(chart);
            args.addAll(List.of("--lang", "en", "--out"));
            CliRun a = run(concat(args, plain.toString()));
            assertEquals(0, a.exit(), a::toString);
            CliRun b = run(concat(args, partial.toString(), "--include-partial"));
            assertEquals(0, b.exit(), b::toString);
            assertFalse(Files.readString(plain).contains("unfinished sheets included"), chart.get(0));
            assertTrue(Files.readString(partial).contains("unfinished sheets included"), chart.get(0));
        }
    }

    private static String[] concat(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static String last(Row row) {
        return row.getCell(row.getLastCellNum() - 1).getStringCellValue();
    }

    private static List<String> column(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        sheet.forEach(r -> cells.add(r.getCell(0).getStringCellValue()));
        return cells;
    }
}
