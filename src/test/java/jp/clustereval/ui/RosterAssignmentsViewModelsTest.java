package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;
import jp.clustereval.ui.assignments.AssignmentGrid;
import jp.clustereval.ui.assignments.AssignmentsViewModel;
import jp.clustereval.ui.roster.RosterRow;
import jp.clustereval.ui.roster.RosterViewModel;

/**
 * Round &gt; Roster and Round &gt; Assignments without the toolkit, over a real database file: what
 * they change is read back from the file after the desktop's session is closed.
 */
class RosterAssignmentsViewModelsTest {

    @TempDir
    Path dir;
    private VmFixture f;
    private boolean closed;
    private final AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void setUp() {
        f = new VmFixture(dir.resolve("chair.db"), Language.EN);
        f.createEvaluator("Chair");
    }

    @AfterEach
    void tearDown() {
        if (!closed) {
            f.close();
        }
    }

    private Services services() {
        return f.session.services();
    }

    private String round() {
        return f.session.round().id();
    }

    @Test
    void theRosterAddsAPickedOrANewPersonRemovesARoleAndRefusesABadEmailLeavingNoPersonBehind() throws Exception {
        Evaluator hanako = services().evaluators().add("佐藤 花子", "東北大学");
        RosterViewModel vm = new RosterViewModel(f.app, f.tasks, changed::incrementAndGet);
        vm.refresh();
        f.awaitIdle();
        assertEquals(List.of(), vm.rows());
        assertEquals(2, vm.people().size(), "the database's people to pick from: " + vm.people());
        assertFalse(vm.canAddProperty().get(), "nobody picked and no name typed");

        vm.personProperty().set(vm.people().stream().filter(p -> p.evaluator().equals(hanako)).findFirst().orElseThrow());
        vm.roleProperty().set("evaluator");
        vm.emailProperty().set("hanako@example.jp");
        assertTrue(vm.add());
        f.awaitIdle();
        assertEquals(List.of(new RosterRow(hanako.id(), "佐藤 花子", "東北大学", "evaluator", "Evaluator",
                "hanako@example.jp", "18", "No", "")), vm.rows(), "no assignments yet: every unit of the round");
        assertEquals("佐藤 花子 is on the roster as Evaluator.", vm.messageProperty().get());
        assertEquals(1, changed.get());

        vm.newNameProperty().set("田中 一郎");
        vm.newAffiliationProperty().set("京都大学");
        vm.roleProperty().set("weighting");
        assertTrue(vm.add());
        f.awaitIdle();
        assertEquals(List.of("佐藤 花子 Evaluator", "田中 一郎 Weighting group"),
                vm.rows().stream().map(r -> r.name() + " " + r.roleText()).toList());
        assertEquals("No", vm.rows().get(1).handedIn(), "no weights file of theirs applied");

        // refused by the service: a dialog, and nothing stored (no person made for the refused row)
        vm.newNameProperty().set("Bad Mail");
        vm.roleProperty().set("evaluator");
        vm.emailProperty().set("not an address");
        assertTrue(vm.add());
        f.awaitIdle();
        assertEquals(1, f.reported.size());
        assertEquals("roster.email", ((UserFacingException) f.reported.get(0)).key());
        assertEquals(2, vm.rows().size());
        assertTrue(services().evaluators().all().stream().noneMatch(e -> e.name().equals("Bad Mail")));
        assertTrue(vm.canAddProperty().get(), "the form keeps what was typed to correct it");

        vm.selectedProperty().set(vm.rows().get(0));
        assertTrue(vm.remove());
        f.awaitIdle();
        assertEquals(List.of("田中 一郎 weighting"), vm.rows().stream().map(r -> r.name() + " " + r.role()).toList());
        assertEquals("佐藤 花子 is no longer on the roster as Evaluator.", vm.messageProperty().get());
        assertFalse(vm.canRemoveProperty().get(), "nothing selected after the row went");

        closed = true;
        f.close();
        assertEquals(List.of("田中 一郎|weighting|"), rows("SELECT e.name || '|' || r.role || '|' || r.email FROM roster r"
                + " JOIN evaluator e ON e.id = r.evaluator_id"));
        assertEquals(List.of("roster-add|Chair", "roster-add|Chair", "roster-remove|Chair"),
                rows("SELECT action || '|' || actor FROM round_audit WHERE action LIKE 'roster%' ORDER BY id"));
        assertEquals(List.of(), rows("SELECT name FROM evaluator WHERE name = 'Bad Mail'"));
    }

