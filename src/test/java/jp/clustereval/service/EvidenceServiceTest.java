package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.persistence.RoundAuditDao;

/**
 * Evidence belongs to a round: the seeded round has the FY2002-2004 figures, a round made from it
 * has them for the units it shares, an import changes one round's period only, and every refused
 * file leaves everything stored as it was.
 */
class EvidenceServiceTest {

    private static final String MID = "mid-fy2004";
    private static final String FINAL = "fin-fy2006";

    @TempDir
    Path dir;

    private Services open() {
        return Services.open(dir.resolve("e.db"), false, dir.resolve("keys"));
    }

    /** A final round of SAP, KYO and FUK made from the mid-term round. */
    private static void makeFinal(Services s) throws Exception {
        RoundSetupService setup = s.roundSetup();
        Path units = Files.createTempFile("units", ".csv");
        List<String> seed = Files.readAllLines(Path.of("resources/seed/clusters.csv"));
        List<String> lines = new ArrayList<>(List.of(seed.get(0)));
        seed.stream().filter(l -> l.startsWith("SAP,") || l.startsWith("KYO,") || l.startsWith("FUK,")).forEach(lines::add);
        Files.write(units, lines);
        setup.create(new RoundSetupService.NewRound(FINAL, new LocalizedText("終了評価", "Final"), RoundKind.FINAL, MID, null,
                setup.readUnits(units), null), "test");
        Files.delete(units);
    }

    private Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theSeededRoundHasTheSharedFiguresAndARoundMadeFromItHasThoseOfItsUnits() throws Exception {
        try (Services s = open()) {
            Achievements osk = s.evidence().ofRound(MID, "OSK").get(0);
            assertEquals("FY2002-2004", osk.period());
            assertEquals(273930L, osk.metrics().get("revenue_thousand_yen"));
            assertEquals(EvidenceService.METRICS, List.copyOf(osk.metrics().keySet()), "every column, in report order");
            assertEquals(18, s.evidence().ofRound(MID).size());
            assertEquals("SAP", s.evidence().ofRound(MID).get(0).clusterCode(), "units in the round's order");

            makeFinal(s);
            assertEquals(List.of("SAP", "KYO", "FUK"), s.evidence().ofRound(FINAL).stream().map(Achievements::clusterCode).toList());
            assertEquals(s.evidence().ofRound(MID, "KYO"), s.evidence().ofRound(FINAL, "KYO"));
            assertEquals(List.of(), s.evidence().ofRound(FINAL, "OSK"), "not a unit of the final round");
            assertTrue(audit(s, FINAL).get(0).detail().endsWith(", 39 evidence values"), audit(s, FINAL).get(0).detail());
        }
    }

    @Test
    void anImportSetsOneRoundsPeriodAndLeavesTheOtherRoundAndPeriodsAlone() throws Exception {
        try (Services s = open()) {
            makeFinal(s);
            List<Achievements> midBefore = s.evidence().ofRound(MID);
            Path file = csv("fy2006.csv", "\uFEFFcode,papers_domestic,patents_domestic_filed\r\nKYO,120,150\r\nSAP,\"45\",60\r\n");
            EvidenceService.Imported done = s.evidence().importCsv(FINAL, file, "FY2002-2006", "chair");
            assertEquals(new EvidenceService.Imported(FINAL, "FY2002-2006", 2, 4, sha256(Files.readAllBytes(file))), done);

            List<Achievements> kyo = s.evidence().ofRound(FINAL, "KYO");
            assertEquals(List.of("FY2002-2004", "FY2002-2006"), kyo.stream().map(Achievements::period).toList());
            assertEquals(Map.of("papers_domestic", 120L, "patents_domestic_filed", 150L), kyo.get(1).metrics());
            assertEquals(List.of("papers_domestic", "patents_domestic_filed"), List.copyOf(kyo.get(1).metrics().keySet()));
            assertEquals(1, s.evidence().ofRound(FINAL, "FUK").size(), "FUK is not in the file: only its older period");
            assertEquals(midBefore, s.evidence().ofRound(MID), "the mid-term round's figures are untouched");

            RoundAuditDao.Entry last = audit(s, FINAL).get(audit(s, FINAL).size() - 1);
            assertEquals("evidence-import", last.action());
            assertEquals("chair", last.actor());
            assertEquals("{\"file\":\"fy2006.csv\",\"period\":\"FY2002-2006\",\"sha256\":\"" + done.sha256()
                    + "\",\"units\":2,\"values\":4}", last.detail());

            // the same period again: replaced whole (KYO only now), the earlier period stays
            s.evidence().importCsv(FINAL, csv("again.csv", "code,awards\nKYO,3\n"), "FY2002-2006", "chair");
            assertEquals(List.of(), s.evidence().ofRound(FINAL, "SAP").stream().filter(a -> a.period().equals("FY2002-2006")).toList());
            assertEquals(Map.of("awards", 3L), s.evidence().ofRound(FINAL, "KYO").get(1).metrics());
            assertEquals(3, s.evidence().ofRound(FINAL).stream().filter(a -> a.period().equals("FY2002-2004")).count());
        }
    }

