package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemKind;
import jp.clustereval.domain.ItemTree;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.rounddef.RoundDefinitionJson;
import jp.clustereval.service.RoundSetupService;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.rounds.EditorItem;
import jp.clustereval.ui.rounds.NewRoundViewModel;
import jp.clustereval.ui.rounds.RoundEditorViewModel;
import jp.clustereval.ui.rounds.RoundRow;
import jp.clustereval.ui.rounds.RoundTitle;
import jp.clustereval.ui.rounds.SwitchRoundViewModel;
import jp.clustereval.ui.rounds.UnitChoice;

/**
 * The rounds' desktop side without the toolkit, over a real database: switching the current round
 * (the main window reloads on it), making a new round from a copy, a definition file or with a units
 * CSV (and every refusal changing nothing), and the definition editor's tree operations, save,
 * refusals and frozen state.
 */
class RoundViewModelsTest {

    @TempDir
    Path dir;
    private VmFixture fx;
    private ViewModels vms;

    @BeforeEach
    void setUp() {
        fx = new VmFixture(dir.resolve("rounds.db"), Language.EN);
        vms = fx.viewModels(Duration.ofMillis(100));
        fx.createEvaluator("Secretariat");
        fx.awaitIdle();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private RoundSetupService setup() {
        return fx.session.services().roundSetup();
    }

    private void makeFinalRound() {
        setup().create(new RoundSetupService.NewRound("final-fy2006", new LocalizedText("終了評価", "Final evaluation"),
                RoundKind.FINAL, "mid-fy2004", null, null, null), "test");
    }

    private Path unitsCsv() throws Exception {
        Path csv = dir.resolve("areas.csv");
        Files.writeString(csv, "code,name_ja,name_en,start_fy\nCA1,札幌都市エリア,Sapporo City Area,2005\n"
                + "CA2,仙台都市エリア,Sendai City Area,2005\nCA3,福岡都市エリア,Fukuoka City Area,2006\n", StandardCharsets.UTF_8);
        return csv;
    }

    private List<String> listedCodes() {
        return vms.main().clusters().rows().stream().map(r -> r.code()).toList();
    }

    private void assertNothingStoredBeyond(Set<String> ids) {
        assertEquals(ids, Set.copyOf(fx.session.services().rounds().ids()));
    }

    @Test
    void switchingMakesTheRoundCurrentAndTheMainWindowReloadsOnIt() throws Exception {
        setup().create(new RoundSetupService.NewRound("city-2006", new LocalizedText("都市エリア", "City Areas"),
                RoundKind.OTHER, "mid-fy2004", null, setup().readUnits(unitsCsv()), null), "test");
        fx.awaitIdle();
        assertEquals(18, listedCodes().size(), "the seeded round's 18 clusters");
        SwitchRoundViewModel vm = vms.switchRound();
        vm.refresh();
        fx.awaitIdle();
        assertEquals(List.of("city-2006", "mid-fy2004"), vm.rows().stream().map(RoundRow::id).sorted().toList());
        assertEquals("mid-fy2004", vm.selectedProperty().get().id(), "the current round is selected");
        RoundRow city = vm.rows().stream().filter(r -> r.id().equals("city-2006")).findFirst().orElseThrow();
        assertEquals("City Areas", city.name());
        assertEquals("Other", city.kind());
        assertEquals(3, city.units());
        assertEquals("", city.currentText());

        vm.selectedProperty().set(city);
        assertTrue(vm.useSelected());
        fx.awaitIdle();
        assertEquals("city-2006", fx.app.session().round().id());
        assertEquals("city-2006", fx.session.services().rounds().currentId(), "stored as the current round");
        assertEquals(fx.session.file(), fx.app.session().file(), "the same database");
        assertEquals("Secretariat", fx.app.evaluator().name());
        assertEquals(List.of("CA1", "CA2", "CA3"), listedCodes(), "the list shows the round's units");
        assertTrue(vm.switchedProperty().get());
        assertTrue(vm.rows().stream().filter(RoundRow::current).allMatch(r -> r.id().equals("city-2006")));
        assertEquals("ClusterEval — City Areas (city-2006)", RoundTitle.of(fx.app.session().round(), Language.EN));
        assertEquals("ClusterEval — 都市エリア (city-2006)", RoundTitle.of(fx.app.session().round(), Language.JA));
        assertTrue(fx.reported.isEmpty(), fx.reported.toString());
    }

    @Test
    void switchingToAnUnknownRoundIsRefusedAndChangesNothing() {
        vms.switchRound().use("no-such-round");
        fx.awaitIdle();
        assertEquals(1, fx.reported.size());
        assertEquals("round.unknown", ((UserFacingException) fx.reported.get(0)).key());
        assertEquals("mid-fy2004", fx.app.session().round().id());
        assertEquals("mid-fy2004", fx.session.services().rounds().currentId());
        assertFalse(vms.switchRound().switchedProperty().get());
    }

    private NewRoundViewModel newRound(String id) {
        NewRoundViewModel vm = vms.newRound();
        vm.reset();
        fx.awaitIdle();
        vm.idProperty().set(id);
        vm.nameJaProperty().set("平成18年度終了評価");
        vm.nameEnProperty().set("FY2006 final evaluation");
        vm.kindProperty().set(RoundKind.FINAL);
        return vm;
    }

    @Test
    void aNewRoundAsACopyOfTheCurrentOneWithAnotherCohort() {
        NewRoundViewModel vm = newRound("final-fy2006");
        assertEquals("mid-fy2004", vm.copyFromProperty().get().id(), "the current round is offered");
        assertEquals(18, vm.units().size());
        assertEquals(12, vm.units().stream().filter(UnitChoice::inCohort).count(), "the source's cohort is checked");
        vm.units().forEach(u -> u.inCohortProperty().set(u.code().equals("SAP") || u.code().equals("SEN")));
        assertTrue(vm.create());
        fx.awaitIdle();
        assertTrue(fx.reported.isEmpty(), fx.reported.toString());
        RoundDefinition made = setup().definition("final-fy2006");
        assertEquals(RoundKind.FINAL, made.kind());
        assertEquals("FY2006 final evaluation", made.round().name().en());
        assertEquals(Set.of("SAP", "SEN"), made.round().cohort());
        assertEquals(18, made.units().size());
        assertEquals("final-fy2006", vm.createdProperty().get().id());
        assertEquals("mid-fy2004", fx.session.services().rounds().currentId(), "made, not switched to");
    }

    @Test
    void aNewRoundFromADefinitionFileWithUnitsFromACsv() throws Exception {
        // a definition file as another tool (or 'round show') writes it
        RoundDefinition mid = setup().definition("mid-fy2004");
        Round r = mid.round();
        Path file = dir.resolve("city.json");
        Files.write(file, RoundDefinitionJson.write(new RoundDefinition(new Round("whatever", r.name(), r.scale(), r.axes(),
                r.items(), r.cohort()), RoundKind.OTHER, 2006, mid.units())));
        NewRoundViewModel vm = newRound("city-2006");
        vm.chooseDefinitionFile(file);
        fx.awaitIdle();
        assertEquals(NewRoundViewModel.Source.FILE, vm.sourceProperty().get());
        vm.chooseUnitsFile(unitsCsv());
        fx.awaitIdle();
        assertEquals(List.of("CA1", "CA2", "CA3"), vm.units().stream().map(UnitChoice::code).toList());
        assertTrue(vm.units().stream().allMatch(UnitChoice::inCohort), "no unit of the source's cohort: every unit");
        vm.units().get(2).inCohortProperty().set(false);
        assertTrue(vm.create());
        fx.awaitIdle();
        assertTrue(fx.reported.isEmpty(), fx.reported.toString());
        RoundDefinition made = setup().definition("city-2006");
        assertEquals(List.of("CA1", "CA2", "CA3"), made.units().stream().map(u -> u.code()).toList());
        assertEquals(Set.of("CA1", "CA2"), made.round().cohort());
        assertEquals(2006, made.fiscalYear());
        assertEquals(r.items().all().size(), made.round().items().all().size());
    }

    @Test
    void aNewRoundFromTheSeededDefinition() {
        NewRoundViewModel vm = newRound("again-fy2004");
        vm.sourceProperty().set(NewRoundViewModel.Source.SEEDED);
        fx.awaitIdle();
        assertEquals(18, vm.units().size());
        assertTrue(vm.create());
        fx.awaitIdle();
        assertTrue(fx.reported.isEmpty(), fx.reported.toString());
        assertEquals(setup().definition("mid-fy2004").round().items().all().size(),
                setup().definition("again-fy2004").round().items().all().size());
    }

    @Test
    void everyRefusalOfANewRoundSaysWhyAndStoresNothing() throws Exception {
        Set<String> before = Set.of("mid-fy2004");
        String[][] cases = {{"bad id!", "round.idInvalid"}, {"mid-fy2004", "round.exists"}};
        for (String[] c : cases) {
            fx.reported.clear();
            NewRoundViewModel vm = newRound(c[0]);
            assertTrue(vm.create());
            fx.awaitIdle();
            assertEquals(c[1], ((UserFacingException) fx.reported.get(0)).key(), c[0]);
            assertNothingStoredBeyond(before);
        }
        // no name
        fx.reported.clear();
        NewRoundViewModel vm = newRound("fine-id");
        vm.nameEnProperty().set(" ");
        vm.create();
        fx.awaitIdle();
        assertEquals("round.nameMissing", ((UserFacingException) fx.reported.get(0)).key());
        // an empty cohort
        fx.reported.clear();
        vm = newRound("fine-id");
        vm.units().forEach(u -> u.inCohortProperty().set(false));
        vm.create();
        fx.awaitIdle();
        assertEquals("round.cohortEmpty", ((UserFacingException) fx.reported.get(0)).key());
        // a file source without a file: said in the form, nothing asked of the database
        fx.reported.clear();
        vm = newRound("fine-id");
        vm.sourceProperty().set(NewRoundViewModel.Source.FILE);
        assertFalse(vm.create());
        assertEquals("Choose a definition file (.json) first.", vm.messageProperty().get());
        // a definition file that is not one, a units CSV with a column units do not have
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"something else\"}");
        vm.chooseDefinitionFile(broken);
        fx.awaitIdle();
        assertTrue(fx.reported.get(0) instanceof UserFacingException u && u.key().startsWith("rounddef."), fx.reported.toString());
        assertEquals(null, vm.definitionFileProperty().get());
        fx.reported.clear();
        Path csv = dir.resolve("odd.csv");
        Files.writeString(csv, "code,name_ja,name_en,start_fy,budget\nX1,エックス,X,2005,1\n");
        vm.chooseUnitsFile(csv);
        fx.awaitIdle();
        assertEquals("rounddef.unitsColumn", ((UserFacingException) fx.reported.get(0)).key());
        assertEquals(null, vm.unitsFileProperty().get());
        assertNothingStoredBeyond(before);
    }

