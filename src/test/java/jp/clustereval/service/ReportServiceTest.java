package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.domain.panel.PanelResults;

/** The reports over a real database: PDFs whose text holds the Japanese names, a workbook holding the results. */
class ReportServiceTest {

    private static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");

    @TempDir
    Path dir;

    private Services services;
    private Round round;

    @BeforeEach
    void fill() {
        services = Services.open(dir.resolve("r.db"), false, dir.resolve("keys"));
        round = services.rounds().current();
        Random random = new Random(5);
        for (int e = 0; e < 3; e++) {
            Evaluator ev = services.evaluators().add("評価者" + e, "");
            for (Cluster c : services.clusters().all()) {
                SheetKey key = new SheetKey(round.id(), ev.id(), c.code());
                for (String item : ITEMS) {
                    services.grading().setGrade(key, item, String.valueOf("SABC".charAt(random.nextInt(4))), "test");
                }
            }
        }
        Evaluator first = services.evaluators().all().get(0);
        SheetKey nag = new SheetKey(round.id(), first.id(), "NAG");
        services.grading().setItemText(nag, "1.1", ItemTextField.COMMENT, "研究テーマの絞り込みが必要", "test");
        services.grading().setItemText(nag, "4", ItemTextField.INDICATION, "知的財産の帰属を整理すること", "test");
        services.comments().tag(round.id(), first.id(), "NAG", "4", "indication", "ip", "chair");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void clusterReportEmbedsTheFontAndItsTextHoldsTheJapaneseNames() throws Exception {
        Path pdf = services.reports().clusterReport(round.id(), "NAG", dir.resolve("nag.pdf"),
                ReportService.Options.defaults(Language.JA));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("長野・上田スマートデバイスクラスター"), text);
            assertTrue(text.contains("B 自立性"), "radicals mapped back to ideographs: " + text);
            assertTrue(text.contains("研究テーマの絞り込みが必要"), text);
            assertTrue(text.contains("知的財産の帰属を整理すること"), text);
            assertTrue(text.contains("評価者 1"), "authors hidden by default: " + text);
            assertFalse(text.contains("評価者0"), text);
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the font is embedded");
            assertTrue(font.getName().contains("IPAexGothic"), font.getName());
        }
        Path en = services.reports().clusterReport(round.id(), "NAG", dir.resolve("nag-en.pdf"),
                new ReportService.Options(Language.EN, CohortSpec.ROUND, false, true, 10, 1));
        try (PDDocument doc = Loader.loadPDF(en.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Nagano/Ueda Smart Device Cluster"), text);
            assertTrue(text.contains("長野・上田スマートデバイスクラスター"), "the Japanese name stays beside the English one");
            assertTrue(text.contains("評価者0"), "names shown on request");
        }
    }

