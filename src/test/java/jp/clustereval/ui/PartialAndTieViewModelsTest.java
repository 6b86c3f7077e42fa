package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.allocation.AllocationRule;
import jp.clustereval.domain.weights.TestWeights;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.results.PanelResultsViewModel;
import jp.clustereval.ui.results.ResultRow;

/**
 * The results window's switch "Include unfinished sheets" and its notes, without the toolkit, over
 * {@link PanelFixture} (SAP and SEN graded completely by two evaluators).
 */
class PartialAndTieViewModelsTest {

    @TempDir
    Path dir;
    private VmFixture f;
    private PanelResultsViewModel vm;
    private Round round;

    @BeforeEach
    void setUp() {
        f = new VmFixture(dir.resolve("chair.db"), Language.EN);
        f.createEvaluator("Chair");
        round = f.session.round();
        PanelFixture.grade(f.session.services(), round);
        vm = f.viewModels(Duration.ofMillis(100)).main().panelResults();
        vm.refresh();
        f.awaitIdle();
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    private ResultRow row(String code) {
        return vm.results().rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private int kyoRawRank() {
        return vm.calibration().comparison().stream().filter(r -> r.clusterCode().equals("KYO")).findFirst()
                .map(r -> r.rawRank()).orElse(-1);
    }

    @Test
    void theSwitchCountsUnfinishedSheetsInEveryFigureOfTheWindowAndMarksThem() throws Exception {
        Evaluator three = f.session.services().evaluators().add("評価 三郎", "University C");
        f.session.services().grading().setGrade(new SheetKey(round.id(), three.id(), "SAP"), "1.1", "C", "test");
        f.session.services().grading().setGrade(new SheetKey(round.id(), three.id(), "KYO"), "1.1", "S", "test");
        vm.refresh();
        f.awaitIdle();
        assertFalse(vm.results().includePartialProperty().get(), "off by default");
        assertEquals("", vm.results().partialMarkProperty().get());
        assertEquals(2.0, row("SAP").total(), 1e-9);
        assertEquals(2, vm.sensitivity().rows().size(), "SEN and SAP: KYO has no complete sheet");
        assertEquals(0, kyoRawRank(), "no rank without a complete sheet");

        vm.results().includePartialProperty().set(true);
        f.awaitIdle();
        assertTrue(f.reported.isEmpty(), () -> f.reported.toString());
        assertTrue(vm.results().partialMarkProperty().get().startsWith("Unfinished sheets included:"),
                vm.results().partialMarkProperty().get());
        // SAP: A (4 + 3 + 1) / 3 = 8/3 over the three sheets, B = C = D 2, E (1 + 2) / 2 = 1.5:
        // 0.1 * 8/3 + 0.6 * 2 + 0.3 * 1.5 = 1.91667
        assertEquals(0.1 * 8 / 3 + 1.2 + 0.45, row("SAP").total(), 1e-9);
        assertEquals("3 (incl. 1 unfinished)", row("SAP").evaluatorsText());
        assertTrue(vm.results().rankingProperty().get().title().contains("(unfinished sheets included)"),
                vm.results().rankingProperty().get().title());
        // the tabs computed from the results follow the switch: KYO now has a total and a rank
        assertEquals(3, vm.sensitivity().rows().size());
        assertEquals(1, kyoRawRank(), "the calibration tab follows too: KYO 4.0 from its one grade S");
        var a = vm.allocation();
        a.ruleProperty().set(AllocationRule.PROPORTIONAL);
        assertTrue(a.allocate());
        f.awaitIdle();
        assertEquals(3, a.rows().size());
        assertTrue(a.notesProperty().get().startsWith("Unfinished sheets included:"), a.notesProperty().get());
        Path csv = dir.resolve("allocation.csv");
        a.exportCsv(csv);
        f.awaitIdle();
        assertEquals("# basis=raw, cohort=round, rule=proportional, sheets=partial-included",
                assertDoesNotThrow(() -> java.nio.file.Files.readAllLines(csv)).get(0));
        // and so does the report written from the window
        Path pdf = dir.resolve("panel.pdf");
        vm.reports().languageProperty().set(Language.EN);
        vm.reports().panelReport(pdf);
        f.awaitIdle();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Unfinished sheets included:"), text);
        }

        vm.results().includePartialProperty().set(false);
        f.awaitIdle();
        assertEquals("", vm.results().partialMarkProperty().get());
        assertEquals(2.0, row("SAP").total(), 1e-9);
        assertEquals("2 (+1 unfinished, not counted)", row("SAP").evaluatorsText());
    }

    /**
     * Axis weights A 20, B 20, C 20.1, D 10, E 29.9: SAP 0.2 x 3.5 + 0.501 x 2 + 0.299 x 1.5 = 2.1505,
     * SEN 0.2 x 2 + 0.501 x 2 + 0.299 x 2.5 = 2.1495; both show 2.15, three places tell them apart.
     */
    @Test
    void totalsShownAlikeButRankedApartAreExplainedUnderTheTable() {
        assertEquals("", vm.results().tieNotesProperty().get(), "2.15 and 2.00 need no note");
        f.session.services().weights().set(round.id(), TestWeights.axes(20, 20, 20.1, 10, 29.9), java.util.Map.of(), "Weighting group");
        vm.refresh();
        f.awaitIdle();
        assertEquals(List.of("SAP", "SEN"), vm.results().rows().stream().map(ResultRow::code).toList());
        assertEquals("Note: SAP and SEN both show 2.15 but rank 1 and 2: the order comes from more digits (2.151 and 2.150).",
                vm.results().tieNotesProperty().get());
        f.app.languageProperty().set(Language.JA);
        f.awaitIdle();
        assertEquals("注: SAP と SEN はともに 2.15 と表示されますが、順位は 1 位と 2 位です。順位はさらに下の桁で決まっています（2.151 と 2.150）。",
                vm.results().tieNotesProperty().get());
    }

    /**
     * Axis weights A 20, B 20, C 20, D 10, E 30: SAP 0.2 x 3.5 + 0.5 x 2 + 0.3 x 1.5 = 2.15 and SEN
     * 0.2 x 2 + 0.5 x 2 + 0.3 x 2.5 = 2.15 share rank 1; a pool of 1,000,000,001 yen gives each
     * 500,000,000.5 yen, cut to whole yen, and the one leftover yen goes to SAP (equal fractions by code).
     */
    @Test
    void equalTotalsWithAmountsOneYenApartAreExplainedUnderTheAllocation() {
        f.session.services().weights().set(round.id(), TestWeights.axes(20, 20, 20, 10, 30), java.util.Map.of(), "Weighting group");
        vm.refresh();
        f.awaitIdle();
        var a = vm.allocation();
        a.poolProperty().set("1,000,000,001");
        a.ruleProperty().set(AllocationRule.PROPORTIONAL);
        assertTrue(a.allocate());
        f.awaitIdle();
        assertTrue(f.reported.isEmpty(), () -> f.reported.toString());
        assertEquals(List.of("SAP 1 500000001", "SEN 1 500000000"), a.rows().stream()
                .map(r -> r.clusterCode() + " " + r.rank() + " " + r.allocationYen()).toList());
        assertEquals("Note: SAP and SEN have equal totals but amounts 1 yen apart: amounts are cut to whole yen and the"
                + " leftover yen of the pool go one each to the largest fractions, equal fractions by cluster code.",
                a.notesProperty().get());
    }
}