    private RoundEditorViewModel editor() {
        RoundEditorViewModel vm = vms.roundEditor();
        vm.load();
        fx.awaitIdle();
        assertTrue(vm.loadedProperty().get());
        return vm;
    }

    private static List<String> ids(EditorItem node) {
        return node.children().stream().map(EditorItem::id).toList();
    }

    @Test
    void theEditorsTreeOperationsAndSave() {
        RoundEditorViewModel vm = editor();
        assertFalse(vm.frozenProperty().get());
        EditorItem first = vm.root().children().get(0);
        assertEquals(ItemKind.HEADING, first.fields().kind());
        List<String> topLevel = ids(vm.root());
        int items = fx.session.round().items().all().size();

        // Insert after the first heading, rename it, move it up above the first, then down again
        vm.selectedProperty().set(first);
        assertTrue(vm.insertAfter());
        EditorItem added = vm.selectedProperty().get();
        assertEquals(ItemKind.HEADING, added.fields().kind());
        assertEquals(1, ids(vm.root()).indexOf(added.id()));
        assertTrue(vm.rename("Outlook"));
        assertEquals("Outlook", added.fields().name().en());
        assertEquals("新しい項目", added.fields().name().ja());
        assertTrue(vm.move(-1));
        assertEquals(0, ids(vm.root()).indexOf(added.id()));
        assertFalse(vm.move(-1), "the first cannot go further up");
        assertTrue(vm.move(1));
        // a graded child under it (on the first axis), a sub-item under that, and none under a sub-item
        assertTrue(vm.insertChild());
        EditorItem graded = vm.selectedProperty().get();
        assertEquals(ItemKind.GRADED, graded.fields().kind());
        assertEquals(added, graded.parent());
        assertTrue(vm.insertChild());
        EditorItem sub = vm.selectedProperty().get();
        assertEquals(ItemKind.SUB_ITEM, sub.fields().kind());
        assertFalse(vm.insertChild());
        assertEquals("A sub-item has no items under it.", vm.messageProperty().get());
        // Enter's dialog: a per-unit sub-item
        assertTrue(vm.edit(new EditorItem.Fields(new LocalizedText("テーマ1", "Theme 1"), new LocalizedText("", ""),
                ItemKind.SUB_ITEM, null, "SAP", 1.0)));
        assertTrue(sub.label(Language.EN, "unit").endsWith("[unit SAP]"), sub.label(Language.EN, "unit"));
        vm.selectedProperty().set(graded);
        assertTrue(vm.edit(new EditorItem.Fields(new LocalizedText("見通し", "Prospects"), new LocalizedText("", ""),
                ItemKind.GRADED, "B", null, 2.0)));
        assertTrue(vm.save());
        fx.awaitIdle();
        assertTrue(fx.reported.isEmpty(), fx.reported.toString());
        assertTrue(vm.savedProperty().get());

        Round stored = fx.session.services().rounds().require("mid-fy2004");
        ItemTree tree = stored.items();
        assertEquals(items + 3, tree.all().size());
        Item storedGraded = tree.find(graded.id()).orElseThrow();
        assertEquals("Prospects", storedGraded.name().en());
        assertEquals("B", storedGraded.axisCode());
        assertEquals(added.id(), storedGraded.parentId());
        assertEquals("SAP", tree.find(sub.id()).orElseThrow().clusterCode());
        assertEquals(1, tree.gradedItems("SAP").stream().filter(i -> i.id().equals(graded.id())).count());
        assertEquals(stored.items().all().size(), fx.app.session().round().items().all().size(),
                "the main window's session holds the saved round");

        // Delete removes the heading with what is under it
        vm.load();
        fx.awaitIdle();
        EditorItem again = vm.root().children().stream().filter(c -> c.id().equals(added.id())).findFirst().orElseThrow();
        vm.selectedProperty().set(again);
        assertTrue(vm.remove());
        assertEquals(topLevel, ids(vm.root()));
        assertTrue(vm.save());
        fx.awaitIdle();
        assertEquals(items, fx.session.services().rounds().require("mid-fy2004").items().all().size());
    }

