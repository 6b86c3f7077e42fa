package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 14's "done when", from the command line in one sitting: the evaluators' files arrive and are
 * imported, the weights are set by AHP, the panel's consensus is noted, the subsidy allocated, the
 * round finalised (and every change of it then refused, nothing stored), the decision record written
 * signed and as a PDF, and every feedback PDF in one run; reopened with a reason, the round takes
 * changes again.
 */
class PanelClosingCliTest {

    private static final String ROUND = "mid-fy2004";
    private static final String CHAIR = "議長 花子";

    @TempDir
    Path dir;

    private Path db;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private CliRun ok(String... args) {
        CliRun r = run(args);
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    @Test
    void fromFilesArrivedToAFinalisedDecisionRecordAndEveryFeedbackReport() throws Exception {
        Path inbox = dir.resolve("inbox");
        assertEquals(0, CliRun.of("generate", "--evaluators", "5", "--out", inbox.toString()).exit());
        db = inbox.resolve("chair.db");
        Path late = dir.resolve("late.cescore");
        Files.move(inbox.resolve("evaluator-00005.cescore"), late);

        // the files arrive; the chair joins the round's roster as its chair
        ok("import", inbox.toString());
        ok("evaluator", "add", "--name", CHAIR, "--affiliation", "文部科学省");
        ok("roster", "add", "--round", ROUND, "--evaluator", CHAIR, "--role", "chair");
        // weights by AHP, the panel's consensus on one unit, the allocation
        ok("weights", "ahp", "--round", ROUND, "--matrix", "1,3,2,4,1; 1/3,1,1,2,1/2; 1/2,1,1,2,1/2; 1/4,1/2,1/2,1,1/4; 1,2,2,4,1",
                "--apply", "--by", CHAIR);
        ok("notes", "set", "--round", ROUND, "--cluster", "SAP", "--note", "出口戦略を議論", "--consensus", "産学連携の体制は評価できる。");
        ok("allocate", "--round", ROUND, "--pool", "6000000000", "--rule", "tiers");
        String results = ok("results", "--round", ROUND, "--format", "csv").out();

        ok("round", "finalise", "--round", ROUND, "--by", CHAIR);
        // final: every change of the round refused with one line naming it, nothing stored
        for (String[] change : List.of(
                new String[] {"weights", "set", "--round", ROUND, "--axis", "A=20,B=20,C=20,D=20,E=20"},
                new String[] {"notes", "set", "--round", ROUND, "--cluster", "SAP", "--consensus", "後から"},
                new String[] {"coi", "add", "--round", ROUND, "--cluster", "SAP", "--evaluator", CHAIR},
                new String[] {"allocate", "--round", ROUND, "--pool", "5000000000", "--rule", "proportional"})) {
            CliRun r = run(change);
            assertEquals(1, r.exit(), () -> String.join(" ", change) + ": " + r);
            assertTrue(r.err().contains(ROUND) && r.err().strip().lines().count() == 1, r::toString);
        }
        CliRun lateImport = run("import", late.toString());
        assertTrue(lateImport.exit() != 0 && lateImport.out().contains("rejected"), lateImport::toString);
        assertEquals(results, ok("results", "--round", ROUND, "--format", "csv").out(), "nothing changed the results");
        assertTrue(ok("notes", "list", "--round", ROUND, "--format", "csv").out().contains("産学連携の体制は評価できる。"));

        // the decision record, signed and as a PDF, and every feedback report in one run
        Path json = dir.resolve("decision.json");
        ok("report", "decision", "--round", ROUND, "--out", json.toString());
        JsonNode record = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
        assertEquals(ROUND, record.path("round").path("id").asText());
        assertEquals(CHAIR, record.path("finalised").path("chair").path("name").asText());
        assertEquals("ahp", record.path("weights").path("how").asText());
        assertEquals(5, record.path("weights").path("ahp").path("matrix").size());
        assertEquals("SAP", record.path("units").path(0).path("code").asText());
        assertEquals("産学連携の体制は評価できる。", record.path("units").path(0).path("consensus").asText());
        assertEquals(6_000_000_000L, record.path("allocation").path("sumYen").asLong());
        assertEquals("Ed25519", record.path("signature").path("algorithm").asText());
        assertFalse(record.path("signature").path("value").asText().isEmpty());
        Path pdf = dir.resolve("decision.pdf");
        ok("report", "decision", "--round", ROUND, "--out", pdf.toString(), "--lang", "ja");
        String text = pdfText(pdf);
        assertTrue(text.contains(CHAIR) && text.contains("産学連携の体制は評価できる。"), text);

        Path feedback = Files.createDirectories(dir.resolve("feedback"));
        ok("report", "feedback", "--all", "--round", ROUND, "--out", feedback.toString());
        // one per unit with results, as the decision record lists them
        List<String> graded = new java.util.ArrayList<>();
        record.path("results").path("units").forEach(u -> graded.add(u.path("code").asText()));
        assertEquals(12, graded.size());
        try (Stream<Path> files = Files.list(feedback)) {
            assertEquals(graded.stream().map(c -> c + ".pdf").sorted().toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(pdfText(feedback.resolve("SAP.pdf")).contains("産学連携の体制は評価できる。"));

        // reopened with a reason: the late evaluator is rostered from their signed file, and the file is taken
        ok("round", "reopen", "--round", ROUND, "--reason", "遅れて届いた評価ファイル");
        ok("roster", "add", "--round", ROUND, "--from", late.toString());
        CliRun taken = ok("import", late.toString());
        assertTrue(taken.out().contains("accepted"), taken::toString);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
