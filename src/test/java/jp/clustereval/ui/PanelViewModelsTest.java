package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Completeness.State;
import jp.clustereval.service.ConflictService.Choice;
import jp.clustereval.service.ImportOptions;
import jp.clustereval.service.ImportProgress;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.completeness.CompletenessRow;
import jp.clustereval.ui.completeness.CompletenessViewModel;
import jp.clustereval.ui.conflicts.ConflictLine;
import jp.clustereval.ui.conflicts.ConflictsViewModel;
import jp.clustereval.ui.keys.KeyRow;
import jp.clustereval.ui.keys.KeysViewModel;

/** The chair's conflicts, completeness (with conflicts of interest and CSV) and keys, without the toolkit. */
class PanelViewModelsTest {

    @TempDir
    Path dir;
    private EvaluatorMachine x;
    private EvaluatorMachine y;
    private VmFixture f;
    private final AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void setUp() {
        x = new EvaluatorMachine(dir, "x").grade("SAP", "A", 9).grade("SEN", "B", 5);
        y = new EvaluatorMachine(dir, "y").grade("SAP", "B", 9);
        f = new VmFixture(dir.resolve("chair.db"), Language.EN);
        f.createEvaluator("Chair");
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
        x.close();
        y.close();
    }

    private void importFiles(Path... files) {
        var imports = f.session.services().imports();
        imports.commit(imports.preview(List.of(files), ImportOptions.defaults()), ImportProgress.none(), () -> false);
    }

    private String grade(String evaluatorId, String cluster, String item) {
        return f.session.services().grading().load(new SheetKey(f.session.round().id(), evaluatorId, cluster))
                .entry(item).grade();
    }

    @Test
    void aConflictIsShownSideBySideAndResolvedOnlyWithAReason() throws Exception {
        Path base = x.export(dir.resolve("base.cescore"));
        Path[] pair = x.conflictingExports("SAP", dir.resolve("b.cescore"), dir.resolve("c.cescore"));
        importFiles(base, pair[0]);
        importFiles(pair[1]);
        ConflictsViewModel vm = new ConflictsViewModel(f.app, f.tasks, changed::incrementAndGet);
        vm.refresh();
        f.awaitIdle();
        assertEquals(1, vm.rows().size());
        assertEquals("x (大学)", vm.rows().get(0).evaluatorName());
        assertEquals("c.cescore", vm.rows().get(0).fileName());
        assertEquals(vm.rows().get(0), vm.selectedProperty().get(), "the first conflict is selected");
        List<ConflictLine> differing = vm.lines().stream().filter(ConflictLine::differs).toList();
        assertEquals(List.of(new ConflictLine("4 grade", "S", "C", true)), differing);
        assertTrue(vm.lines().size() > differing.size(), "the equal lines are shown too");
        assertTrue(vm.lines().contains(new ConflictLine("status", "Draft", "Draft", false)), vm.lines().toString());
        assertTrue(vm.lines().stream().noneMatch(l -> l.stored().isEmpty() && l.incoming().isEmpty()),
                "lines empty on both sides are left out");

        vm.reasonProperty().set(" ");
        assertFalse(vm.resolve(Choice.INCOMING));
        assertEquals("Give a reason for your choice (it is recorded).", vm.messageProperty().get());
        f.awaitIdle();
        assertEquals("S", grade(x.evaluator.id(), "SAP", "4"), "nothing changed without a reason");
        assertEquals(1, f.session.services().conflicts().list(f.session.round().id(), true).size());

        vm.reasonProperty().set("confirmed with the evaluator by e-mail");
        assertTrue(vm.resolve(Choice.INCOMING));
        f.awaitIdle();
        assertEquals("C", grade(x.evaluator.id(), "SAP", "4"));
        assertEquals(List.of(), vm.rows());
        assertEquals(1, changed.get());
        var resolved = f.session.services().conflicts().list(f.session.round().id(), false).get(0);
        assertEquals("incoming", resolved.resolution());
        assertEquals("confirmed with the evaluator by e-mail", resolved.reason());
        assertEquals("Chair", resolved.resolvedBy());
        assertEquals(List.of(), f.reported);
    }