    @Test
    void axesAndGradesKeepTheirLimitsAndARefusedSaveStoresNothing() {
        RoundEditorViewModel vm = editor();
        assertEquals(5, vm.axes().size());
        assertEquals(4, vm.grades().size());
        assertTrue(vm.addAxis());
        assertTrue(vm.addAxis());
        assertTrue(vm.addAxis());
        assertFalse(vm.addAxis(), "8 axes at most");
        assertEquals("The number of axes of a round lies between 3 and 8.", vm.messageProperty().get());
        String fingerprint = jp.clustereval.scorefile.RoundFingerprint.of(fx.session.round());
        // a new axis without a name and without items: refused, naming the axis, nothing saved
        assertFalse(vm.save());
        assertTrue(vm.messageProperty().get().contains("'X'"), vm.messageProperty().get());
        vm.axes().remove(5, 8);
        // a five-grade scale: E = 0
        assertTrue(vm.addGrade());
        var e = vm.grades().get(4);
        e.codeProperty().set("E");
        e.valueProperty().set("zero");
        assertFalse(vm.save(), "a value that is no number");
        e.valueProperty().set("0");
        e.wordingEnProperty().set("far below the plan");
        vm.grades().get(0).valueProperty().set("3");
        assertFalse(vm.save(), "two grades with the value 3");
        assertEquals("The grade 'A' needs a value of its own (a finite number no other grade has). Nothing was changed.",
                vm.messageProperty().get());
        assertEquals(fingerprint, jp.clustereval.scorefile.RoundFingerprint.of(
                fx.session.services().rounds().require("mid-fy2004")), "nothing saved");
        vm.grades().get(0).valueProperty().set("4");
        vm.units().forEach(u -> u.inCohortProperty().set(false));
        assertFalse(vm.save());
        assertEquals("The round's cohort (the units every unit is compared with) is empty. Nothing was changed.",
                vm.messageProperty().get());
        vm.units().get(0).inCohortProperty().set(true);
        assertTrue(vm.save());
        fx.awaitIdle();
        assertTrue(fx.reported.isEmpty(), fx.reported.toString());
        Round stored = fx.session.services().rounds().require("mid-fy2004");
        assertEquals("S, A, B, C, E", stored.scale().codes());
        assertEquals(Set.of("SAP"), stored.cohort());
        for (int i = 0; i < 3; i++) {
            vm.removeGrade(vm.grades().get(0));
        }
        assertEquals(2, vm.grades().size());
        assertFalse(vm.removeGrade(vm.grades().get(0)), "two grades at least");
    }

