package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.service.ComparedRounds;

/**
 * The feedback PDF of a unit graded in the final round and, before, in the mid-term round shows the
 * change per axis since then (the hand-worked figures of {@link ComparedRounds}); a unit new in the
 * final round, and any unit of the mid-term round, shows none.
 */
class ComparedFeedbackCliTest {

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void setUp() {
        Path file = dir.resolve("two.db");
        ComparedRounds.create(file);
        db = file.toString();
    }

    private String pdfText(String round, String unit, String lang) throws Exception {
        Path out = dir.resolve(round + "-" + unit + "-" + lang + ".pdf");
        CliRun r = CliRun.of("--db", db, "report", "cluster", "--round", round, "--cluster", unit, "--out", out.toString(),
                "--lang", lang);
        assertEquals(0, r.exit(), r::toString);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theFinalReportOfAUnitGradedInTheMidTermShowsTheChangePerAxis() throws Exception {
        String en = pdfText(ComparedRounds.FINAL, "SAP", "en");
        assertTrue(en.contains("Change since Mid-term evaluation FY2004"), en);
        // the table: axis, mid-term, final, change
        for (String row : new String[] {"A R&D 2.50 3.50 +1.00", "B Autonomy 2.50 3.00 +0.50", "C Management 2.50 2.50 ±0.00",
                "D Self-Evaluation 2.50 3.00 +0.50", "E Cluster formation 2.50 3.50 +1.00", "Total score 2.50 3.10 +0.60"}) {
            assertTrue(en.contains(row), row + " in\n" + en);
        }
        // the heading stays with its chart (drawn as shapes, so not in the text): the table follows it at once
        assertTrue(en.contains("Change since Mid-term evaluation FY2004\nAxis Mid-term evaluation"), en);

        String ja = pdfText(ComparedRounds.FINAL, "SAP", "ja");
        assertTrue(ja.contains("中間評価 FY2004からの変化"), ja);
        assertTrue(ja.contains("総合点 2.50 3.10 +0.60"), ja);
    }

    @Test
    void withoutAnEarlierResultTheReportHasNoComparison() throws Exception {
        String sen = pdfText(ComparedRounds.FINAL, "SEN", "en");
        assertTrue(sen.contains("Sendai"), sen);
        assertFalse(sen.contains("Change since"), sen);
        String mid = pdfText(ComparedRounds.MID, "SAP", "en");
        assertFalse(mid.contains("Change since"), mid);
    }

    @Test
    void everyFeedbackReportOfTheRoundComparesItsOwnUnit() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("all"));
        CliRun r = CliRun.of("--db", db, "report", "feedback", "--all", "--round", ComparedRounds.FINAL, "--out",
                folder.toString(), "--lang", "en");
        assertEquals(0, r.exit(), r::toString);
        try (PDDocument sap = Loader.loadPDF(folder.resolve("SAP.pdf").toFile());
             PDDocument sen = Loader.loadPDF(folder.resolve("SEN.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(sap).contains("Total score 2.50 3.10 +0.60"));
            assertFalse(new PDFTextStripper().getText(sen).contains("Change since"));
        }
    }

    @Test
    void aPreviousRoundWithOtherAxesIsComparedByItsTotalOnly() throws Exception {
        // a round made after the final one, with axis E renamed F: the final round is its previous round
        Path definition = dir.resolve("axes-f.json");
        CliRun show = CliRun.of("--db", db, "round", "show", "--round", ComparedRounds.MID);
        Files.writeString(definition, show.out().replace("\"axis\" : \"E\"", "\"axis\" : \"F\"")
                .replace("\"code\" : \"E\"", "\"code\" : \"F\""));
        assertEquals(0, CliRun.of("--db", db, "round", "create", "--id", "axes-f", "--name-ja", "軸F", "--name-en", "Axis F",
                "--definition", definition.toString()).exit());
        for (String item : new String[] {"1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4"}) {
            CliRun g = CliRun.of("--db", db, "grade", "--round", "axes-f", "--evaluator", "Hanako", "--cluster", "SAP",
                    "--item", item, "--grade", "A");
            assertEquals(0, g.exit(), g::toString);
        }
        String en = pdfText("axes-f", "SAP", "en").replaceAll("\\s+", " ");
        // SAP: 3.10 in the final round, 3.00 (all A) now
        assertTrue(en.contains("Change since Final evaluation Total score 3.10 then, 3.00 now (-0.10). The two rounds have"
                + " different axes, so they are not compared axis by axis."), en);
        assertFalse(en.contains("Axis Final evaluation"), "no per-axis table: " + en);
    }
}