    /**
     * A conflict of interest declared from the person's side (the roster), not only from a cell of
     * the completeness matrix: stored as "coi add" stores it, shown in the person's row, the
     * assignment gone; a second declaration says it is there already and stores nothing new.
     */
    @Test
    void aConflictOfInterestIsDeclaredFromThePersonsRow() throws Exception {
        Evaluator hanako = services().evaluators().add("佐藤 花子", "東北大学");
        services().roster().add(round(), hanako.id(), "evaluator", null, "test");
        services().assignments().assign(round(), hanako.id(), List.of("SAP", "SEN"), false, "test");
        RosterViewModel vm = new RosterViewModel(f.app, f.tasks, changed::incrementAndGet);
        vm.refresh();
        f.awaitIdle();
        assertTrue(vm.units().contains("SAP"), vm.units().toString());
        assertFalse(vm.canDeclareProperty().get(), "nobody selected");
        vm.selectedProperty().set(vm.rows().get(0));
        vm.coiUnitProperty().set("SAP");
        vm.coiNoteProperty().set("board member of the SAP cluster");
        assertTrue(vm.declareConflict());
        f.awaitIdle();
        assertTrue(f.reported.isEmpty(), () -> f.reported.toString());
        assertEquals("Conflict of interest of 佐藤 花子 with SAP declared: their grades of it leave every average, "
                + "and the assignment is gone.", vm.messageProperty().get());
        var declared = services().coi().list(round());
        assertEquals(1, declared.size());
        assertEquals(hanako.id(), declared.get(0).evaluatorId());
        assertEquals("SAP", declared.get(0).clusterCode());
        assertEquals("board member of the SAP cluster", declared.get(0).note());
        assertEquals("Chair", declared.get(0).createdBy());
        assertEquals("SAP", vm.rows().get(0).conflicts());
        assertEquals("1", vm.rows().get(0).assigned(), "SEN only: the SAP assignment went with the declaration");
        assertEquals(1, changed.get(), "the other views read again");

        vm.selectedProperty().set(vm.rows().get(0));
        vm.coiUnitProperty().set("SAP");
        assertTrue(vm.declareConflict());
        f.awaitIdle();
        assertEquals("佐藤 花子 already has a conflict of interest with SAP.", vm.messageProperty().get());
        assertEquals(1, services().coi().list(round()).size());
    }