    /** A unit's report shows the figures of the report's round: another round's are not in it. */
    @Test
    void clusterReportShowsTheFiguresOfItsRound() throws Exception {
        services.roundSetup().create(new RoundSetupService.NewRound("fin", new jp.clustereval.domain.LocalizedText("終了評価",
                "Final"), jp.clustereval.domain.RoundKind.FINAL, round.id(), null, null, null), "test");
        Path csv = dir.resolve("fin.csv");
        java.nio.file.Files.writeString(csv, "code,papers_domestic\nNAG,4242\n");
        services.evidence().importCsv("fin", csv, "FY2002-2006", "test");
        Evaluator ev = services.evaluators().all().get(0);
        for (String item : ITEMS) {
            services.grading().setGrade(new SheetKey("fin", ev.id(), "NAG"), item, "A", "test");
        }
        Path fin = services.reports().clusterReport("fin", "NAG", dir.resolve("fin.pdf"), ReportService.Options.defaults(Language.EN));
        try (PDDocument doc = Loader.loadPDF(fin.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Papers (domestic) 41 4,242"), "both periods of the final round: " + text);
            assertTrue(text.contains("FY2002-2004 FY2002-2006"), text);
        }
        Path mid = services.reports().clusterReport(round.id(), "NAG", dir.resolve("mid.pdf"), ReportService.Options.defaults(Language.EN));
        try (PDDocument doc = Loader.loadPDF(mid.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Papers (domestic) 41"), text);
            assertFalse(text.contains("4,242") || text.contains("FY2002-2006"), "the final round's figures are not the mid-term's: " + text);
        }
    }

    @Test
    void theFeedbackTitleNamesTheRoundsKindInBothLanguages() throws Exception {
        services.roundSetup().create(new RoundSetupService.NewRound("final-fy2006",
                new jp.clustereval.domain.LocalizedText("終了評価 FY2006", "Final evaluation FY2006"),
                jp.clustereval.domain.RoundKind.FINAL, round.id(), null, null, null), "test");
        Round fin = services.rounds().require("final-fy2006");
        for (Evaluator ev : services.evaluators().all()) {
            for (String item : ITEMS) {
                services.grading().setGrade(new SheetKey(fin.id(), ev.id(), "NAG"), item, "A", "test");
            }
        }
        String ja = pdfText(services.reports().clusterReport(fin.id(), "NAG", dir.resolve("f-ja.pdf"),
                ReportService.Options.defaults(Language.JA)));
        assertTrue(ja.startsWith("終了評価結果: 長野・上田スマートデバイスクラスター"), ja);
        assertFalse(ja.contains("中間評価結果"), ja);
        String en = pdfText(services.reports().clusterReport(fin.id(), "NAG", dir.resolve("f-en.pdf"),
                ReportService.Options.defaults(Language.EN)));
        assertTrue(en.startsWith("Final evaluation: results for Nagano/Ueda Smart Device Cluster"), en);
        // the mid-term round is named only as the round NAG's change is measured from (issue 14 §5), never as the title
        assertFalse(en.replace("Mid-term evaluation FY2004", "").contains("Mid-term"), en);
        assertTrue(en.contains("Change since Mid-term evaluation FY2004"), en);
        String mid = pdfText(services.reports().clusterReport(round.id(), "NAG", dir.resolve("m-en.pdf"),
                ReportService.Options.defaults(Language.EN)));
        assertTrue(mid.startsWith("Mid-term evaluation: results for Nagano/Ueda Smart Device Cluster"), mid);
    }

    /**
     * The sensitivity's intro ran into its table: the header's grey band began right under the last
     * line's descenders. The header's baseline now lies further below that line than the intro's own
     * lines lie apart (9 pt text, 1.45 line pitch: 13.05 pt), room for the band's top edge.
     */
    @Test
    void theSensitivityIntroStandsClearOfItsTableHeader() throws Exception {
        Path pdf = services.reports().panelReport(round.id(), dir.resolve("gap.pdf"),
                new ReportService.Options(Language.JA, CohortSpec.ROUND, false, false, 10, 1));
        List<float[]> baselines = new java.util.ArrayList<>();
        List<String> lines = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    lines.add(text);
                    baselines.add(new float[] {getCurrentPageNo(), positions.get(0).getYDirAdj()});
                }
            };
            stripper.getText(doc);
        }
        int header = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).equals("クラスター") && lines.get(i - 1).endsWith("変わる。")) {
                header = i;
            }
        }
        assertTrue(header > 0, "the sensitivity table's first header cell right after the intro: " + lines);
        assertTrue(lines.get(header - 1).endsWith("変わる。"), "the intro's last line right above it: " + lines.get(header - 1));
        assertEquals(baselines.get(header - 1)[0], baselines.get(header)[0], "one page");
        float gap = baselines.get(header)[1] - baselines.get(header - 1)[1];
        assertTrue(gap >= 14f, "intro to header baseline " + gap + " pt");
    }

    @Test
    void everyPageCarriesTheDateAndItsNumber() throws Exception {
        String today = java.time.LocalDate.now().toString();
        Path pdf = services.reports().panelReport(round.id(), dir.resolve("pages.pdf"),
                new ReportService.Options(Language.JA, CohortSpec.ROUND, false, false, 10, 1));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int total = doc.getNumberOfPages();
            assertTrue(total >= 3, "pages: " + total);
            for (int page = 1; page <= total; page++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(page);
                one.setEndPage(page);
                String text = one.getText(doc);
                assertTrue(text.contains(today + " 作成    " + page + " / " + total + " ページ"), "page " + page + ": " + text);
            }
        }
        String en = pdfText(services.reports().clusterReport(round.id(), "NAG", dir.resolve("page-en.pdf"),
                ReportService.Options.defaults(Language.EN)));
        assertTrue(en.contains(today + " page 1 of 2") && en.contains(today + " page 2 of 2"), en);
    }

    @Test
    void thePanelSummarySaysHowTheWeightsWereSetAndTheirConsistencyRatio() throws Exception {
        ReportService.Options en = new ReportService.Options(Language.EN, CohortSpec.ROUND, false, false, 10, 1);
        String before = pdfText(services.reports().panelReport(round.id(), dir.resolve("w0.pdf"), en));
        assertTrue(before.contains("Weights used The round's own weights (never changed)."), before);
        var ahp = services.weights().ahp(round.id(),
                jp.clustereval.domain.weights.Ahp.parseMatrix("1,3,2,4,1; 1/3,1,1,2,1/2; 1/2,1,1,2,1/2; 1/4,1/2,1/2,1,1/4; 1,2,2,4,1"));
        services.weights().applyAhp(round.id(), ahp, "議長 花子");
        String today = java.time.LocalDate.now().toString();
        String cr = jp.clustereval.common.Decimals.format(java.util.Locale.ROOT, "%.3f", ahp.consistencyRatio());
        assertTrue(ahp.consistencyRatio() > 0, "an inconsistent matrix: a CR to show");
        String after = pdfText(services.reports().panelReport(round.id(), dir.resolve("w1.pdf"), en));
        assertTrue(after.contains("Set by 議長 花子 on " + today + " by AHP (pairwise comparisons), consistency ratio CR " + cr + "."),
                after);
        String ja = pdfText(services.reports().panelReport(round.id(), dir.resolve("w1-ja.pdf"),
                new ReportService.Options(Language.JA, CohortSpec.ROUND, false, false, 10, 1)));
        assertTrue(ja.contains(today + " に 議長 花子 が AHP（一対比較）で設定。整合比 CR " + cr + "。"), ja);
    }

    @Test
    void thePanelSummaryFilesTheCalibrationTheConflictsOfInterestAndTheAllocation() throws Exception {
        ReportService.Options en = new ReportService.Options(Language.EN, CohortSpec.ROUND, false, false, 10, 1);
        String before = pdfText(services.reports().panelReport(round.id(), dir.resolve("x0.pdf"), en));
        assertTrue(before.contains("Conflicts of interest No conflict of interest was declared in this round."), before);
        assertTrue(before.contains("Subsidy allocation No allocation has been made for this round."), before);
        // the calibration: each cluster's raw and calibrated totals and ranks, as the panel computes them
        assertTrue(before.contains("This report's figures use raw grades (S=4, A=3, B=2, C=1); the table shows both."), before);
        for (PanelService.CalibrationRow r : services.panel().calibrationComparison(
                new PanelService.Scope(round.id(), CohortSpec.ROUND, true, false))) {
            String name = services.clusters().ofRound(round.id()).stream().filter(c -> c.code().equals(r.clusterCode()))
                    .findFirst().orElseThrow().name().in(Language.EN);
            String row = r.clusterCode() + " " + name + " " + dec(r.rawTotal()) + " " + rank(r.rawRank()) + " "
                    + dec(r.calibratedTotal()) + " " + rank(r.calibratedRank());
            assertTrue(before.contains(row), row + " in " + before);
        }

        List<Evaluator> people = services.evaluators().all();
        services.coi().add(round.id(), people.get(1).id(), "NAG", "兼業先", "議長 花子");
        services.coi().add(round.id(), people.get(2).id(), "SAP", "共同研究", "議長 花子");
        services.coi().setIncluded(round.id(), people.get(2).id(), "SAP", true, "共同研究は終了済み", "議長 花子");
        var tiers = new jp.clustereval.domain.allocation.AllocationRequest(6_000_000_000L,
                jp.clustereval.domain.allocation.AllocationRule.TIERS, 0, Long.MAX_VALUE, 500_000_000L, 0.2);
        var allocation = services.allocation().allocateAndSave(new PanelService.Scope(round.id(), CohortSpec.ROUND, true, false),
                tiers, "議長 花子");
        String today = java.time.LocalDate.now().toString();
        String after = pdfText(services.reports().panelReport(round.id(), dir.resolve("x1.pdf"), en));
        assertTrue(after.contains("NAG Nagano/Ueda Smart Device Cluster (name hidden) Grades left out of every average"), after);
        assertTrue(after.contains("(name hidden) Grades counted: 共同研究は終了済み"), after);
        assertFalse(after.contains(people.get(1).name()), "names hidden: " + after);
        assertTrue(after.contains("Pool ¥6,000,000,000; rule: tiers by rank; floor ¥0; cap none; baseline ¥500,000,000; tier step 20 %;"
                + " cohort: the round's comparison cohort; settings kept by 議長 花子 on " + today + "."), after);
        var first = allocation.clusters().get(0);
        assertTrue(after.contains("1 " + first.clusterCode()), after);
        assertTrue(after.contains(String.format(java.util.Locale.ROOT, "¥%,d", first.allocationYen())), after);
        assertTrue(after.contains("The allocations add up to ¥6,000,000,000, the pool."), after);

        String named = pdfText(services.reports().panelReport(round.id(), dir.resolve("x2.pdf"),
                new ReportService.Options(Language.JA, CohortSpec.ROUND, false, true, 10, 1)));
        assertTrue(named.contains("補助金の配分 配分総額 6,000,000,000 円、方式: 順位による段階"), named);
        assertTrue(named.contains(people.get(1).name() + " 評価をすべての平均から除外"), named);
        assertTrue(named.contains("利益相反"), named);
    }

    @Test
    void everyPdfCarriesItsTitleAndLanguageForViewersAndArchives() throws Exception {
        try (PDDocument doc = Loader.loadPDF(services.reports().panelReport(round.id(), dir.resolve("t.pdf"),
                new ReportService.Options(Language.EN, CohortSpec.ROUND, false, false, 10, 1)).toFile())) {
            assertEquals("Panel summary: " + round.name().in(Language.EN), doc.getDocumentInformation().getTitle());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertTrue(doc.getDocumentInformation().getCreator().startsWith("ClusterEval "));
        }
        try (PDDocument doc = Loader.loadPDF(services.reports().clusterReport(round.id(), "NAG", dir.resolve("t-ja.pdf"),
                ReportService.Options.defaults(Language.JA)).toFile())) {
            String title = doc.getDocumentInformation().getTitle();
            assertEquals("中間評価結果: 長野・上田スマートデバイスクラスター", title); // the heading of page 1
            assertEquals("ja-JP", doc.getDocumentCatalog().getLanguage());
        }
    }

    private static String dec(double v) {
        return jp.clustereval.report.ReportText.decimal(v);
    }

    private static String rank(int r) {
        return r == 0 ? "-" : String.valueOf(r);
    }

    /**
     * The panel's consensus comment from the meeting (notes set) is in the unit's feedback report,
     * under its heading and before the evaluators' comments, line breaks kept and control characters
     * shown escaped; a unit without one has no such section, and another unit's is not in it.
     */
    @Test
    void theFeedbackReportCarriesTheUnitsConsensusComment() throws Exception {
        services.notes().set(round.id(), "NAG", "内部の議論メモ", "産学連携の体制は評価できる。\n今後は販路開拓に注力\u001b[31mされたい。",
                "test");
        services.notes().set(round.id(), "SAP", null, "SAPだけの所見", "test");
        String ja = pdfText(services.reports().clusterReport(round.id(), "NAG", dir.resolve("c-ja.pdf"),
                ReportService.Options.defaults(Language.JA)));
        assertTrue(ja.contains("評価委員会の総合所見 産学連携の体制は評価できる。 今後は販路開拓に注力\\u001B[31mされたい。"), ja);
        assertTrue(ja.indexOf("評価委員会の総合所見") < ja.indexOf("コメント及び指摘事項"), "before the evaluators' comments");
        assertFalse(ja.contains("内部の議論メモ"), "the discussion note is for the decision record, not the region");
        assertFalse(ja.contains("SAPだけの所見"), ja);
        assertFalse(ja.contains("\u001b"), "no raw escape in the PDF");
        String en = pdfText(services.reports().clusterReport(round.id(), "NAG", dir.resolve("c-en.pdf"),
                ReportService.Options.defaults(Language.EN)));
        assertTrue(en.contains("The panel's consensus 産学連携の体制は評価できる。"), en);
        String none = pdfText(services.reports().clusterReport(round.id(), "KYO", dir.resolve("c-kyo.pdf"),
                ReportService.Options.defaults(Language.JA)));
        assertFalse(none.contains("評価委員会の総合所見"), "no consensus, no section: " + none);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").strip();
        }
    }

    /** How long it takes is the bench's case "report" (docs/performance.md), not a limit here. */
    @Test
    void panelReportOfEighteenRadarsListsEveryCluster() throws Exception {
        ReportService.Options all = new ReportService.Options(Language.JA, CohortSpec.parse("all"), false, false, 1000, 1);
        Path pdf = services.reports().panelReport(round.id(), dir.resolve("panel.pdf"), all);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // a long name may wrap inside its table cell: compare without line breaks
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (Cluster c : services.clusters().all()) {
                assertTrue(text.contains(c.name().ja()), c.name().ja() + " missing");
            }
            assertTrue(text.contains("知的財産戦略（大学と地域）"), "the tagged common issue: " + text);
            assertTrue(text.contains("使用した重み"));
            assertTrue(text.contains("順位コードクラスター名総合点最低最高標準偏差評価者数"), "Japanese headers of the ranking table: " + text);
            assertTrue(text.contains("判定"), text);
        }
    }

    @Test
    void workbookHoldsTheResultsNumbers() throws Exception {
        Path xlsx = services.reports().panelReport(round.id(), dir.resolve("panel.xlsx"),
                ReportService.Options.defaults(Language.EN));
        PanelResults results = services.panel().results(PanelService.Scope.cohortOf(round.id()));
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            Sheet sheet = wb.getSheet("results");
            assertEquals("total", sheet.getRow(0).getCell(8).getStringCellValue());
            assertEquals(12 + 2, sheet.getPhysicalNumberOfRows(), "header, 12 clusters, cohort");
            for (int i = 0; i < results.clusters().size(); i++) {
                ClusterFigures f = results.clusters().get(i);
                Row row = sheet.getRow(i + 1);
                assertEquals(f.clusterCode(), row.getCell(0).getStringCellValue());
                // the exact value the figure stands for (9 places), so that spreadsheets round it as the CLI does
                assertEquals(jp.clustereval.common.Decimals.stored(f.total()), row.getCell(8).getNumericCellValue(), 0);
                assertEquals(f.total(), row.getCell(8).getNumericCellValue(), 1e-9);
                assertEquals(f.rank(), (int) row.getCell(9).getNumericCellValue());
                assertEquals(jp.clustereval.common.Decimals.stored(f.axes().get("A").value()), row.getCell(3).getNumericCellValue(), 0);
                assertEquals("raw", row.getCell(13).getStringCellValue());
            }
            assertTrue(wb.getSheet("weights") != null && wb.getSheet("sensitivity") != null && wb.getSheet("comments") != null);
        }
        assertThrows(UserFacingException.class, () -> services.reports().panelReport(round.id(), dir.resolve("p.docx"),
                ReportService.Options.defaults(Language.JA)));
        assertFalse(Files.exists(dir.resolve("p.docx")));
        assertFalse(new File(dir.toFile(), "p.docx.part").exists());
    }

    /**
     * What the workbook holds besides the numbers: its sheets in order, Japanese names, numbers shown
     * with two decimals, and an evaluator's comment exactly as typed, whatever characters it holds
     * (control characters, a carriage return, a literal OOXML escape, markup, a surrogate pair).
     */
    @Test
    void workbookKeepsTheSheetsTheJapaneseNamesTheFormatsAndEveryCharacterOfAComment() throws Exception {
        Evaluator first = services.evaluators().all().get(0);
        String hostile = "要確認\u0001\u001B[31m\r\n_x0041_ <b>&amp; 😀 end\u0007";
        services.grading().setItemText(new SheetKey(round.id(), first.id(), "NAG"), "1.1", ItemTextField.COMMENT,
                hostile, "test");
        Path xlsx = services.reports().panelReport(round.id(), dir.resolve("panel-ja.xlsx"),
                new ReportService.Options(Language.JA, CohortSpec.parse("all"), false, false, 10, 1));
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            // a Japanese report has Japanese sheet names and headers (issue 14: they were English)
            assertEquals(List.of("評価結果", "重み", "順位の安定性", "コメント", "注記"),
                    java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList());
            Sheet results = wb.getSheet("評価結果");
            assertEquals(List.of("コード", "名称", "評価者数"), List.of(results.getRow(0).getCell(0).getStringCellValue(),
                    results.getRow(0).getCell(1).getStringCellValue(), results.getRow(0).getCell(2).getStringCellValue()));
            assertEquals(List.of("総合点", "順位", "最低", "最高", "標準偏差"), java.util.stream.IntStream.rangeClosed(8, 12)
                    .mapToObj(c -> results.getRow(0).getCell(c).getStringCellValue()).toList());
            // the name column fits the longest name: two character widths per full-width character (POI counts 1/256ths)
            int longest = services.clusters().all().stream().mapToInt(c -> c.name().ja().length()).max().orElseThrow();
            assertTrue(results.getColumnWidth(1) >= longest * 2 * 256, results.getColumnWidth(1) + " for " + longest + " characters");
            Sheet sensitivity = wb.getSheet("順位の安定性");
            Row header = sensitivity.getRow(0);
            int seedColumn = header.getLastCellNum() - 1;
            assertEquals("シード", header.getCell(seedColumn).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sensitivity.getRow(1).getCell(seedColumn).getCellType(), "the seed is a number");
            assertEquals(1.0, sensitivity.getRow(1).getCell(seedColumn).getNumericCellValue());
            String verdict = sensitivity.getRow(1).getCell(seedColumn - 2).getStringCellValue();
            assertTrue(verdict.equals("安定") || verdict.equals("不安定"), verdict);
            Row nag = null;
            for (Row row : results) {
                if ("NAG".equals(row.getCell(0).getStringCellValue())) {
                    nag = row;
                }
            }
            assertEquals(services.clusters().require("NAG").name().ja(), nag.getCell(1).getStringCellValue());
            assertEquals("0.00", nag.getCell(8).getCellStyle().getDataFormatString(), "total shown with two decimals");
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, nag.getCell(2).getCellType(), "evaluators");
            assertEquals(round.axes().get(0).name().ja(), wb.getSheet("重み").getRow(1).getCell(2).getStringCellValue(),
                    "axis names in the report's language");
            Sheet comments = wb.getSheet("コメント");
            assertEquals("共通の課題", comments.getRow(0).getCell(4).getStringCellValue());
            List<String> texts = new java.util.ArrayList<>();
            java.util.Map<String, String> tags = new java.util.HashMap<>();
            comments.forEach(row -> {
                texts.add(row.getCell(5).getStringCellValue());
                tags.put(row.getCell(5).getStringCellValue(), row.getCell(4) == null ? "" : row.getCell(4).getStringCellValue());
            });
            assertTrue(texts.contains(hostile), "the comment exactly as typed: " + texts);
            assertEquals("知的財産戦略（大学と地域）", tags.get("知的財産の帰属を整理すること"), "the comment's tag: " + tags);
            assertEquals("", tags.get(hostile), "an untagged comment: " + tags);
        }
    }
}