    @Test
    void onceAGradeIsStoredTheEditorChangesOnlyTextsAndSaysWhy() {
        String me = fx.app.evaluator().id();
        fx.session.services().grading().setGrade(new SheetKey("mid-fy2004", me, "SAP"), "1.1", "A", "test");
        RoundEditorViewModel vm = editor();
        assertTrue(vm.frozenProperty().get());
        assertFalse(vm.lockedProperty().get(), "texts still change");
        assertTrue(vm.frozenTextProperty().get().startsWith("The round 'mid-fy2004' has grades stored already"),
                vm.frozenTextProperty().get());
        assertTrue(vm.frozenTextProperty().get().endsWith("Save stores the texts only."), vm.frozenTextProperty().get());
        EditorItem heading = vm.root().children().get(0);
        EditorItem graded = heading.children().get(0);
        vm.selectedProperty().set(heading);
        String fingerprint = jp.clustereval.scorefile.RoundFingerprint.of(fx.session.round());
        // the structure: refused, saying why
        assertFalse(vm.insertAfter());
        assertEquals(vm.frozenTextProperty().get(), vm.messageProperty().get());
        assertFalse(vm.remove());
        assertFalse(vm.move(1));
        assertFalse(vm.addAxis());
        assertFalse(vm.removeGrade(vm.grades().get(0)));
        vm.selectedProperty().set(graded);
        EditorItem.Fields f = graded.fields();
        assertFalse(vm.edit(new EditorItem.Fields(f.name(), f.description(), f.kind(), "B", null, f.weight())),
                "another axis");
        assertEquals(vm.frozenTextProperty().get(), vm.messageProperty().get());
        assertEquals(f, graded.fields());
        assertFalse(vm.hasUnsavedChanges());
        // the texts: F2, Enter's names and description, an axis's name, a grade's wording
        vm.selectedProperty().set(heading);
        assertTrue(vm.rename("Progress so far"));
        vm.selectedProperty().set(graded);
        assertTrue(vm.edit(new EditorItem.Fields(new LocalizedText("技術評価", "Technical progress"),
                new LocalizedText("", "How far the R&D got"), f.kind(), f.axisCode(), f.clusterCode(), f.weight())));
        vm.axes().get(0).nameEnProperty().set("Research");
        vm.grades().get(0).wordingEnProperty().set("Far beyond the plan");
        assertTrue(vm.hasUnsavedChanges());
        assertTrue(vm.save());
        fx.awaitIdle();
        assertTrue(fx.reported.isEmpty(), fx.reported.toString());
        assertEquals("Texts saved: the round's grading definition is as it was, its grades stay valid.",
                vm.messageProperty().get());
        assertFalse(vm.hasUnsavedChanges(), "what is shown is what is stored");
        Round stored = fx.session.services().rounds().require("mid-fy2004");
        assertEquals(fingerprint, jp.clustereval.scorefile.RoundFingerprint.of(stored), "the grading structure is the same");
        assertEquals("Progress so far", stored.items().find(heading.id()).orElseThrow().name().en());
        assertEquals("技術評価", stored.items().find(graded.id()).orElseThrow().name().ja());
        assertEquals("How far the R&D got", stored.items().find(graded.id()).orElseThrow().description().en());
        assertEquals("Research", stored.axes().get(0).name().en());
        assertEquals("Far beyond the plan", stored.scale().levels().get(0).wording().en());
        assertEquals("Technical progress", fx.app.session().round().items().find(graded.id()).orElseThrow().name().en(),
                "the main window's session has the new names");
        var audit = fx.session.services().database().query(c -> new jp.clustereval.persistence.RoundAuditDao(c).ofRound("mid-fy2004"));
        assertEquals("rename", audit.get(audit.size() - 1).action());
        assertEquals("items " + heading.id() + ", " + graded.id() + "; axes A; grades S", audit.get(audit.size() - 1).detail());
    }