    @Test
    void theGridAppliesTicksAsOneAuditedChangePerCellKeepsConflictCellsFreeAndImportsACsv() throws Exception {
        Evaluator hanako = services().evaluators().add("佐藤 花子", "東北大学");
        Evaluator ichiro = services().evaluators().add("田中 一郎", "京都大学");
        services().roster().add(round(), hanako.id(), "evaluator", null, "test");
        services().roster().add(round(), ichiro.id(), "evaluator", null, "test");
        services().coi().add(round(), ichiro.id(), "SAP", "京都大学 兼任", "test");
        AssignmentsViewModel vm = new AssignmentsViewModel(f.app, f.tasks, changed::incrementAndGet);
        vm.refresh();
        f.awaitIdle();
        AssignmentGrid grid = vm.gridProperty().get();
        assertEquals(List.of("佐藤 花子 (東北大学)", "田中 一郎 (京都大学)"),
                grid.evaluators().stream().map(AssignmentGrid.Person::label).toList());
        assertEquals(18, grid.units().size());
        assertTrue(vm.everyoneGradesEverythingProperty().get(), "no assignments: every evaluator grades every unit");
        assertTrue(grid.isConflict(ichiro.id(), "SAP"));

        assertFalse(vm.setTicked(ichiro.id(), "SAP", true), "a declared conflict of interest cannot be ticked");
        assertTrue(vm.pending().isEmpty());
        assertFalse(vm.canApplyProperty().get());

        vm.setTicked(hanako.id(), "SAP", true);
        vm.setTicked(hanako.id(), "SEN", true);
        vm.setTicked(ichiro.id(), "KYO", true);
        vm.setTicked(hanako.id(), "SEN", false);
        assertEquals(2, vm.pending().size(), "ticked and cleared again is no change");
        assertEquals("2 changes not applied yet", vm.pendingTextProperty().get());
        assertTrue(vm.isTicked(hanako.id(), "SAP"));
        assertFalse(vm.canImportProperty().get(), "no import over unapplied ticks");
        assertFalse(vm.importCsv(dir.resolve("any.csv")));
        assertTrue(vm.apply());
        f.awaitIdle();
        assertEquals(List.of(), f.reported);
        assertEquals(Set.of(AssignmentGrid.cell(hanako.id(), "SAP"), AssignmentGrid.cell(ichiro.id(), "KYO")),
                vm.gridProperty().get().assigned());
        assertFalse(vm.everyoneGradesEverythingProperty().get());
        assertTrue(vm.pending().isEmpty());
        assertEquals("2 assignments changed.", vm.messageProperty().get());

        vm.setTicked(hanako.id(), "SAP", false);
        vm.setTicked(hanako.id(), "UBE", true);
        assertTrue(vm.apply());
        f.awaitIdle();
        assertEquals(Set.of(AssignmentGrid.cell(hanako.id(), "UBE"), AssignmentGrid.cell(ichiro.id(), "KYO")),
                vm.gridProperty().get().assigned());

        // an unapplied tick survives the window being read again (closed and opened), not a conflict declared since
        vm.setTicked(hanako.id(), "FUK", true);
        vm.setTicked(ichiro.id(), "HIR", true);
        services().coi().add(round(), ichiro.id(), "HIR", "", "test");
        vm.refresh();
        f.awaitIdle();
        assertEquals(Set.of(AssignmentGrid.cell(hanako.id(), "FUK")), vm.pending());
        assertEquals("1 change not applied yet", vm.pendingTextProperty().get());
        vm.revert();
        assertTrue(vm.pending().isEmpty());
        assertFalse(vm.isTicked(hanako.id(), "FUK"));

        Path csv = Files.writeString(dir.resolve("assign.csv"), "evaluator,cluster\n佐藤 花子,FUK\n田中 一郎,SEN\n",
                StandardCharsets.UTF_8);
        assertTrue(vm.importCsv(csv));
        f.awaitIdle();
        assertEquals("The CSV assigned 2 units.", vm.messageProperty().get());
        assertTrue(vm.gridProperty().get().isAssigned(hanako.id(), "FUK"));
        assertTrue(vm.gridProperty().get().isAssigned(ichiro.id(), "SEN"));

        // the CSV assigns a unit the evaluator declared a conflict with: refused whole, nothing stored
        Path coi = Files.writeString(dir.resolve("coi.csv"), "evaluator,cluster\n佐藤 花子,HIR\n田中 一郎,SAP\n",
                StandardCharsets.UTF_8);
        assertTrue(vm.importCsv(coi));
        f.awaitIdle();
        assertEquals("assign.conflictOfInterest", ((UserFacingException) f.reported.get(0)).key());
        assertFalse(vm.gridProperty().get().isAssigned(hanako.id(), "HIR"));
        assertEquals(3, changed.get(), "told after each stored change, not after the refused one");

        closed = true;
        f.close();
        assertEquals(List.of("佐藤 花子|FUK", "佐藤 花子|UBE", "田中 一郎|KYO", "田中 一郎|SEN"),
                rows("SELECT e.name || '|' || a.cluster_code FROM assignment a JOIN evaluator e ON e.id = a.evaluator_id"
                        + " ORDER BY e.name, a.cluster_code"));
        assertEquals(List.of("assign|Chair", "assign|Chair", "unassign|Chair", "assign|Chair", "assign-import|Chair",
                "assign-import|Chair"), rows("SELECT action || '|' || actor FROM round_audit"
                + " WHERE action LIKE '%assign%' ORDER BY id"), "one audited row per cell changed");
    }

    @Test
    void namesAndAddressesFromOtherPeoplesFilesAreShownEscapedInBothWindows() {
        // a person as a hostile score file could have brought them: control characters and a bidi override
        Evaluator mallory = services().evaluators().add("Mallory\u001b[2J\u202Eevil", "Lab\nX");
        services().roster().add(round(), mallory.id(), "evaluator", "m@\u202Eexample.jp", "test");
        RosterViewModel roster = new RosterViewModel(f.app, f.tasks, () -> { });
        AssignmentsViewModel grid = new AssignmentsViewModel(f.app, f.tasks, () -> { });
        roster.refresh();
        grid.refresh();
        f.awaitIdle();
        RosterRow row = roster.rows().get(0);
        for (String shown : List.of(row.name(), row.affiliation(), row.email(),
                grid.gridProperty().get().evaluators().get(0).label(),
                roster.people().stream().filter(p -> p.evaluator().equals(mallory)).findFirst().orElseThrow().label())) {
            assertTrue(jp.clustereval.common.SafeText.isSafeLine(shown), "shown escaped: " + shown);
        }
    }

    private List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("chair.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
