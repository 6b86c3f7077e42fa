package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;

/** {@code report feedback --all}: every cluster's feedback PDF of a round in one run, over a real database. */
class FeedbackReportsCliTest {

    private static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");
    private static final List<String> FY2002 = List.of("SAP", "SEN", "NAG", "HAM", "KYO", "KSC", "OSK", "KOB", "HIR",
            "TAK", "FUK", "KIT");

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void fill() {
        db = dir.resolve("panel.db").toString();
        Random random = new Random(14);
        try (Services s = Services.open(Path.of(db), false, dir.resolve("keys"))) {
            Round round = s.rounds().current();
            for (String name : List.of("Ichiro", "Jiro")) {
                Evaluator e = s.evaluators().add(name, "");
                for (String cluster : FY2002) {
                    for (String item : ITEMS) {
                        s.grading().setGrade(new SheetKey(round.id(), e.id(), cluster), item,
                                String.valueOf("SAABBC".charAt(random.nextInt(6))), "test");
                    }
                }
            }
        }
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void writesOnePdfPerClusterNamedByCodeAndCountsThem() throws Exception {
        Path out = Files.createDirectory(dir.resolve("feedback"));
        CliRun r = run("report", "feedback", "--all", "--out", out.toString(), "--lang", "en");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().isEmpty(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(FY2002.size() + 1, lines.size(), r.out());
        assertEquals("12 feedback reports written", lines.get(lines.size() - 1));
        for (String code : FY2002) {
            Path pdf = out.resolve(code + ".pdf");
            assertTrue(lines.contains(pdf.toAbsolutePath().toString()), code + " listed: " + r.out());
            assertTrue(Files.isRegularFile(pdf), code);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(FY2002.size(), files.count(), "nothing but the PDFs (no temporary files left)");
        }
        try (PDDocument doc = Loader.loadPDF(out.resolve("KIT.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Kitakyushu"), text);
            assertFalse(text.contains("Sapporo"), "one cluster per file: " + text);
        }
    }

    @Test
    void theSameReportAsReportClusterInJapanese() throws Exception {
        Path out = Files.createDirectory(dir.resolve("ja"));
        assertEquals(0, run("report", "feedback", "--all", "--out", out.toString()).exit());
        Path single = dir.resolve("single.pdf");
        assertEquals(0, run("report", "cluster", "--cluster", "NAG", "--out", single.toString()).exit());
        assertEquals(text(single), text(out.resolve("NAG.pdf")));
        assertTrue(text(single).contains("長野・上田スマートデバイスクラスター"));
    }

    @Test
    void aFolderThatIsNotThereOrIsAFileIsRefusedAndNothingIsWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        for (Path bad : List.of(dir.resolve("missing"), file)) {
            CliRun r = run("report", "feedback", "--all", "--out", bad.toString());
            assertEquals(1, r.exit(), r::toString);
            assertTrue(r.err().contains("Not a writable folder: " + bad), r.err());
            assertEquals("", r.out());
        }
        assertFalse(Files.exists(dir.resolve("missing")));
        assertEquals("x", Files.readString(file));
        CliRun without = run("report", "feedback", "--out", dir.toString());
        assertEquals(2, without.exit(), without::toString);
        assertTrue(without.err().contains("--all"), without.err());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
