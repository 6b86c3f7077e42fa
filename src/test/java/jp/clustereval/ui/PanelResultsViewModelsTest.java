package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.CommonIssue;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.allocation.AllocationRule;
import jp.clustereval.domain.allocation.ClusterAllocation;
import jp.clustereval.domain.weights.TestWeights;
import jp.clustereval.service.ItemTextField;
import jp.clustereval.service.PanelCharts;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.results.PanelResultsViewModel;
import jp.clustereval.ui.results.ResultRow;
import jp.clustereval.ui.weights.PairRow;
import jp.clustereval.ui.weights.WeightRow;
import jp.clustereval.ui.weights.WeightsViewModel;

/**
 * The chair's results window without the toolkit, over a real database: weights shown normalised,
 * refused input, the AHP consistency warning, results rows that follow a weight change, the
 * allocation's sum check and the comments filtered by tag.
 */
class PanelResultsViewModelsTest {

    @TempDir
    Path dir;
    private VmFixture f;
    private PanelResultsViewModel vm;
    private Round round;

    /** Two evaluators, complete sheets of SAP and SEN. See {@link PanelFixture}. */
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

    private WeightRow axis(String code) {
        return vm.weights().axes().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private List<String> order() {
        return vm.results().rows().stream().map(ResultRow::code).toList();
    }

    @Test
    void typedWeightsAreShownNormalisedAndInvalidInputIsRefused() {
        WeightsViewModel w = vm.weights();
        assertEquals(List.of("A", "B", "C", "D", "E"), w.axes().stream().map(WeightRow::code).toList());
        assertEquals("10", axis("A").inputProperty().get());
        axis("A").inputProperty().set("30");
        // 30 of 30 + 20 + 20 + 20 + 30 = 120
        assertEquals("25.0 %", axis("A").percentProperty().get());
        assertEquals("16.7 %", axis("B").percentProperty().get());
        assertEquals("", w.validationProperty().get());
        axis("B").inputProperty().set("x");
        assertTrue(w.validationProperty().get().startsWith("B ")
                && w.validationProperty().get().endsWith(": \"x\" is not a non-negative number."), w.validationProperty().get());
        assertEquals("—", axis("A").percentProperty().get());
        // the refused weight's own field says so (it is decorated in the view), the others do not
        assertEquals(w.validationProperty().get(), axis("B").problemProperty().get());
        assertEquals("", axis("A").problemProperty().get());
        assertFalse(w.apply());
        axis("B").inputProperty().set("-1");
        assertFalse(w.apply());
        for (WeightRow r : w.axes()) {
            r.inputProperty().set("0");
        }
        assertEquals("Axis A: the weights cannot all be zero.", w.validationProperty().get());
        for (WeightRow r : w.axes()) {
            assertEquals("Axis A: the weights cannot all be zero.", r.problemProperty().get(), "any of them can fix it");
        }
        assertFalse(w.apply());
        axis("C").inputProperty().set("1");
        assertTrue(w.axes().stream().allMatch(r -> r.problemProperty().get().isEmpty()));
        axis("C").inputProperty().set("0");
        f.awaitIdle();
        assertTrue(f.reported.isEmpty());
        assertEquals(1, f.session.services().weights().history(round.id()).size(), "nothing stored");
        // items are normalised within their axis
        WeightRow r121 = w.items().stream().filter(r -> r.code().equals("1.2.1")).findFirst().orElseThrow();
        WeightRow r122 = w.items().stream().filter(r -> r.code().equals("1.2.2")).findFirst().orElseThrow();
        r121.inputProperty().set("3");
        r122.inputProperty().set("1");
        assertEquals("75.0 %", r121.percentProperty().get());
        assertEquals("25.0 %", r122.percentProperty().get());
    }

    /** The numbers typed are stored as typed (normalised), not as text rounded to two decimals. */
    @Test
    void aTypedWeightIsStoredUnrounded() {
        String[] typed = {"33.333", "33.333", "33.334", "0", "0"};
        for (int i = 0; i < typed.length; i++) {
            vm.weights().axes().get(i).inputProperty().set(typed[i]);
        }
        WeightRow r121 = vm.weights().items().stream().filter(r -> r.code().equals("1.2.1")).findFirst().orElseThrow();
        WeightRow r122 = vm.weights().items().stream().filter(r -> r.code().equals("1.2.2")).findFirst().orElseThrow();
        r121.inputProperty().set("2.0005");
        r122.inputProperty().set("1");
        assertTrue(vm.weights().apply());
        f.awaitIdle();
        assertTrue(f.reported.isEmpty(), () -> f.reported.toString());
        Round stored = f.session.services().rounds().current();
        // 33.333 / 100 (rounded to 33.33 it would be 0.3333)
        assertEquals(0.33333, stored.axis("A").orElseThrow().weight(), 1e-12);
        assertEquals(0.33334, stored.axis("C").orElseThrow().weight(), 1e-12);
        assertEquals(2.0005 / 3.0005, stored.items().find("1.2.1").orElseThrow().weight(), 1e-12);
        assertEquals(0.33333, f.session.services().weights().history(round.id()).get(1).axisWeights().get("A"), 1e-12);
    }

    @Test
    void storingAWeightReranksAtOnceAndIsRecorded() {
        assertEquals(List.of("SEN", "SAP"), order());
        // SEN: A 2, B = C = D 2, E (3 + 2) / 2 = 2.5: 0.1 * 2 + 0.6 * 2 + 0.3 * 2.5 = 2.15; SAP: A 3.5, E 1.5: 2.0
        assertEquals(2.15, vm.results().rows().get(0).total(), 1e-9);
        assertEquals(2.0, vm.results().rows().get(1).total(), 1e-9);
        axis("A").inputProperty().set("90");
        assertTrue(vm.weights().apply());
        f.awaitIdle();
        assertTrue(f.reported.isEmpty(), () -> f.reported.toString());
        assertEquals(List.of("SAP", "SEN"), order());
        // SAP: A (4 + 3) / 2 = 3.5, B = C = D 2, E (1 + 2) / 2 = 1.5: (0.9 * 3.5 + 0.6 * 2 + 0.3 * 1.5) / 1.8 = 2.667
        assertEquals(4.8 / 1.8, vm.results().rows().get(0).total(), 1e-9);
        // SEN: (0.9 * 2 + 0.6 * 2 + 0.3 * 2.5) / 1.8 = 2.083
        assertEquals(3.75 / 1.8, vm.results().rows().get(1).total(), 1e-9);
        assertEquals("Sapporo", vm.results().rankingProperty().get().bars().get(0).label());
        assertEquals(4.8 / 1.8, vm.results().rankingProperty().get().bars().get(0).total(), 1e-9);
        assertEquals("Chair", vm.weights().history().get(0).who());
        assertEquals("typed in", vm.weights().history().get(0).source());
        assertEquals(2, vm.weights().history().size());
        assertEquals("50.0 %", axis("A").percentProperty().get());
        // the sensitivity follows the new weights too
        assertEquals("SAP", vm.sensitivity().rows().get(0).clusterCode());
    }

    /** Every store click is answered (a notice to notify), and the same weights again add no history entry. */
    @Test
    void aSecondStoreOfTheSameWeightsIsAnsweredAndNotRecordedAgain() {
        List<String> notices = new java.util.ArrayList<>();
        vm.weights().noticeProperty().addListener((obs, o, n) -> {
            if (n != null) {
                notices.add(n);
            }
        });
        axis("A").inputProperty().set("90");
        assertTrue(vm.weights().apply());
        f.awaitIdle();
        assertEquals(List.of("The weights are stored; every figure has been computed again."), notices);
        assertEquals(2, vm.weights().history().size());
        assertTrue(vm.weights().apply());
        f.awaitIdle();
        assertEquals("These are already the recorded weights: nothing stored (no second history entry).", notices.get(1));
        assertEquals(2, notices.size());
        assertEquals(2, f.session.services().weights().history(round.id()).size());
        vm.weights().refresh();
        f.awaitIdle();
        assertEquals(2, vm.weights().history().size());
        assertTrue(f.reported.isEmpty(), () -> f.reported.toString());
    }

    @Test
    void ahpShowsWeightsAndConsistencyAndWarnsAboveTheThreshold() {
        WeightsViewModel w = vm.weights();
        assertEquals(10, w.pairs().size());
        assertTrue(w.ahpSummaryProperty().get().matches(".*CR = -?0\\.000$"), w.ahpSummaryProperty().get());
        assertFalse(w.ahpInconsistentProperty().get());
        // A > B, B > C, but C > A: circular judgements
        pair("A", "B").judgementProperty().set(9);
        pair("B", "C").judgementProperty().set(9);
        pair("A", "C").judgementProperty().set(-9);
        assertTrue(w.ahpInconsistentProperty().get());
        assertTrue(w.ahp().consistencyRatio() > 0.10);
        assertTrue(w.ahpSummaryProperty().get().contains("above 0.10"), w.ahpSummaryProperty().get());
        // consistent again: A twice as important as each other axis
        pair("B", "C").judgementProperty().set(1);
        pair("A", "C").judgementProperty().set(2);
        for (String other : List.of("B", "C", "D", "E")) {
            pair("A", other).judgementProperty().set(2);
        }
        assertFalse(w.ahpInconsistentProperty().get());
        assertEquals(1.0 / 3, w.ahp().weights()[0], 1e-9);
        assertTrue(w.ahpSummaryProperty().get().startsWith("A 33.3 %"), w.ahpSummaryProperty().get());
        w.applyAhp();
        f.awaitIdle();
        assertEquals("AHP", w.history().get(0).source());
        assertEquals(0.0, Double.parseDouble(w.history().get(0).consistency()), 1e-9);
        assertEquals(1.0 / 3, f.session.services().weights().current(round.id()).axis("A"), 1e-9);
    }

    /**
     * The desktop computes Saaty's principal eigenvector too: the judgements of
     * PanelCliTest.CR_JUST_ABOVE (hand-worked bounds there: 5.4604 <= lambda_max <= 5.4643, CR 0.1028
     * to 0.1037) warn, where the geometric-mean estimate (CR 0.0991) did not.
     */
    @Test
    void ahpWarnsOnSaatysRatioJustAboveTheThresholdAndNamesTheEigenvector() {
        WeightsViewModel w = vm.weights();
        pair("A", "B").judgementProperty().set(5);
        pair("A", "C").judgementProperty().set(2);
        pair("A", "D").judgementProperty().set(3);
        pair("A", "E").judgementProperty().set(3);
        pair("B", "C").judgementProperty().set(1);
        pair("B", "D").judgementProperty().set(-2);
        pair("B", "E").judgementProperty().set(-2);
        pair("C", "D").judgementProperty().set(5);
        pair("C", "E").judgementProperty().set(2);
        pair("D", "E").judgementProperty().set(1);
        String summary = w.ahpSummaryProperty().get();
        assertEquals(jp.clustereval.domain.weights.Ahp.Method.EIGENVECTOR, w.ahp().method());
        assertTrue(summary.contains("λmax (principal eigenvector) = 5.463   CR = 0.103"), summary);
        assertTrue(summary.contains("above 0.10, Saaty's threshold"), summary);
        assertTrue(w.ahpInconsistentProperty().get());
    }

    private PairRow pair(String a, String b) {
        return vm.weights().pairs().stream().filter(p -> p.a().equals(a) && p.b().equals(b)).findFirst().orElseThrow();
    }

    /**
     * A third evaluator's unfinished sheets: SAP 1.1 = C (1 of 9 items), KYO 1.1 = S. SAP keeps its
     * total 2.0 from the two complete sheets, its axis A takes the C, (4 + 3 + 1) / 3 = 2.67, and its
     * evaluators' cell is marked; KYO, with no complete sheet, has axis A 4 but no total and no rank.
     * The cohort average covers SAP and SEN: "2 of 12 clusters graded".
     */
    @Test
    void unfinishedSheetsAreMarkedAndLeftOutOfTotalsAndRanks() {
        Evaluator three = f.session.services().evaluators().add("評価 三郎", "University C");
        f.session.services().grading().setGrade(new SheetKey(round.id(), three.id(), "SAP"), "1.1", "C", "test");
        f.session.services().grading().setGrade(new SheetKey(round.id(), three.id(), "KYO"), "1.1", "S", "test");
        vm.refresh();
        f.awaitIdle();
        assertEquals(List.of("SEN", "SAP", "KYO"), order());
        ResultRow sap = vm.results().rows().get(1);
        assertEquals(2.0, sap.total(), 1e-9);
        assertEquals(2, sap.rank());
        assertEquals(8.0 / 3, sap.axis("A"), 1e-9);
        assertEquals(1, sap.partial());
        assertEquals("2 (+1 unfinished, not counted)", sap.evaluatorsText());
        ResultRow kyo = vm.results().rows().get(2);
        assertTrue(Double.isNaN(kyo.total()));
        assertEquals("", kyo.rankText());
        assertEquals(4.0, kyo.axis("A"), 1e-9);
        assertEquals("0 (+1 unfinished, not counted)", kyo.evaluatorsText());
        assertTrue(vm.results().cohortLineProperty().get().startsWith("Cohort average (2 of 12 clusters graded):"),
                vm.results().cohortLineProperty().get());
        // the ranking chart has a bar per cluster with a total
        assertEquals(List.of("Sendai", "Sapporo"), vm.results().rankingProperty().get().bars().stream()
                .map(b -> b.label()).toList());
    }

    @Test
    void resultRowsHoldAxesSpreadAndTheChartsFollowTheChoices() {
        ResultRow sen = vm.results().rows().get(0);
        assertEquals("SEN", sen.code());
        assertEquals(1, sen.rank());
        assertEquals(2, sen.evaluators());
        assertEquals(2.0, sen.axis("A"), 1e-9);
        assertEquals(2.5, sen.axis("E"), 1e-9);
        assertEquals(2.0, sen.axis("B"), 1e-9);
        assertTrue(Double.isNaN(sen.axis("X")));
        // the evaluators' own totals: 0.2 + 1.2 + 0.9 = 2.3 and 0.2 + 1.2 + 0.6 = 2.0
        assertEquals(2.0, sen.min(), 1e-9);
        assertEquals(2.3, sen.max(), 1e-9);
        assertEquals(Math.sqrt(2 * 0.15 * 0.15), sen.sd(), 1e-9);
        assertEquals("2", sen.evaluatorsText(), "no sheet left out: no mark");
        assertEquals("1", sen.rankText());
        assertEquals(List.of("Sendai", "Sapporo"), vm.results().rankingProperty().get().bars().stream()
                .map(b -> b.label()).toList());
        vm.results().sortProperty().set(PanelCharts.Sort.CODE);
        assertEquals("Sapporo", vm.results().rankingProperty().get().bars().get(0).label());
        assertTrue(vm.results().rankingProperty().get().title().endsWith("(raw grades)"));
        assertNull(vm.results().overlayProperty().get());
        vm.results().overlayCodes().setAll("SAP", "SEN");
        assertNotNull(vm.results().overlayProperty().get());
        assertEquals(3, vm.results().overlayProperty().get().series().size());
        assertEquals(2, vm.results().grid().size());
        vm.results().calibratedProperty().set(true);
        f.awaitIdle();
        assertTrue(vm.results().rankingProperty().get().title().endsWith("(calibrated grades)"));
        assertTrue(vm.results().cohortLineProperty().get().contains("calibrated"));
        assertEquals(2, vm.calibration().comparison().size());
        assertTrue(f.reported.isEmpty(), () -> f.reported.toString());
        // a new UI language relabels the choices, the charts and every derived table (same figures)
        assertTrue(vm.sensitivity().summaryProperty().get().startsWith("1,000 draws"), vm.sensitivity().summaryProperty().get());
        f.app.languageProperty().set(Language.JA);
        f.awaitIdle();
        assertEquals("今回の対象（12 件）", vm.results().cohortProperty().get().label());
        assertTrue(vm.results().rankingProperty().get().title().endsWith("(補正後の評点)"));
        assertTrue(vm.sensitivity().summaryProperty().get().startsWith("抽出 1,000 回"), vm.sensitivity().summaryProperty().get());
        assertTrue(vm.weights().pairs().get(0).label().startsWith("A 研究開発"));
    }

    @Test
    void allocationChecksTheSumAndRefusesBadAmounts() {
        var a = vm.allocation();
        a.poolProperty().set("1,000,000,00x");
        // said as it is typed, on the pool's own field
        assertEquals("Pool (yen): \"1,000,000,00x\" is not an amount in whole yen.", a.poolProblemProperty().get());
        assertEquals("", a.floorProblemProperty().get());
        assertFalse(a.allocate());
        assertEquals("Pool (yen): \"1,000,000,00x\" is not an amount in whole yen.", a.validationProperty().get());
        a.capProperty().set("-5");
        assertEquals("Cap (yen): \"-5\" is not an amount in whole yen.", a.capProblemProperty().get());
        a.capProperty().set("");
        assertEquals("", a.capProblemProperty().get(), "no cap");
        // the command line's parser: commas only in groups of three, none dropped
        for (String malformed : List.of("6,00,0000000", ",,6000000000,,")) {
            a.poolProperty().set(malformed);
            assertFalse(a.allocate(), malformed);
            assertEquals("Pool (yen): \"" + malformed + "\" is not an amount in whole yen.", a.validationProperty().get());
        }
        a.poolProperty().set("1,000,000,001");
        assertEquals("", a.poolProblemProperty().get());
        assertEquals("", a.validationProperty().get());
        a.ruleProperty().set(AllocationRule.PROPORTIONAL);
        assertTrue(a.allocate());
        f.awaitIdle();
        assertTrue(f.reported.isEmpty(), () -> f.reported.toString());
        assertEquals(2, a.rows().size());
        assertEquals(1_000_000_001L, a.rows().stream().mapToLong(ClusterAllocation::allocationYen).sum());
        assertTrue(a.addsUpProperty().get());
        assertEquals("✓ The allocations add up to ¥1,000,000,001 = the pool ¥1,000,000,001.", a.sumLineProperty().get());
        assertEquals(500_000_000L, a.rows().get(0).baselineYen());
        Path csv = dir.resolve("allocation.csv");
        a.exportCsv(csv);
        f.awaitIdle();
        List<String> lines = assertDoesNotThrow(() -> java.nio.file.Files.readAllLines(csv));
        assertEquals("# basis=raw, cohort=round, rule=proportional", lines.get(0));
        assertEquals("code,total,rank,tier,baseline_yen,allocation_yen,change_pct", lines.get(1));
        assertEquals(1_000_000_001L, lines.stream().skip(2).mapToLong(l -> Long.parseLong(l.split(",")[5])).sum());
    }

    @Test
    void commentsAreFilteredByTagAndNamesHiddenUnlessAsked() {
        var s = f.session.services();
        Evaluator e1 = PanelFixture.first(s);
        s.grading().setItemText(new SheetKey(round.id(), e1.id(), "SAP"), "1.1", ItemTextField.COMMENT, "Themes drift", "t");
        s.grading().setItemText(new SheetKey(round.id(), e1.id(), "SEN"), "4", ItemTextField.COMMENT, "Strong IP office", "t");
        var c = vm.comments();
        c.refresh();
        f.awaitIdle();
        assertEquals(2, c.lines().size());
        assertEquals("E1", c.lines().get(0).author());
        c.toggleTag(c.lines().get(1), CommonIssue.IP);
        f.awaitIdle();
        c.tagProperty().set(CommonIssue.IP);
        f.awaitIdle();
        assertEquals(1, c.lines().size());
        assertEquals("Strong IP office", c.lines().get(0).text());
        c.showNamesProperty().set(true);
        f.awaitIdle();
        // people are shown by their labels everywhere (name and affiliation: PersonLabels)
        assertEquals("評価 一郎 (University A)", c.lines().get(0).author());
        c.toggleTag(c.lines().get(0), CommonIssue.IP);
        f.awaitIdle();
        assertTrue(c.lines().isEmpty());
        assertTrue(f.reported.isEmpty(), () -> f.reported.toString());
    }

    /** A selected comment is shown whole (line breaks kept) with its tags, and stays selected when tagged. */
    @Test
    void theSelectedCommentIsShownWholeWithItsTags() {
        var s = f.session.services();
        Evaluator e1 = PanelFixture.first(s);
        String longText = "Themes drift between the two universities.\n" + "The regional office ".repeat(40) + "END";
        s.grading().setItemText(new SheetKey(round.id(), e1.id(), "SAP"), "1.1", ItemTextField.COMMENT, longText, "t");
        var c = vm.comments();
        c.refresh();
        f.awaitIdle();
        c.selectedProperty().set(c.lines().get(0));
        assertEquals("SAP · 1.1 · comment · E1", c.detailHeadingProperty().get());
        assertEquals(longText, c.detailTextProperty().get());
        assertEquals("Common issues: —", c.detailTagsProperty().get());
        c.toggleTag(c.lines().get(0), CommonIssue.IP);
        f.awaitIdle();
        assertEquals(longText, c.detailTextProperty().get(), "still the same comment after tagging it");
        assertEquals("Common issues: " + CommonIssue.IP.label().in(Language.EN), c.detailTagsProperty().get());
        assertTrue(f.reported.isEmpty(), () -> f.reported.toString());
    }

    @Test
    void theChairPicksTheWeightingGroupAndAcceptsASignerOutsideItWithAReason() throws Exception {
        WeightsViewModel w = vm.weights();
        f.awaitIdle();
        Evaluator one = PanelFixture.first(f.session.services());
        assertEquals("Nobody yet: pick a person and add them.", w.groupProperty().get());
        Evaluator picked = w.candidates().stream().filter(e -> e.id().equals(one.id())).findFirst().orElseThrow();
        assertEquals("評価 一郎 (University A)", w.labelsProperty().get().label(picked));
        w.addToWeightingGroup(picked);
        f.awaitIdle();
        assertEquals("評価 一郎 (University A)", w.groupProperty().get());
        assertFalse(w.candidates().contains(picked));
        assertEquals(List.of(one), f.session.services().roster().weightingGroup(round.id()));

        // a weights file signed by someone outside the group: refused (and reported), then accepted with a reason
        Path file;
        try (var member = jp.clustereval.service.Services.open(dir.resolve("member.db"), false, dir.resolve("member-keys"))) {
            Evaluator hanako = member.evaluators().createLocal("重み 花子", "文部科学省");
            member.weights().set(round.id(), TestWeights.axes(40, 15, 15, 10, 20), Map.of(), "花子");
            file = member.weightsFiles().export(round.id(), hanako.id(), dir.resolve("w.ceweights"));
        }
        w.importFrom(file);
        f.awaitIdle();
        assertEquals(1, f.reported.size());
        assertTrue(f.reported.get(0).getMessage().contains("not in the weighting group"), f.reported.get(0).getMessage());
        f.reported.clear();
        assertNotNull(w.pendingSignerProperty().get());
        assertTrue(w.pendingSignerProperty().get().why().contains("重み 花子 (文部科学省)"));
        assertFalse(w.acceptSigner());
        assertEquals("Give a reason before accepting the signer (it is recorded).", w.messageProperty().get());
        w.signerReasonProperty().set("appointed by the ministry, fingerprint read out");
        assertTrue(w.acceptSigner());
        f.awaitIdle();
        assertNull(w.pendingSignerProperty().get());
        assertTrue(w.history().get(0).source().contains("appointed by the ministry"), w.history().get(0).source());
        assertTrue(f.reported.isEmpty(), () -> f.reported.toString());
    }

    @Test
    void aCommentOfOneOfTwoEvaluatorsOfTheSameNameIsTaggedOnTheRightOne() {
        var s = f.session.services();
        Evaluator namesake = s.evaluators().add("評価 一郎", "University C");
        s.grading().setItemText(new SheetKey(round.id(), namesake.id(), "SAP"), "1.1", ItemTextField.COMMENT, "Same name", "t");
        var c = vm.comments();
        c.showNamesProperty().set(true);
        f.awaitIdle();
        assertEquals("評価 一郎 (University C)", c.lines().get(0).author());
        c.toggleTag(c.lines().get(0), CommonIssue.IP);
        f.awaitIdle();
        assertTrue(f.reported.isEmpty(), () -> f.reported.toString());
        c.tagProperty().set(CommonIssue.IP);
        f.awaitIdle();
        assertEquals(List.of("Same name"), c.lines().stream().map(l -> l.text()).toList());
    }
}
