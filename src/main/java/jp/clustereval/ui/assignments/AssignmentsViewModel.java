package jp.clustereval.ui.assignments;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.service.ConflictOfInterest;
import jp.clustereval.service.RosterService;
import jp.clustereval.service.Services;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/**
 * Round &gt; Assignments: which of the round's units each rostered evaluator grades, as a grid of
 * check boxes. Ticks are changes waiting for Apply, which stores them through the
 * AssignmentService in one transaction (one audited row per cell). A cell whose evaluator declared
 * a conflict of interest with the unit cannot be ticked. A round without assignments lets every
 * evaluator grade every unit, and the window says so until the first assignment is stored.
 */
public final class AssignmentsViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Runnable changed;
    private final ObjectProperty<AssignmentGrid> grid = new SimpleObjectProperty<>(this, "grid", AssignmentGrid.EMPTY);
    /** The cells whose tick differs from what is stored. */
    private final ObservableSet<String> pending = FXCollections.observableSet(new HashSet<>());
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty pendingText = new SimpleStringProperty(this, "pendingText", "");
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working");
    private final BooleanBinding everyoneGradesEverything;
    private final BooleanBinding canApply;
    private final BooleanBinding canImport;

    /** @param changed told after assignments were stored (the roster and completeness read them again) */
    public AssignmentsViewModel(AppState app, BackgroundTasks tasks, Runnable changed) {
        this.app = app;
        this.tasks = tasks;
        this.changed = changed;
        everyoneGradesEverything = Bindings.createBooleanBinding(() -> grid.get().assigned().isEmpty(), grid);
        canApply = Bindings.createBooleanBinding(() -> !working.get() && !readOnly() && !pending.isEmpty(),
                working, pending);
        canImport = Bindings.createBooleanBinding(() -> !working.get() && !readOnly() && pending.isEmpty(),
                working, pending);
        pending.addListener((javafx.collections.SetChangeListener<String>) ch -> showPending());
        app.languageProperty().addListener((obs, o, n) -> {
            showPending();
            refresh();
        });
        // another database (or round): its grid, none of the other's ticks
        app.sessionProperty().addListener((obs, o, n) -> {
            pending.clear();
            grid.set(AssignmentGrid.EMPTY);
            refresh();
        });
    }

    private boolean readOnly() {
        Session s = app.session();
        return s == null || s.readOnly();
    }

    private void showPending() {
        pendingText.set(pending.isEmpty() ? "" : app.messages().format("assignments.pending", pending.size()));
    }

    /**
     * Reads the roster, the units, the assignments and the conflicts of interest again. An unapplied
     * tick stays (the window closed and opened again keeps it) while its cell is still there,
     * stored as it was and free of a conflict; the others are dropped.
     */
    public void refresh() {
        Session s = app.session();
        if (s == null) {
            return;
        }
        String roundId = s.round().id();
        Language language = app.language();
        tasks.run(() -> read(s.services(), roundId, language), read -> {
            AssignmentGrid before = grid.get();
            pending.retainAll(stillValid(before, read));
            grid.set(read);
            showPending();
        });
    }

    private static Set<String> stillValid(AssignmentGrid before, AssignmentGrid now) {
        Set<String> valid = new HashSet<>();
        Set<String> codes = new HashSet<>();
        now.units().forEach(u -> codes.add(u.code()));
        for (AssignmentGrid.Person p : now.evaluators()) {
            for (String code : codes) {
                if (!now.isConflict(p.id(), code) && before.isAssigned(p.id(), code) == now.isAssigned(p.id(), code)) {
                    valid.add(AssignmentGrid.cell(p.id(), code));
                }
            }
        }
        return valid;
    }

    private static AssignmentGrid read(Services services, String roundId, Language language) {
        List<Evaluator> everyone = services.evaluators().all();
        PersonLabels labels = PersonLabels.of(everyone);
        List<AssignmentGrid.Person> rows = services.roster().list(roundId).stream()
                .filter(m -> m.role().equals(RosterService.EVALUATOR))
                .map(m -> new AssignmentGrid.Person(m.person().id(), SafeText.line(labels.label(m.person()))))
                .toList();
        List<AssignmentGrid.Unit> units = services.clusters().ofRound(roundId).stream()
                .map((Cluster c) -> new AssignmentGrid.Unit(c.code(), SafeText.line(c.name().in(language))))
                .toList();
        Set<String> assigned = new HashSet<>();
        services.assignments().ofRound(roundId).forEach((id, codes) ->
                codes.forEach(code -> assigned.add(AssignmentGrid.cell(id, code))));
        Set<String> conflicts = new HashSet<>();
        for (ConflictOfInterest coi : services.coi().list(roundId)) {
            conflicts.add(AssignmentGrid.cell(coi.evaluatorId(), coi.clusterCode()));
        }
        return new AssignmentGrid(rows, units, assigned, conflicts);
    }

    /** Whether the cell shows a tick: what is stored, or the change waiting for Apply. */
    public boolean isTicked(String evaluatorId, String unitCode) {
        return grid.get().isAssigned(evaluatorId, unitCode) != pending.contains(AssignmentGrid.cell(evaluatorId, unitCode));
    }

    /**
     * Ticks or clears a cell (a change waiting for Apply). A cell with a conflict of interest cannot
     * be ticked: false, and nothing changes.
     */
    public boolean setTicked(String evaluatorId, String unitCode, boolean ticked) {
        AssignmentGrid g = grid.get();
        if (ticked && g.isConflict(evaluatorId, unitCode)) {
            message.set(app.messages().get("assignments.conflictCell"));
            return false;
        }
        String cell = AssignmentGrid.cell(evaluatorId, unitCode);
        if (ticked == g.isAssigned(evaluatorId, unitCode)) {
            pending.remove(cell);
        } else {
            pending.add(cell);
        }
        return true;
    }

    /** Drops every unapplied tick. */
    public void revert() {
        pending.clear();
    }

    /** Stores the waiting changes (one transaction, each cell audited), then reads the grid again. */
    public boolean apply() {
        Session s = app.session();
        if (s == null || !canApply.get()) {
            return false;
        }
        AssignmentGrid g = grid.get();
        Map<String, Set<String>> assign = new LinkedHashMap<>();
        Map<String, Set<String>> unassign = new LinkedHashMap<>();
        for (AssignmentGrid.Person p : g.evaluators()) {
            for (AssignmentGrid.Unit u : g.units()) {
                if (pending.contains(AssignmentGrid.cell(p.id(), u.code()))) {
                    (g.isAssigned(p.id(), u.code()) ? unassign : assign)
                            .computeIfAbsent(p.id(), k -> new java.util.LinkedHashSet<>()).add(u.code());
                }
            }
        }
        String roundId = s.round().id();
        String actor = actor();
        working.set(true);
        message.set("");
        tasks.run(() -> s.services().assignments().change(roundId, assign, unassign, actor), n -> {
            working.set(false);
            pending.clear(); // stored now: the grid read next shows them
            message.set(app.messages().format("assignments.applied", n));
            refresh();
            changed.run();
        }, failure -> working.set(false));
        return true;
    }

    /**
     * Assigns every evaluator,cluster line of the CSV (all lines or none: the service's refusals
     * reach the user as a dialog and store nothing). Only while no tick waits for Apply.
     */
    public boolean importCsv(Path file) {
        Session s = app.session();
        if (s == null || file == null || !canImport.get()) {
            return false;
        }
        String roundId = s.round().id();
        String actor = actor();
        working.set(true);
        message.set("");
        tasks.run(() -> s.services().assignments().importCsv(roundId, file, actor), n -> {
            working.set(false);
            message.set(app.messages().format("assignments.imported", n));
            refresh();
            changed.run();
        }, failure -> working.set(false));
        return true;
    }

    private String actor() {
        Evaluator me = app.evaluator();
        return me == null ? "desktop" : me.name();
    }

    public ObjectProperty<AssignmentGrid> gridProperty() {
        return grid;
    }

    public ObservableSet<String> pending() {
        return pending;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** "3 changes not applied", empty when none. */
    public StringProperty pendingTextProperty() {
        return pendingText;
    }

    /** True while the round has no assignment stored: every evaluator grades every unit. */
    public BooleanBinding everyoneGradesEverythingProperty() {
        return everyoneGradesEverything;
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
