package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Completeness;
import jp.clustereval.service.FileOutcome;
import jp.clustereval.service.KeyStatus;
import jp.clustereval.service.PinnedKey;
import jp.clustereval.service.SheetChange;
import jp.clustereval.ui.imports.ImportFileRow;
import jp.clustereval.ui.imports.ImportSheetRow;
import jp.clustereval.ui.imports.ImportViewModel;
import jp.clustereval.ui.imports.ImportViewModel.Phase;

/** The chair's import without the toolkit: preview rows, key override, commit report, Cancel. */
class ImportViewModelTest {

    @TempDir
    Path dir;
    private EvaluatorMachine x;
    private EvaluatorMachine y;
    private VmFixture f;
    private ImportViewModel vm;
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicReference<Set<String>> storedEvaluators = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        // X: SAP fully graded, SEN 5 of 9; Y: KYO fully graded
        x = new EvaluatorMachine(dir, "x").grade("SAP", "A", 9).grade("SEN", "B", 5);
        y = new EvaluatorMachine(dir, "y").grade("KYO", "C", 9);
    }

    private void chair(Language language) {
        f = new VmFixture(dir.resolve("chair.db"), language);
        f.createEvaluator("Chair");
        vm = new ImportViewModel(f.app, f.tasks, evaluators -> {
            stored.incrementAndGet();
            storedEvaluators.set(evaluators);
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        if (f != null) {
            f.close();
        }
        x.close();
        y.close();
    }

    private Path inbox() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        x.export(folder.resolve("a-x.cescore"));
        Files.writeString(folder.resolve("b-broken.cescore"), "{\"format\": \"cluster-eval-score\", \"formatVersion\": 1,");
        y.export(folder.resolve("c-y.cescore"));
        return folder;
    }

    private int evaluatorsStored() {
        return f.session.services().evaluators().all().size();
    }

    /** Adds the files, checks them and stores them; the table then shows the report. */
    private void importNow(Path... files) {
        vm.clear();
        vm.add(List.of(files));
        f.awaitIdle();
        vm.commit();
        f.awaitIdle();
    }

    private ImportFileRow checked(Path file) {
        vm.clear();
        vm.add(List.of(file));
        f.awaitIdle();
        assertEquals(Phase.PREVIEW, vm.phaseProperty().get());
        ImportFileRow row = vm.files().get(0);
        vm.selectedProperty().set(row);
        return row;
    }

    @Test
    void aFileHeldForTheRosterOrAnAssignmentIsAcceptedFromTheWindowAndThenImports() throws Exception {
        chair(Language.EN);
        importNow(x.export(dir.resolve("x-1.cescore")), y.export(dir.resolve("y-1.cescore")));
        var services = f.session.services();
        services.roster().add("mid-fy2004", x.evaluator.id(), jp.clustereval.service.RosterService.EVALUATOR, null, "test");

        // Y is known here but not on the roster: held, and the window offers to roster them
        y.grade("KYO", "1.1", "S");
        Path y2 = y.export(dir.resolve("y-2.cescore"));
        ImportFileRow held = checked(y2);
        assertTrue(held.held() && held.rosterToDecide() && !held.assignmentToDecide(), held.reason());
        String before = jp.clustereval.service.DbSnapshot.of(services.database());
        assertFalse(vm.canCommitProperty().get(), "nothing to import while it is held");
        assertEquals(before, jp.clustereval.service.DbSnapshot.of(services.database()));
        assertTrue(vm.acceptHeldScope());
        f.awaitIdle();
        assertTrue(f.reported.isEmpty(), f.reported.toString());
        ImportFileRow again = vm.files().get(0);
        assertEquals(FileOutcome.ACCEPTED, again.outcome(), again.reason());
        assertTrue(services.roster().list("mid-fy2004").stream().anyMatch(m -> m.person().id().equals(y.evaluator.id())
                && m.role().equals(jp.clustereval.service.RosterService.EVALUATOR)));
        vm.commit();
        f.awaitIdle();
        assertEquals(FileOutcome.ACCEPTED, vm.files().get(0).outcome());

        // X assigned SAP only: a file with SEN too is held, the window assigns both of the file's units
        services.assignments().assign("mid-fy2004", x.evaluator.id(), List.of("SAP"), false, "test");
        x.grade("SEN", "1.1", "S");
        ImportFileRow notAssigned = checked(x.export(dir.resolve("x-2.cescore")));
        assertTrue(notAssigned.assignmentToDecide(), notAssigned.reason());
        assertTrue(vm.acceptHeldScope());
        f.awaitIdle();
        assertEquals(FileOutcome.ACCEPTED, vm.files().get(0).outcome(), vm.files().get(0).reason());
        assertEquals(Set.of("SAP", "SEN"), services.assignments().ofRound("mid-fy2004").get(x.evaluator.id()));
        var audit = services.database().query(c -> new jp.clustereval.persistence.RoundAuditDao(c).ofRound("mid-fy2004"));
        assertEquals(List.of("roster-add", "roster-add", "assign", "assign"),
                audit.stream().map(e -> e.action()).filter(a -> a.startsWith("roster") || a.startsWith("assign")).toList(),
                "the window's decisions recorded as the commands' are");
        assertFalse(vm.acceptHeldScope(), "an accepted file has nothing to decide");
    }

    @Test
    void aFileHeldBecauseItsSignerIsNotInTheDatabaseRostersThemFromTheFileAndThenImports() throws Exception {
        chair(Language.EN);
        importNow(x.export(dir.resolve("x-1.cescore")));
        var services = f.session.services();
        services.roster().add("mid-fy2004", x.evaluator.id(), jp.clustereval.service.RosterService.EVALUATOR, null, "test");

        // Y was never imported here: held, and the window offers to roster them from the file
        ImportFileRow held = checked(y.export(dir.resolve("y-1.cescore")));
        assertTrue(held.held() && held.rosterFromFileToDecide() && !held.rosterToDecide() && !held.assignmentToDecide(),
                held.reason());
        assertTrue(held.reason().contains("roster add --round mid-fy2004 --from "), held.reason());
        assertEquals(1 + 1, evaluatorsStored(), "the chair and X");
        assertTrue(vm.acceptHeldScope());
        f.awaitIdle();
        assertTrue(f.reported.isEmpty(), f.reported.toString());
        ImportFileRow again = vm.files().get(0);
        assertEquals(FileOutcome.ACCEPTED, again.outcome(), again.reason());
        assertEquals(KeyStatus.FIRST_USE, again.keyStatus(), "the key is pinned by the import, not by the rostering");
        assertTrue(services.roster().list("mid-fy2004").stream().anyMatch(m -> m.person().id().equals(y.evaluator.id())
                && m.person().name().equals(y.evaluator.name()) && m.role().equals(jp.clustereval.service.RosterService.EVALUATOR)),
                "the file's signer, by the file's id and name");
        vm.commit();
        f.awaitIdle();
        assertEquals(FileOutcome.ACCEPTED, vm.files().get(0).outcome());
        assertFalse(vm.acceptHeldScope(), "an accepted file has nothing to decide");
    }

    @Test
    void aFileHeldBecauseItsSignerIsNotInTheDatabaseButChangedSinceIsRefusedAndChangesNothing() throws Exception {
        chair(Language.EN);
        importNow(x.export(dir.resolve("x-1.cescore")));
        var services = f.session.services();
        services.roster().add("mid-fy2004", x.evaluator.id(), jp.clustereval.service.RosterService.EVALUATOR, null, "test");
        Path file = y.export(dir.resolve("y-1.cescore"));
        ImportFileRow held = checked(file);
        assertTrue(held.rosterFromFileToDecide(), held.reason());
        // the file is changed after the check: the rostering reads and verifies it again
        String text = Files.readString(file);
        String tampered = text.replaceFirst("\"grade\"\\s*:\\s*\"C\"", "\"grade\": \"S\"");
        assertFalse(tampered.equals(text));
        Files.writeString(file, tampered);
        String before = jp.clustereval.service.DbSnapshot.of(services.database());
        assertTrue(vm.acceptHeldScope());
        f.awaitIdle();
        assertFalse(vm.messageProperty().get().isEmpty(), "the refusal is said");
        assertTrue(vm.messageProperty().get().contains("signature does not verify"), vm.messageProperty().get());
        assertEquals(before, jp.clustereval.service.DbSnapshot.of(services.database()));
    }

    @Test
    void previewShowsEveryFileThenCommitStoresAndReports() throws Exception {
        chair(Language.JA);
        Path folder = inbox();
        vm.add(List.of(folder));
        f.awaitIdle();
        assertEquals(Phase.PREVIEW, vm.phaseProperty().get());
        assertEquals(List.of("a-x.cescore", "b-broken.cescore", "c-y.cescore"),
                vm.files().stream().map(ImportFileRow::fileName).toList());

        ImportFileRow a = vm.files().get(0);
        assertEquals("x (大学)", a.evaluatorText());
        assertEquals(ImportFileRow.Signature.VALID, a.signature());
        assertEquals("✓ 有効", a.signatureText());
        assertEquals(KeyStatus.FIRST_USE, a.keyStatus());
        assertEquals("新規：登録されます", a.keyText());
        assertEquals("SAP 9/9 · SEN 5/9", a.clustersText());
        assertEquals("新規 2", a.changesText());
        assertEquals(List.of(SheetChange.NEW, SheetChange.NEW), a.sheets().stream().map(ImportSheetRow::change).toList());
        assertEquals(4, a.sheets().get(1).missing());
        assertTrue(a.fingerprintText(f.app.messages()).contains(
                x.services.keys().ownFingerprint(x.evaluator.id())), a.fingerprintText(f.app.messages()));

        ImportFileRow broken = vm.files().get(1);
        assertTrue(broken.rejected());
        assertEquals(ImportFileRow.Signature.NOT_CHECKED, broken.signature());
        assertEquals(new UserFacingException("scorefile.truncated").message(Locale.JAPANESE), broken.reason());
        assertFalse(broken.reason().isBlank());
        assertTrue(vm.summaryProperty().get().startsWith("3 ファイルのプレビュー"), vm.summaryProperty().get());

        // nothing stored by the preview
        assertEquals(1, evaluatorsStored());
        assertEquals(0, stored.get());
        assertTrue(vm.canCommitProperty().get());

        vm.commit();
        f.awaitIdle();
        assertEquals(Phase.DONE, vm.phaseProperty().get());
        assertEquals(1.0, vm.progressProperty().get(), 1e-9);
        assertEquals(List.of(FileOutcome.ACCEPTED, FileOutcome.REJECTED, FileOutcome.ACCEPTED),
                vm.files().stream().map(ImportFileRow::outcome).toList());
        assertTrue(vm.summaryProperty().get().startsWith("取り込み完了。3 ファイル：保存 2"), vm.summaryProperty().get());
        assertEquals("✓ 保存済み", vm.files().get(0).outcomeText());
        assertEquals(1, stored.get(), "the views refresh once");
        assertEquals(Set.of(x.evaluator.id(), y.evaluator.id()), storedEvaluators.get(),
                "the evaluators of the stored files, not of the refused one");
        assertEquals(3, evaluatorsStored());
        Completeness m = f.session.services().completeness().matrix(f.session.round().id());
        assertEquals(Completeness.State.GRADED, m.cell(x.evaluator.id(), "SAP").state());
        assertEquals(Completeness.State.PARTIAL, m.cell(x.evaluator.id(), "SEN").state());
        assertEquals(Completeness.State.GRADED, m.cell(y.evaluator.id(), "KYO").state());

        // the same folder again: every good file is unchanged, nothing to commit
        vm.add(List.of(folder));
        f.awaitIdle();
        assertEquals(List.of(FileOutcome.UNCHANGED, FileOutcome.REJECTED, FileOutcome.UNCHANGED),
                vm.files().stream().map(ImportFileRow::outcome).toList());
        assertEquals(KeyStatus.PINNED, vm.files().get(0).keyStatus());
        assertFalse(vm.canCommitProperty().get());
        assertEquals(List.of(), f.reported);
    }

    /** One file (here the broken one of a folder added whole) taken out of the batch; the rest is imported. */
    @Test
    void aSingleFileIsRemovedFromTheBatchAndTheRestImported() throws Exception {
        chair(Language.EN);
        vm.add(List.of(inbox()));
        f.awaitIdle();
        assertEquals(3, vm.files().size());
        vm.remove(List.of(vm.files().get(1)));
        f.awaitIdle();
        assertEquals(Phase.PREVIEW, vm.phaseProperty().get());
        assertEquals(List.of("a-x.cescore", "c-y.cescore"), vm.files().stream().map(ImportFileRow::fileName).toList());
        assertEquals(1, evaluatorsStored(), "removing stores nothing");
        vm.remove(List.of(vm.files().get(1)));
        f.awaitIdle();
        assertEquals(List.of("a-x.cescore"), vm.files().stream().map(ImportFileRow::fileName).toList());
        vm.commit();
        f.awaitIdle();
        assertEquals(Set.of(x.evaluator.id()), storedEvaluators.get(), "only the file left in the batch is stored");
        assertEquals(2, evaluatorsStored());
        assertEquals(List.of(), f.reported);
    }

    @Test
    void removingTheLastFileEmptiesTheBatch() throws Exception {
        chair(Language.EN);
        Path a = x.export(dir.resolve("x.cescore"));
        vm.add(List.of(a));
        f.awaitIdle();
        vm.remove(List.copyOf(vm.files()));
        f.awaitIdle();
        assertEquals(Phase.EMPTY, vm.phaseProperty().get());
        assertTrue(vm.files().isEmpty());
        assertTrue(vm.sources().isEmpty());
    }

    @Test
    void aFolderWithoutScoreFilesIsRefusedWithoutKeepingTheOthersOut() throws Exception {
        chair(Language.EN);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path a = x.export(dir.resolve("x.cescore"));
        vm.add(List.of(empty, a));
        f.awaitIdle();
        assertEquals(2, vm.files().size());
        assertEquals(FileOutcome.ACCEPTED, vm.files().get(0).outcome());
        assertTrue(vm.files().get(1).rejected());
        assertTrue(vm.files().get(1).reason().startsWith("No score files (.cescore) found"), vm.files().get(1).reason());
        assertEquals(List.of(), f.reported);
    }

    @Test
    void aFileGivingAnotherAffiliationIsHeldUntilTheChairAcceptsTheNameWithAReason() throws Exception {
        chair(Language.EN);
        vm.add(List.of(x.export(dir.resolve("x1.cescore"))));
        f.awaitIdle();
        vm.commit();
        f.awaitIdle();
        // the evaluator's own database now says another affiliation
        x.services.database().inTransaction(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE evaluator SET affiliation = '東北大学'");
            }
            return null;
        });
        x.grade("SEN", "A", 9);
        vm.add(List.of(x.export(dir.resolve("x2.cescore"))));
        f.awaitIdle();
        ImportFileRow row = vm.files().get(0);
        assertEquals(FileOutcome.HELD, row.outcome());
        assertTrue(row.nameToDecide() && !row.keyToDecide());
        assertTrue(row.reason().contains("\"x (東北大学)\"") && row.reason().contains("\"x (大学)\""), row.reason());
        assertTrue(vm.summaryProperty().get().contains("1 file is held for your decision"), vm.summaryProperty().get());
        assertFalse(vm.canCommitProperty().get());

        vm.selectedProperty().set(row);
        assertFalse(vm.acceptSelected());
        assertEquals("Give a reason before accepting the evaluator's name (it is recorded).", vm.messageProperty().get());
        vm.reasonProperty().set("moved to Tohoku in 2004");
        assertTrue(vm.acceptSelected());
        f.awaitIdle();
        assertEquals(FileOutcome.ACCEPTED, vm.files().get(0).outcome());
        vm.commit();
        f.awaitIdle();
        assertEquals("東北大学", f.session.services().evaluators().resolve(x.evaluator.id()).affiliation());
        assertEquals(List.of(), f.reported);
    }

    @Test
    void aNewKeyIsRefusedUntilTheChairAcceptsItWithAReason() throws Exception {
        chair(Language.EN);
        vm.add(List.of(x.export(dir.resolve("x1.cescore"))));
        f.awaitIdle();
        vm.commit();
        f.awaitIdle();
        x.grade("SEN", "A", 9);
        Path laptop = x.exportWithAnotherKey(dir.resolve("x2.cescore"));

        vm.add(List.of(laptop));
        f.awaitIdle();
        assertEquals(1, vm.files().size(), "a new import after the report");
        ImportFileRow row = vm.files().get(0);
        assertEquals(KeyStatus.MISMATCH, row.keyStatus());
        assertTrue(row.rejected());
        assertTrue(row.reason().contains("pinned"), row.reason());
        assertTrue(row.fingerprintText(f.app.messages()).contains("Pinned key"));
        assertFalse(vm.canCommitProperty().get());

        vm.selectedProperty().set(row);
        vm.reasonProperty().set("   ");
        assertFalse(vm.acceptSelected());
        assertEquals("Give a reason before accepting a new key (it is recorded).", vm.messageProperty().get());
        assertEquals(java.util.Map.of(), vm.decisions().acceptedKeys());

        vm.reasonProperty().set("new laptop, fingerprint confirmed by phone");
        assertTrue(vm.acceptSelected());
        // exactly the key the chair was shown is accepted
        assertEquals(row.fingerprint(), vm.decisions().acceptedKeys().get(x.evaluator.id()).fingerprint());
        f.awaitIdle();
        row = vm.files().get(0);
        assertEquals(KeyStatus.OVERRIDDEN, row.keyStatus());
        assertEquals(FileOutcome.ACCEPTED, row.outcome());
        vm.commit();
        f.awaitIdle();
        assertEquals(Phase.DONE, vm.phaseProperty().get());
        PinnedKey active = f.session.services().keys().pinnedKeys().stream()
                .filter(k -> k.active() && k.evaluatorId().equals(x.evaluator.id())).findFirst().orElseThrow();
        assertEquals("override", active.trust());
        assertEquals("new laptop, fingerprint confirmed by phone", active.reason());
        assertEquals(List.of(), f.reported);
    }

    @Test
    void aLanguageSwitchRelabelsThePreviewAndTheReportAndKeepsTheSelection() throws Exception {
        chair(Language.EN);
        vm.add(List.of(inbox()));
        f.awaitIdle();
        vm.selectedProperty().set(vm.files().get(2));

        f.app.languageProperty().set(Language.JA);
        f.awaitIdle();
        assertEquals("✓ 有効", vm.files().get(0).signatureText());
        assertTrue(vm.summaryProperty().get().startsWith("3 ファイルのプレビュー"), vm.summaryProperty().get());
        assertEquals("c-y.cescore", vm.selectedProperty().get().fileName(), "the same file stays selected");
        assertTrue(vm.canCommitProperty().get());

        vm.commit();
        f.awaitIdle();
        f.app.languageProperty().set(Language.EN);
        f.awaitIdle();
        assertEquals(Phase.DONE, vm.phaseProperty().get());
        assertEquals("✓ stored", vm.files().get(0).outcomeText(), "still the report after the commit");
        assertTrue(vm.summaryProperty().get().startsWith("Imported. 3 files: 2 stored"), vm.summaryProperty().get());
        assertEquals(List.of(), f.reported);
    }

    @Test
    void cancelledCommitStoresNothing() throws Exception {
        chair(Language.EN);
        vm.add(List.of(inbox()));
        f.awaitIdle();
        CountDownLatch hold = new CountDownLatch(1);
        f.tasks.run(() -> hold.await(10, TimeUnit.SECONDS), ok -> { });
        vm.commit();
        assertEquals(Phase.COMMITTING, vm.phaseProperty().get());
        vm.cancel();
        hold.countDown();
        f.awaitIdle();
        assertEquals(Phase.PREVIEW, vm.phaseProperty().get());
        assertEquals("The import was cancelled: nothing was stored.", vm.messageProperty().get());
        assertEquals(1, evaluatorsStored());
        assertEquals(0, stored.get());
        assertTrue(vm.canCommitProperty().get(), "the preview can still be committed");
        assertEquals(List.of(), f.reported, "a cancel is not an error");
        vm.commit();
        f.awaitIdle();
        assertEquals(3, evaluatorsStored());
    }

    @Test
    void everyStateHasATextInBothLanguages() {
        for (Language l : Language.values()) {
            var m = jp.clustereval.ui.common.Messages.of(l);
            List<String> keys = new java.util.ArrayList<>();
            for (SheetChange c : SheetChange.values()) {
                keys.add("imports.change." + c.name());
            }
            for (KeyStatus k : KeyStatus.values()) {
                keys.add("imports.key." + k.name());
            }
            for (ImportFileRow.Signature s : ImportFileRow.Signature.values()) {
                keys.add("imports.signature." + s.name());
            }
            for (FileOutcome o : FileOutcome.values()) {
                keys.add("imports.outcome." + o.name());
            }
            for (Completeness.State s : Completeness.State.values()) {
                keys.add("completeness.state." + s.name());
            }
            for (String t : List.of("first_use", "verified", "override")) {
                keys.add("keyList.trust." + t);
            }
            for (String field : List.of("status", "sheet_comment", "grade", "comment", "indication")) {
                keys.add("conflicts.field." + field);
            }
            for (String k : keys) {
                assertTrue(m.has(k), l + " lacks " + k);
            }
        }
    }
}