    @Test
    void completenessCountsCsvAndConflictsOfInterest() throws Exception {
        importFiles(x.export(dir.resolve("x.cescore")), y.export(dir.resolve("y.cescore")));
        CompletenessViewModel vm = new CompletenessViewModel(f.app, f.tasks, changed::incrementAndGet);
        vm.refresh();
        f.awaitIdle();
        assertEquals(18, vm.clusters().size());
        assertEquals(3, vm.rows().size(), "the chair and two evaluators");
        CompletenessRow rx = vm.rows().stream().filter(r -> r.evaluatorId().equals(x.evaluator.id())).findFirst()
                .orElseThrow();
        assertEquals("● 9/9", CompletenessRow.cellText(rx.cell("SAP")));
        assertEquals("◐ 5/9", CompletenessRow.cellText(rx.cell("SEN")));
        assertEquals("○ 0/9", CompletenessRow.cellText(rx.cell("KYO")));
        assertEquals(1, rx.counts().get(State.GRADED));
        assertEquals(1, rx.counts().get(State.PARTIAL));
        assertEquals(16, rx.counts().get(State.MISSING));
        assertEquals("3 evaluators × 18 clusters: 2 graded, 1 partial, 51 missing, 0 in conflict, 0 excluded",
                vm.totalsProperty().get());
        assertEquals("x (大学), SEN: partial, 5 of 9 items graded", rx.accessibleText("SEN", f.app.messages()));

        // CSV with BOM, the same columns as "status --format csv"
        Path csv = dir.resolve("completeness.csv");
        vm.exportCsv(csv);
        f.awaitIdle();
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertTrue(lines.get(0).startsWith("evaluator,name,SAP,"), lines.get(0));
        assertTrue(lines.get(0).endsWith(",graded,partial,missing,conflict,excluded"), lines.get(0));
        String xLine = lines.stream().filter(l -> l.startsWith(x.evaluator.id())).findFirst().orElseThrow();
        assertTrue(xLine.startsWith(x.evaluator.id() + ",x,graded,"), xLine);
        assertTrue(xLine.endsWith(",1,1,16,0,0"), xLine);
        assertEquals("Written: " + csv, vm.messageProperty().get());

        // y is affiliated with SAP: mark (excluded from averages), include only with a reason, exclude again
        vm.select(y.evaluator.id(), "SAP");
        assertTrue(vm.canMarkProperty().get());
        assertFalse(vm.canIncludeProperty().get());
        vm.reasonProperty().set("professor at Hokkaido University");
        vm.markAffiliated();
        f.awaitIdle();
        assertEquals(1, changed.get());
        assertEquals(State.EXCLUDED, vm.matrix().cell(y.evaluator.id(), "SAP").state());
        assertTrue(vm.detailProperty().get().contains("excluded from the averages (note: professor at Hokkaido University)"),
                vm.detailProperty().get());
        assertEquals(1, f.session.services().results().results(f.session.round()).cluster("SAP").orElseThrow()
                .evaluators());
        assertTrue(vm.canIncludeProperty().get());
        assertFalse(vm.canMarkProperty().get());

        vm.reasonProperty().set("");
        assertFalse(vm.include());
        assertEquals("Give a reason before including grades despite a conflict of interest (it is recorded).",
                vm.messageProperty().get());
        vm.reasonProperty().set("affiliation ended in 2003");
        assertTrue(vm.include());
        f.awaitIdle();
        assertEquals(2, f.session.services().results().results(f.session.round()).cluster("SAP").orElseThrow()
                .evaluators());
        assertEquals(State.GRADED, vm.matrix().cell(y.evaluator.id(), "SAP").state());
        assertTrue(vm.canExcludeProperty().get());
        assertEquals("affiliation ended in 2003", f.session.services().coi().list(f.session.round().id()).get(0)
                .includeReason());

        vm.exclude();
        f.awaitIdle();
        assertEquals(State.EXCLUDED, vm.matrix().cell(y.evaluator.id(), "SAP").state());
        assertEquals(3, changed.get());
        assertEquals(List.of(), f.reported);
    }

    @Test
    void aKeyIsMarkedVerifiedOnlyWithItsOwnFingerprint() throws Exception {
        importFiles(x.export(dir.resolve("x.cescore")), y.export(dir.resolve("y.cescore")));
        KeysViewModel vm = new KeysViewModel(f.app, f.tasks);
        vm.refresh();
        f.awaitIdle();
        assertEquals(2, vm.rows().size());
        KeyRow rx = vm.rows().stream().filter(r -> r.evaluatorId().equals(x.evaluator.id())).findFirst().orElseThrow();
        assertEquals("first use (not verified)", rx.trustText());
        String fingerprint = x.services.keys().ownFingerprint(x.evaluator.id());
        assertEquals(fingerprint, rx.fingerprint());

        vm.selectedProperty().set(rx);
        assertTrue(vm.canVerifyProperty().get());
        vm.fingerprintProperty().set("");
        assertFalse(vm.verify());
        assertEquals("Type the fingerprint the evaluator read out to you.", vm.messageProperty().get());

        // y's fingerprint is not x's key: refused through the error reporter, nothing changed
        vm.fingerprintProperty().set(y.services.keys().ownFingerprint(y.evaluator.id()));
        assertTrue(vm.verify());
        f.awaitIdle();
        assertEquals(1, f.reported.size());
        assertEquals("keys.fingerprintDiffers", ((UserFacingException) f.reported.get(0)).key());
        f.reported.clear();

        vm.fingerprintProperty().set(fingerprint.replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        assertTrue(vm.verify());
        f.awaitIdle();
        KeyRow after = vm.rows().stream().filter(r -> r.evaluatorId().equals(x.evaluator.id()) && r.active())
                .findFirst().orElseThrow();
        assertTrue(after.verified());
        assertEquals("✓ verified", after.trustText());
        assertFalse(vm.canVerifyProperty().get(), "selected again, already verified");
        assertEquals(List.of(), f.reported);
    }
}