    @Test
    void withoutAPeriodTheRoundsOnlyPeriodIsMeantAndOtherwiseOneMustBeNamed() throws Exception {
        try (Services s = open()) {
            s.evidence().importCsv(MID, csv("a.csv", "code,awards\nOSK,10\n"), null, "chair");
            assertEquals(List.of("FY2002-2004"), s.evidence().periods(MID));
            assertEquals(Map.of("awards", 10L), s.evidence().ofRound(MID, "OSK").get(0).metrics());
            assertEquals(1, s.evidence().ofRound(MID).size(), "the period replaced whole: OSK's line only");

            s.evidence().importCsv(MID, csv("b.csv", "code,awards\nOSK,11\n"), "FY2005", "chair");
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> s.evidence().importCsv(MID, dir.resolve("a.csv"), null, "chair"));
            assertEquals("evidence.periodAmbiguous", e.key());
            assertTrue(e.getMessage().contains("FY2002-2004, FY2005"), e.getMessage());

            makeFinalWithoutEvidence(s);
            assertEquals("evidence.periodNeeded", assertThrows(UserFacingException.class,
                    () -> s.evidence().importCsv("other", dir.resolve("a.csv"), null, "chair")).key());
            assertEquals("evidence.badPeriod", assertThrows(UserFacingException.class,
                    () -> s.evidence().importCsv(MID, dir.resolve("a.csv"), "FY\u001b[2J", "chair")).key());
            assertEquals("evidence.badPeriod", assertThrows(UserFacingException.class,
                    () -> s.evidence().importCsv(MID, dir.resolve("a.csv"), "x".repeat(41), "chair")).key());
        }
    }

    private static void makeFinalWithoutEvidence(Services s) throws Exception {
        Path def = Files.createTempFile("def", ".json");
        Files.write(def, s.roundSetup().definitionFile(MID));
        s.roundSetup().create(new RoundSetupService.NewRound("other", new LocalizedText("他", "Other"), RoundKind.OTHER, null,
                s.roundSetup().readDefinition(def), null, null), "test");
        Files.delete(def);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown column|code,papers_domestic,budget\\nSAP,1,2\\n|evidence.csvUnknownColumn|'budget'",
        "code not first|papers_domestic,code\\n1,SAP\\n|evidence.csvFirstColumn|'papers_domestic'",
        "only the code|code\\nSAP\\n|evidence.csvNoMetric|papers_domestic",
        "no unit|code,awards\\n|evidence.csvEmpty|no unit",
        "unit not in the round|code,awards\\nSAP,1\\nOSK,2\\n|evidence.notUnit|'OSK'",
        "negative|code,awards\\nSAP,1\\nKYO,-3\\n|evidence.csvNegative|Line 3",
        "not a number|code,awards\\nSAP,1\\nKYO,3.5\\n|evidence.csvNotCount|'3.5'",
        "thousands separator|code,awards\\nSAP,\"1,200\"\\n|evidence.csvNotCount|'1,200'",
        "blank cell|code,awards\\nSAP,\\n|evidence.csvNotCount|Line 2",
        "too many digits|code,awards\\nSAP,1234567890123456\\n|evidence.csvNotCount|Line 2",
        "code twice|code,awards\\nSAP,1\\nKYO,2\\nSAP,3\\n|evidence.csvCodeTwice|line 2 and again on line 4",
        "missing cell|code,awards,press_tv\\nSAP,1\\n|evidence.csvCells|Line 2",
        "column twice|code,awards,awards\\nSAP,1,2\\n|csv.malformed|",
        "unclosed quote|code,awards\\nSAP,\"1\\n|csv.malformed|",
    })
    void aRefusedFileStoresNothing(String what, String text, String key, String inMessage) throws Exception {
        try (Services s = open()) {
            makeFinal(s);
            String before = stored(s);
            Path file = csv("bad.csv", text.replace("\\n", "\n"));
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> s.evidence().importCsv(FINAL, file, "FY2002-2006", "chair"));
            assertEquals(key, e.key(), what + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(inMessage == null ? "" : inMessage), e.getMessage());
            assertEquals(before, stored(s), what + ": nothing stored, no audit row");
        }
    }

    @Test
    void aFileThatIsNotUtf8OrTooLargeStoresNothing() throws Exception {
        try (Services s = open()) {
            String before = stored(s);
            Path latin1 = dir.resolve("latin1.csv");
            Files.write(latin1, "code,awards\nSAP,1\n\u00e9".getBytes(StandardCharsets.ISO_8859_1));
            assertEquals("evidence.csvNotUtf8", assertThrows(UserFacingException.class,
                    () -> s.evidence().importCsv(MID, latin1, "FY2002-2006", "chair")).key());

            Path large = dir.resolve("large.csv");
            Files.writeString(large, "code,awards\nSAP,1\n");
            try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
                f.setLength(EvidenceService.MAX_CSV_BYTES + 1L); // sparse: refused on its size, before it is read
            }
            assertEquals("file.tooLarge", assertThrows(UserFacingException.class,
                    () -> s.evidence().importCsv(MID, large, "FY2002-2006", "chair")).key());
            assertEquals("file.notRegular", assertThrows(UserFacingException.class,
                    () -> s.evidence().importCsv(MID, dir, "FY2002-2006", "chair")).key());
            assertEquals(before, stored(s));
        }
    }

    @Test
    void evidenceChangesAfterGradingStarted() throws Exception {
        try (Services s = open()) {
            var hanako = s.evaluators().createLocal("花子", "");
            s.grading().setGrade(new SheetKey(MID, hanako.id(), "SAP"), "1.1", "A", "gui");
            s.evidence().importCsv(MID, csv("a.csv", "code,awards\nSAP,99\n"), "FY2005", "chair");
            assertEquals(Map.of("awards", 99L), s.evidence().ofRound(MID, "SAP").get(1).metrics());
        }
    }

    @Test
    void replacingTheRoundsListIsCheckedLikeAnImport() throws Exception {
        try (Services s = open()) {
            makeFinal(s);
            List<Achievements> mid = s.evidence().ofRound(MID);
            List<Achievements> wanted = List.of(new Achievements("KYO", "FY2002-2006", Map.of("awards", 4L)),
                    new Achievements("SAP", "FY2002-2006", Map.of("press_tv", 0L)));
            s.evidence().replace(FINAL, wanted, "chair", "round package x.ceround");
            assertEquals(List.of(wanted.get(1), wanted.get(0)), s.evidence().ofRound(FINAL), "every figure replaced, in unit order");
            assertEquals("evidence-replace", audit(s, FINAL).get(audit(s, FINAL).size() - 1).action());

            String before = stored(s);
            for (List<Achievements> bad : List.of(
                    List.of(new Achievements("OSK", "P", Map.of("awards", 1L))),
                    List.of(new Achievements("SAP", "P", Map.of("awards", -1L))),
                    List.of(new Achievements("SAP", "P", Map.of("budget", 1L))),
                    List.of(new Achievements("SAP", "P\n", Map.of("awards", 1L))),
                    List.of(new Achievements("SAP", "P", Map.of("awards", 1L)), new Achievements("SAP", "P", Map.of("awards", 2L))))) {
                assertThrows(UserFacingException.class, () -> s.evidence().replace(FINAL, bad, "chair", "test"));
                assertEquals(before, stored(s), bad.toString());
            }
            assertEquals(mid, s.evidence().ofRound(MID));
        }
    }

    @Test
    void aRedefinitionKeepsTheFiguresOfTheUnitsThatStay() throws Exception {
        try (Services s = open()) {
            makeFinal(s);
            Path units = dir.resolve("two.csv");
            List<String> seed = Files.readAllLines(Path.of("resources/seed/clusters.csv"));
            Files.write(units, List.of(seed.get(0), seed.stream().filter(l -> l.startsWith("KYO,")).findFirst().orElseThrow()));
            s.roundSetup().redefine(new RoundSetupService.Redefinition(FINAL, MID, null, s.roundSetup().readUnits(units), null),
                    "test");
            assertEquals(List.of("KYO"), s.evidence().ofRound(FINAL).stream().map(Achievements::clusterCode).toList());
            assertEquals(s.evidence().ofRound(MID, "KYO"), s.evidence().ofRound(FINAL, "KYO"));
        }
    }

    /** Every stored figure and round_audit row, as text. */
    static String stored(Services s) {
        return s.database().query(c -> {
            StringBuilder out = new StringBuilder();
            for (String sql : List.of("SELECT * FROM round_evidence ORDER BY round_id, cluster_code, period, metric",
                    "SELECT * FROM round_audit ORDER BY id", "SELECT count(*) FROM cluster")) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            out.append(rs.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        });
    }

    private static List<RoundAuditDao.Entry> audit(Services s, String round) {
        return s.database().query(c -> new RoundAuditDao(c).ofRound(round));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
