package jp.clustereval.service;

import static jp.clustereval.service.RoundPackageFixture.ROUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.decisionrecord.DecisionRecordVerifier;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.allocation.AllocationRequest;
import jp.clustereval.domain.allocation.AllocationRule;
import jp.clustereval.domain.weights.Ahp;

/**
 * The decision record of a finalised round: what it holds (weights set by AHP with their matrix and
 * CR, a conflict of interest and the sheet it excludes, a partial sheet, a resolved conflict, a verified
 * key, the results with their sensitivity verdicts, the allocation with its saved settings, the chair),
 * that its JSON verifies with the chair's key and fails after any signed byte changes, and its PDF
 * (text through PDFBox, Title, page numbers) in both languages.
 */
class DecisionRecordServiceTest {

    private static final long POOL = 1_000_000_000L;

    @TempDir
    Path dir;

    private RoundPackageFixture f;
    private Services chair;

    @BeforeEach
    void setUp() throws Exception {
        f = new RoundPackageFixture(dir);
        chair = f.chair;
        Path pkg = f.write("r.ceround");
        // Hanako grades SAP and SEN in her database; a copy of it grades SAP's item 4 otherwise at the same revision
        try (Services hanako = f.evaluatorDb("hanako")) {
            hanako.roundPackages().open(pkg, f.hanako.id(), null, "test");
            TwoRounds.gradeAll(hanako, ROUND, f.hanako.id(), "SAP", "A");
            TwoRounds.gradeAll(hanako, ROUND, f.hanako.id(), "SEN", "B");
        }
        Files.copy(dir.resolve("hanako.db"), dir.resolve("hanako-copy.db"));
        SheetKey sap = new SheetKey(ROUND, f.hanako.id(), "SAP");
        Path a;
        Path b;
        try (Services hanako = f.evaluatorDb("hanako")) {
            hanako.grading().setGrade(sap, "4", "S", "test");
            a = hanako.exporter().export(f.hanako.id(), ROUND, dir.resolve("a.cescore")).file();
        }
        try (Services copy = Services.open(dir.resolve("hanako-copy.db"), false, dir.resolve("hanako-keys"))) {
            copy.grading().setGrade(sap, "4", "C", "test");
            b = copy.exporter().export(f.hanako.id(), ROUND, dir.resolve("b.cescore")).file();
        }
        for (Path file : List.of(a, b)) {
            chair.imports().commit(chair.imports().preview(List.of(file), ImportOptions.defaults()), ImportProgress.none(), () -> false);
        }
        long conflict = chair.conflicts().list(ROUND, true).get(0).id();
        chair.conflicts().resolve(conflict, ConflictService.Choice.STORED, "confirmed by phone", "chair");
        chair.keys().verify(f.hanako.id(), chair.keys().pinnedKeys().get(0).fingerprint(), "chair");
        chair.coi().add(ROUND, f.hanako.id(), "SEN", "advisor to the region", "chair");
        chair.grading().setGrade(new SheetKey(ROUND, f.taro.id(), "FUK"), "1.1", "A", "test"); // a partial sheet
        chair.weights().applyAhp(ROUND, chair.weights().ahp(ROUND,
                Ahp.parseMatrix("1,2,2,4,1; 1/2,1,1,2,1/2; 1/2,1,1,2,1/2; 1/4,1/2,1/2,1,1/4; 1,2,2,4,1")), "佐藤 委員長");
        chair.allocation().allocateAndSave(PanelService.Scope.cohortOf(ROUND), new AllocationRequest(POOL,
                AllocationRule.PROPORTIONAL, 0, Long.MAX_VALUE, AllocationRequest.DEFAULT_BASELINE_YEN,
                AllocationRequest.DEFAULT_TIER_STEP), "chair");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private void finalise() {
        chair.finalisation().finalise(ROUND, f.sato.id(), "test");
    }

    @Test
    void onlyAFinalRoundHasARecord() {
        Path out = dir.resolve("record.json");
        assertEquals("decision.notFinal", assertThrows(UserFacingException.class,
                () -> chair.decisions().write(ROUND, out, Language.EN)).key());
        assertFalse(Files.exists(out));
        finalise();
        assertEquals("report.format", assertThrows(UserFacingException.class,
                () -> chair.decisions().write(ROUND, dir.resolve("record.txt"), Language.EN)).key());
    }

    @Test
    void theSignedJsonHoldsTheDecisionsAndVerifiesWithTheChairsKey() throws Exception {
        finalise();
        Path out = chair.decisions().write(ROUND, dir.resolve("record.json"), Language.EN);
        JsonNode r = new ObjectMapper().readTree(out.toFile());
        assertEquals("clustereval-decision-record", r.path("format").asText());
        assertEquals(ROUND, r.path("round").path("id").asText());
        assertEquals("final", r.path("round").path("kind").asText());
        assertEquals(f.sato.id(), r.path("finalised").path("chair").path("id").asText());
        assertEquals("佐藤 委員長", r.path("finalised").path("chair").path("name").asText());

        JsonNode w = r.path("weights");
        assertEquals("ahp", w.path("how").asText());
        assertEquals("佐藤 委員長", w.path("setBy").asText());
        assertEquals("0.000000", w.path("ahp").path("consistencyRatio").asText());
        assertEquals("0.500000", w.path("ahp").path("matrix").get(1).get(0).asText());
        assertEquals("0.250000", w.path("ahp").path("matrix").get(3).get(0).asText());
        assertEquals("0.307692", w.path("axes").get(0).path("share").asText(), "4 / 13");

        JsonNode coi = r.path("conflictsOfInterest").get(0);
        assertEquals(List.of(f.hanako.id(), "SEN", "advisor to the region", "false"), List.of(coi.path("evaluator").path("id").asText(),
                coi.path("unit").asText(), coi.path("note").asText(), coi.path("included").asText()));
        assertEquals("SEN", r.path("sheets").path("excluded").get(0).path("unit").asText());
        JsonNode partial = r.path("sheets").path("partial").get(0);
        assertEquals(List.of("鈴木 太郎", "FUK", "1", "9"), List.of(partial.path("evaluator").path("name").asText(),
                partial.path("unit").asText(), partial.path("graded").asText(), partial.path("items").asText()));

        JsonNode resolved = r.path("conflicts").path("resolved").get(0);
        assertEquals(List.of("SAP", "stored", "confirmed by phone"), List.of(resolved.path("unit").asText(),
                resolved.path("resolution").asText(), resolved.path("reason").asText()));
        assertEquals(0, r.path("conflicts").path("open").asInt());
        assertEquals("verified", r.path("keyDecisions").path("keys").get(0).path("trust").asText());

        JsonNode sap = r.path("results").path("units").get(0);
        assertEquals("SAP", sap.path("code").asText(), "the only unit with a complete sheet counted");
        assertEquals(1, sap.path("rank").asInt());
        assertTrue(sap.path("sensitivity").path("verdict").asText().matches("robust|fragile"));
        assertEquals(5, sap.path("axes").size());
        assertEquals(1000, r.path("results").path("sensitivity").path("draws").asInt());

        JsonNode alloc = r.path("allocation");
        assertEquals(POOL, alloc.path("settings").path("poolYen").asLong());
        assertEquals("proportional", alloc.path("settings").path("rule").asText());
        assertEquals(POOL, alloc.path("sumYen").asLong());
        assertEquals("SAP", alloc.path("units").get(0).path("code").asText());

        assertEquals(List.of(), FileSchemasTest.errors(FileSchemasTest.schema("cedecision-v1.schema.json"), r),
                "resources/schema/cedecision-v1.schema.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) r.path("weights")).put("how", "guessed");
        assertFalse(FileSchemasTest.errors(FileSchemasTest.schema("cedecision-v1.schema.json"), r).isEmpty(), "the schema can fail");

        DecisionRecordVerifier.Verified v = chair.decisions().verify(out);
        assertEquals(f.sato.id(), v.signerId());
        assertEquals(jp.clustereval.scorefile.Ed25519.normalizeFingerprint(chair.keys().ownFingerprint(f.sato.id())),
                jp.clustereval.scorefile.Ed25519.normalizeFingerprint(v.keyFingerprint()));
        assertEquals(ROUND, v.roundId());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("\"signature\""));
    }

    @Test
    void oneChangedByteOfASignedMemberFailsTheVerification() throws Exception {
        finalise();
        Path out = chair.decisions().write(ROUND, dir.resolve("record.json"), Language.EN);
        byte[] good = Files.readAllBytes(out);
        String text = new String(good, StandardCharsets.UTF_8);
        List<Integer> positions = new ArrayList<>();
        positions.add(firstDigitAfter(text, "\"sumYen\""));                        // the allocation's first digit
        positions.add(text.indexOf("\"0.307692\"") + 3);                            // a weight
        positions.add(text.indexOf("confirmed by phone"));                          // a conflict's reason
        positions.add(text.indexOf("\"robust\"") >= 0 ? text.indexOf("\"robust\"") + 1 : text.indexOf("\"fragile\"") + 1);
        positions.add(text.indexOf("\"ahp\"", text.indexOf("\"how\"")) + 1);       // how the weights were set
        for (int charAt : positions) {
            assertTrue(charAt > 10, "found in the file: " + charAt);
            int at = text.substring(0, charAt).getBytes(StandardCharsets.UTF_8).length; // the file has Japanese names before
            byte[] bad = good.clone();
            bad[at] = (byte) (bad[at] == '1' ? '2' : bad[at] == 'a' ? 'b' : '1');
            Path tampered = Files.write(dir.resolve("tampered.json"), bad);
            UserFacingException e = assertThrows(UserFacingException.class, () -> chair.decisions().verify(tampered),
                    "byte " + at + " changed");
            assertEquals("decision.badSignature", e.key(), () -> "byte " + at + " in " + text.substring(charAt - 15, charAt + 15) + ": " + e.getMessage());
        }
        Files.write(dir.resolve("again.json"), good);
        assertEquals(f.sato.id(), chair.decisions().verify(dir.resolve("again.json")).signerId(), "the untouched bytes verify");
        Path other = Files.writeString(dir.resolve("other.json"), "{\"format\":\"clustereval-round-package\"}");
        assertEquals("decision.notRecord", assertThrows(UserFacingException.class, () -> chair.decisions().verify(other)).key());
    }

    private static int firstDigitAfter(String text, String member) {
        int i = text.indexOf(member) + member.length();
        while (i < text.length() && !Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    @Test
    void thePdfSaysTheSameInEnglishAndJapaneseWithTitleAndPageNumbers() throws Exception {
        finalise();
        Path en = chair.decisions().write(ROUND, dir.resolve("record-en.pdf"), Language.EN);
        try (PDDocument doc = Loader.loadPDF(en.toFile())) {
            assertEquals("Decision record: Final evaluation FY2006", doc.getDocumentInformation().getTitle());
            int pages = doc.getNumberOfPages();
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("by the chair 佐藤 委員長"), text);
            assertTrue(text.contains("by AHP (pairwise comparisons), consistency ratio CR 0.000"), text);
            assertTrue(text.contains("1/2") && text.contains("1/4"), "the AHP matrix as typed: " + text);
            assertTrue(text.contains("advisor to the region"), text);
            assertTrue(text.contains("partial: 1 of 9 items graded"), text);
            assertTrue(text.contains("confirmed by phone"), text);
            assertTrue(text.contains("¥1,000,000,000"), text);
            assertTrue(text.contains("Sapporo"), text);
            assertTrue(text.contains("1 / " + pages) && text.contains(pages + " / " + pages), text);
        }
        Path ja = chair.decisions().write(ROUND, dir.resolve("record-ja.pdf"), Language.JA);
        try (PDDocument doc = Loader.loadPDF(ja.toFile())) {
            assertEquals("決定記録: 終了評価 FY2006", doc.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("委員長 佐藤 委員長 が確定しました"), text);
            assertTrue(text.contains("利益相反"), text);
            assertTrue(text.contains("未完了: 9 項目中 1 項目を評価"), text);
            assertTrue(text.contains("札幌"), text);
            // the allocation in Japanese words and amounts, as the panel summary writes them
            assertTrue(text.contains("1,000,000,000 円") && !text.contains("¥"), text);
            assertTrue(text.contains("SAP 1 中位") && !text.contains("middle"), text);
            assertTrue(text.contains("1 / " + doc.getNumberOfPages()), text);
        }
    }

    /** What the meeting wrote, with a line break and an escape sequence (ESC [31m) in a consensus comment. */
    private static final String SAP_CONSENSUS = "Strong regional network.\nKeep the funding.";
    private static final String SEN_CONSENSUS = "Rebuild the plan \u001B[31mbefore the next round";
    private static final String SEN_NOTE = "Discussed for 40 minutes; member 3 abstained.";

    private void writeNotes() {
        chair.notes().set(ROUND, "SEN", SEN_NOTE, SEN_CONSENSUS, "chair");
        chair.notes().set(ROUND, "SAP", null, SAP_CONSENSUS, "chair");
        chair.notes().set(ROUND, "FUK", "a note cleared again", null, "chair");
        chair.notes().set(ROUND, "FUK", "", null, "chair"); // cleared again: nothing to record
    }

    @Test
    void theMeetingsConsensusCommentsAndNotesAreInTheSignedRecord() throws Exception {
        writeNotes();
        finalise();
        Path out = chair.decisions().write(ROUND, dir.resolve("record.json"), Language.EN);
        JsonNode r = new ObjectMapper().readTree(out.toFile());
        List<String> order = chair.clusters().ofRound(ROUND).stream().map(jp.clustereval.domain.Cluster::code)
                .filter(c -> c.equals("SAP") || c.equals("SEN")).toList();
        JsonNode units = r.path("units");
        assertEquals(2, units.size(), "FUK's cleared note is left out: " + units);
        for (int i = 0; i < 2; i++) {
            assertEquals(order.get(i), units.get(i).path("code").asText(), "the round's order");
        }
        JsonNode sap = units.get(order.indexOf("SAP"));
        JsonNode sen = units.get(order.indexOf("SEN"));
        assertEquals(List.of(SAP_CONSENSUS, ""), List.of(sap.path("consensus").asText(), sap.path("note").asText()));
        assertEquals(List.of(SEN_CONSENSUS, SEN_NOTE), List.of(sen.path("consensus").asText(), sen.path("note").asText()));

        assertEquals(List.of(), FileSchemasTest.errors(FileSchemasTest.schema("cedecision-v1.schema.json"), r),
                "resources/schema/cedecision-v1.schema.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) sap).put("speaker", "x");
        assertFalse(FileSchemasTest.errors(FileSchemasTest.schema("cedecision-v1.schema.json"), r).isEmpty(),
                "no other member in a unit");
        ((com.fasterxml.jackson.databind.node.ObjectNode) sap).remove("speaker");
        ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove("units");
        assertFalse(FileSchemasTest.errors(FileSchemasTest.schema("cedecision-v1.schema.json"), r).isEmpty(),
                "units is required");

        assertEquals(f.sato.id(), chair.decisions().verify(out).signerId());
        byte[] good = Files.readAllBytes(out);
        String text = new String(good, StandardCharsets.UTF_8);
        for (String signed : List.of("Keep the funding", "member 3 abstained")) {
            int at = text.substring(0, text.indexOf(signed)).getBytes(StandardCharsets.UTF_8).length;
            byte[] bad = good.clone();
            bad[at] = (byte) (bad[at] == 'K' ? 'k' : 'n');
            Path tampered = Files.write(dir.resolve("tampered.json"), bad);
            assertEquals("decision.badSignature", assertThrows(UserFacingException.class,
                    () -> chair.decisions().verify(tampered), signed).key(), signed);
        }
    }

    @Test
    void thePdfShowsEachUnitsConsensusAndNoteEscaped() throws Exception {
        writeNotes();
        finalise();
        Path en = chair.decisions().write(ROUND, dir.resolve("record-en.pdf"), Language.EN);
        try (PDDocument doc = Loader.loadPDF(en.toFile())) {
            String raw = new PDFTextStripper().getText(doc);
            String text = raw.replaceAll("\\s+", " ");
            assertTrue(text.contains("Consensus and discussion notes per unit"), text);
            assertTrue(text.contains("The panel's consensus: Strong regional network. Keep the funding."), text);
            assertTrue(text.contains("The chair's discussion note: Discussed for 40 minutes; member 3 abstained."), text);
            assertTrue(text.contains("Rebuild the plan \\u001B[31mbefore the next round"), "ESC escaped: " + text);
            assertFalse(raw.contains("\u001B"), "no raw ESC in the PDF's text");
            assertFalse(text.contains("cleared again"), "FUK's cleared note is not shown: " + text);
        }
        Path ja = chair.decisions().write(ROUND, dir.resolve("record-ja.pdf"), Language.JA);
        try (PDDocument doc = Loader.loadPDF(ja.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("ユニットごとの総合所見と議論メモ"), text);
            assertTrue(text.contains("評価委員会の総合所見: Strong regional network. Keep the funding."), text);
            assertTrue(text.contains("委員長の議論メモ: Discussed for 40 minutes"), text);
            assertTrue(text.contains("\\u001B[31m"), text);
        }
    }

    @Test
    void aRecordWithoutNotesSaysSo() throws Exception {
        finalise();
        Path json = chair.decisions().write(ROUND, dir.resolve("record.json"), Language.EN);
        JsonNode units = new ObjectMapper().readTree(json.toFile()).path("units");
        assertTrue(units.isArray() && units.isEmpty(), "an empty array: " + units);
        Path en = chair.decisions().write(ROUND, dir.resolve("record-en.pdf"), Language.EN);
        try (PDDocument doc = Loader.loadPDF(en.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("No consensus comment or discussion note was written for this round."), text);
        }
    }
}