    @Test
    void theEditorTakesUnitsFromACsvAndRefusesASubItemOfAUnitNoLongerThere() throws Exception {
        makeFinalRound();
        vms.switchRound().use("final-fy2006");
        fx.awaitIdle();
        RoundEditorViewModel vm = editor();
        // a per-unit sub-item of SAP under the first graded item
        EditorItem graded = vm.root().children().get(0).children().get(0);
        assertEquals(ItemKind.GRADED, graded.fields().kind());
        vm.selectedProperty().set(graded);
        assertTrue(vm.insertChild());
        assertTrue(vm.edit(new EditorItem.Fields(new LocalizedText("テーマ", "Theme"), new LocalizedText("", ""),
                ItemKind.SUB_ITEM, null, "SAP", 1.0)));
        assertTrue(vm.replaceUnits(unitsCsv()));
        fx.awaitIdle();
        assertEquals(List.of("CA1", "CA2", "CA3"), vm.units().stream().map(UnitChoice::code).toList());
        assertTrue(vm.units().stream().allMatch(UnitChoice::inCohort));
        assertFalse(vm.save());
        assertEquals("The item '" + vm.selectedProperty().get().id() + "' belongs to the unit 'SAP', which is not a unit"
                + " of the round. Nothing was changed.", vm.messageProperty().get());
        assertEquals(18, setup().definition("final-fy2006").units().size(), "nothing saved");
        assertTrue(vm.remove());
        assertTrue(vm.save());
        fx.awaitIdle();
        assertTrue(fx.reported.isEmpty(), fx.reported.toString());
        assertEquals(List.of("CA1", "CA2", "CA3"), setup().definition("final-fy2006").units().stream().map(u -> u.code()).toList());
        assertEquals(List.of("CA1", "CA2", "CA3"), listedCodes(), "the main window lists the round's new units");
    }

