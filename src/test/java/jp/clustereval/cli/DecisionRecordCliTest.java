package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report decision: refused (exit 1, nothing written) until the round is final; then signed JSON and a PDF. */
class DecisionRecordCliTest {

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

    @Test
    void aFinalRoundsRecordAsSignedJsonAndAsPdf() throws Exception {
        String chair = ok("evaluator", "add", "--name", "佐藤 委員長").out().strip();
        String member = ok("evaluator", "add", "--name", "山田 花子").out().strip();
        ok("roster", "add", "--round", "mid-fy2004", "--evaluator", chair, "--role", "chair");
        for (String item : new String[] {"1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4"}) {
            ok("grade", "--round", "mid-fy2004", "--evaluator", member, "--cluster", "SAP", "--item", item, "--grade", "A");
        }
        Path json = dir.resolve("decision.json");
        CliRun early = run("report", "decision", "--round", "mid-fy2004", "--out", json.toString());
        assertEquals(1, early.exit(), early::toString);
        assertTrue(early.err().startsWith("error: The round 'mid-fy2004' is not final"), early::toString);
        assertFalse(Files.exists(json));

        ok("round", "finalise", "--round", "mid-fy2004", "--by", chair);
        assertEquals(json.toAbsolutePath() + "\n", ok("report", "decision", "--round", "mid-fy2004", "--out", json.toString()).out());
        String text = Files.readString(json);
        assertTrue(text.contains("\"format\" : \"clustereval-decision-record\""), text);
        assertTrue(text.contains("\"name\" : \"佐藤 委員長\""), text);
        Path pdf = dir.resolve("decision.pdf");
        ok("report", "decision", "--round", "mid-fy2004", "--out", pdf.toString(), "--lang", "en");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Decision record: "));
        }
        CliRun txt = run("report", "decision", "--round", "mid-fy2004", "--out", dir.resolve("d.txt").toString());
        assertEquals(1, txt.exit(), txt::toString);
    }
}