    @Test
    void anOpenEditorFollowsTheRoundSwitchedToOnceEditsNotSavedAreDiscarded() {
        makeFinalRound();
        RoundEditorViewModel vm = editor();
        vm.selectedProperty().set(vm.root().children().get(0));
        assertTrue(vm.insertAfter());
        vms.switchRound().use("final-fy2006");
        fx.awaitIdle();
        assertEquals("final-fy2006", fx.app.session().round().id());
        // the edit is not dropped silently: the person is asked
        assertTrue(vm.unsavedQuestionProperty().get());
        assertEquals("mid-fy2004", vm.roundId());
        assertEquals(fx.session.round().items().all().size() + 1, count(vm.root()), "the edit is still shown");
        vm.resolveUnsaved(RoundEditorViewModel.UnsavedChoice.DISCARD);
        fx.awaitIdle();
        assertFalse(vm.unsavedQuestionProperty().get());
        assertEquals("final-fy2006", vm.roundId());
        assertEquals(fx.session.round().items().all().size(), count(vm.root()), "the other round, as stored");
        assertTrue(vm.insertAfter());
        assertTrue(vm.save());
        fx.awaitIdle();
        assertTrue(fx.reported.isEmpty(), fx.reported.toString());
        assertEquals(fx.session.round().items().all().size() + 1,
                fx.session.services().rounds().require("final-fy2006").items().all().size(), "saved to the round shown");
        assertEquals(fx.session.round().items().all().size(),
                fx.session.services().rounds().require("mid-fy2004").items().all().size(), "the other round untouched");
    }

    @Test
    void editsNotSavedAreSavedToTheirRoundOrKeptWhenAnotherRoundIsMadeCurrent() {
        makeFinalRound();
        int items = fx.session.round().items().all().size();
        RoundEditorViewModel vm = editor();
        vm.selectedProperty().set(vm.root().children().get(0));
        assertTrue(vm.insertAfter());
        assertTrue(vm.hasUnsavedChanges());
        vms.switchRound().use("final-fy2006");
        fx.awaitIdle();
        assertTrue(vm.unsavedQuestionProperty().get());
        vm.resolveUnsaved(RoundEditorViewModel.UnsavedChoice.KEEP_EDITING);
        assertFalse(vm.unsavedQuestionProperty().get());
        assertEquals("mid-fy2004", vm.roundId(), "still the round the edits were made for");
        assertEquals("Still the definition of the round 'mid-fy2004': Save stores it for that round.", vm.messageProperty().get());
        vm.open(); // Round > Edit definition again: asked again, nothing dropped
        assertTrue(vm.unsavedQuestionProperty().get());
        assertEquals(items + 1, count(vm.root()));
        vm.resolveUnsaved(RoundEditorViewModel.UnsavedChoice.SAVE);
        fx.awaitIdle();
        assertTrue(fx.reported.isEmpty(), fx.reported.toString());
        assertEquals(items + 1, fx.session.services().rounds().require("mid-fy2004").items().all().size(), "saved to its round");
        assertEquals(items, fx.session.services().rounds().require("final-fy2006").items().all().size());
        assertEquals("final-fy2006", vm.roundId(), "then the current round is shown");
        assertEquals(items, count(vm.root()));
        assertFalse(vm.hasUnsavedChanges());
        vm.open(); // nothing changed: the round is read again without a question
        fx.awaitIdle();
        assertFalse(vm.unsavedQuestionProperty().get());
    }

    @Test
    void aRefusedSaveOfTheAnswerKeepsTheEdits() {
        makeFinalRound();
        RoundEditorViewModel vm = editor();
        assertTrue(vm.addAxis()); // an axis without a name or items: saving is refused
        vms.switchRound().use("final-fy2006");
        fx.awaitIdle();
        assertTrue(vm.unsavedQuestionProperty().get());
        vm.resolveUnsaved(RoundEditorViewModel.UnsavedChoice.SAVE);
        fx.awaitIdle();
        assertEquals("mid-fy2004", vm.roundId());
        assertEquals(6, vm.axes().size(), "the edits stay");
        assertTrue(vm.messageProperty().get().contains("'X'"), vm.messageProperty().get());
        assertEquals(5, fx.session.services().rounds().require("mid-fy2004").axes().size());
    }

    private static int count(EditorItem node) {
        int n = 0;
        for (EditorItem c : node.children()) {
            n += 1 + count(c);
        }
        return n;
    }
}
