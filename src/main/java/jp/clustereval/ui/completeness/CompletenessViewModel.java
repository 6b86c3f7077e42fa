package jp.clustereval.ui.completeness;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.common.SafeText;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.service.Completeness;
import jp.clustereval.service.Completeness.State;
import jp.clustereval.service.CompletenessCsv;
import jp.clustereval.service.ConflictOfInterest;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * The chair's completeness matrix (evaluators x clusters) with the counts, its CSV export, and the
 * conflicts of interest of the selected cell: mark affiliated, include with a reason, exclude again.
 */
public final class CompletenessViewModel {

    /** A cell of the matrix: an evaluator and a cluster. */
    public record CellRef(String evaluatorId, String cluster) {
    }

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Runnable onCoiChanged;
    private final ObservableList<CompletenessRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> clusters = FXCollections.observableArrayList();
    private final StringProperty totals = new SimpleStringProperty(this, "totals", "");
    private final ObjectProperty<CellRef> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty canMark = new SimpleBooleanProperty(this, "canMark");
    private final BooleanProperty canInclude = new SimpleBooleanProperty(this, "canInclude");
    private final BooleanProperty canExclude = new SimpleBooleanProperty(this, "canExclude");
    private Loaded loaded;
    private Map<CellRef, ConflictOfInterest> coi = Map.of();

    /** @param onCoiChanged runs after an affiliation or inclusion changed (averages and radars refresh) */
    public CompletenessViewModel(AppState app, BackgroundTasks tasks, Runnable onCoiChanged) {
        this.app = app;
        this.tasks = tasks;
        this.onCoiChanged = onCoiChanged;
        selected.addListener((obs, o, n) -> describe());
        app.languageProperty().addListener((obs, o, n) -> show());
    }

    /** The matrix as rows (a thousand evaluators after a national import: built on the worker) and its totals. */
    private record Loaded(Completeness matrix, List<CompletenessRow> rows, Map<State, Integer> totals,
                          List<ConflictOfInterest> coi) {

        static Loaded of(Completeness matrix, List<ConflictOfInterest> coi) {
            PersonLabels labels = PersonLabels.of(matrix.evaluators());
            List<CompletenessRow> rows = matrix.evaluators().stream().map(e -> new CompletenessRow(e.id(),
                    SafeText.line(labels.label(e.id())), matrix.cells().get(e.id()), matrix.counts(e.id()))).toList();
            return new Loaded(matrix, rows, matrix.totals(), coi);
        }
    }

    /** Re-reads the matrix and the conflicts of interest. */
    public void refresh() {
        Session s = app.session();
        if (s == null) {
            return;
        }
        tasks.run(() -> Loaded.of(s.services().completeness().matrix(s.round().id()),
                s.services().coi().list(s.round().id())), fresh -> {
                    if (s != app.session()) {
                        return;
                    }
                    loaded = fresh;
                    Map<CellRef, ConflictOfInterest> byCell = new HashMap<>();
                    fresh.coi().forEach(r -> byCell.put(new CellRef(r.evaluatorId(), r.clusterCode()), r));
                    coi = byCell;
                    clusters.setAll(fresh.matrix().clusters());
                    rows.setAll(fresh.rows());
                    show();
                });
    }

    /** The texts (in the UI language) over the rows loaded. */
    private void show() {
        if (loaded == null) {
            return;
        }
        Messages m = app.messages();
        Completeness matrix = loaded.matrix();
        Map<State, Integer> t = loaded.totals();
        totals.set(m.format("completeness.totals", matrix.evaluators().size(), matrix.clusters().size(),
                t.get(State.GRADED), t.get(State.PARTIAL), t.get(State.MISSING), t.get(State.CONFLICT),
                t.get(State.EXCLUDED)));
        describe();
    }

    /** Selects a cell (null: none); the detail and the possible actions follow. */
    public void select(String evaluatorId, String cluster) {
        selected.set(evaluatorId == null || cluster == null ? null : new CellRef(evaluatorId, cluster));
    }

    private void describe() {
        CellRef ref = selected.get();
        CompletenessRow row = ref == null ? null : rows.stream().filter(r -> r.evaluatorId().equals(ref.evaluatorId()))
                .findFirst().orElse(null);
        if (row == null || row.cell(ref.cluster()) == null) {
            detail.set(row == null ? app.messages().get("completeness.selectCell")
                    : app.messages().format("completeness.notAssigned.accessible", row.evaluatorName(), ref.cluster()));
            canMark.set(false);
            canInclude.set(false);
            canExclude.set(false);
            return;
        }
        Messages m = app.messages();
        ConflictOfInterest r = coi.get(ref);
        String text = row.accessibleText(ref.cluster(), m);
        if (r != null) {
            text += " · " + (r.included() ? m.format("completeness.coi.included", nz(r.includeReason()), nz(r.includedBy()))
                    : m.format("completeness.coi.excluded", nz(r.note())));
        }
        detail.set(text);
        canMark.set(r == null);
        canInclude.set(r != null && !r.included());
        canExclude.set(r != null && r.included());
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** Marks the selected evaluator as affiliated with the selected cluster (the reason field is kept as note). */
    public void markAffiliated() {
        CellRef ref = selected.get();
        Session s = app.session();
        if (ref == null || s == null || !canMark.get()) {
            return;
        }
        String note = reason.get() == null ? "" : reason.get().strip();
        change(s, () -> s.services().coi().add(s.round().id(), ref.evaluatorId(), ref.cluster(), note, actor()),
                "completeness.coi.marked");
    }

    /** Includes the selected cell's grades again; false (and a message) when no reason is given. */
    public boolean include() {
        CellRef ref = selected.get();
        Session s = app.session();
        if (ref == null || s == null || !canInclude.get()) {
            return false;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            message.set(app.messages().get("completeness.coi.reasonRequired"));
            return false;
        }
        change(s, () -> s.services().coi().setIncluded(s.round().id(), ref.evaluatorId(), ref.cluster(), true, why,
                actor()), "completeness.coi.includedDone");
        return true;
    }

    /** Excludes the selected cell's grades again. */
    public void exclude() {
        CellRef ref = selected.get();
        Session s = app.session();
        if (ref == null || s == null || !canExclude.get()) {
            return;
        }
        change(s, () -> s.services().coi().setIncluded(s.round().id(), ref.evaluatorId(), ref.cluster(), false, null,
                actor()), "completeness.coi.excludedDone");
    }

    private void change(Session s, Runnable work, String doneKey) {
        message.set("");
        tasks.run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> {
            reason.set("");
            message.set(app.messages().get(doneKey));
            refresh();
            onCoiChanged.run();
        });
    }

    /** Writes the matrix as CSV (UTF-8 with BOM) on the worker. */
    public void exportCsv(Path file) {
        Session s = app.session();
        if (s == null) {
            return;
        }
        message.set("");
        tasks.run(() -> {
            CompletenessCsv.write(s.services().completeness().matrix(s.round().id()), file);
            return file;
        }, written -> message.set(app.messages().format("completeness.exported", written.toString())));
    }

    public String suggestedCsvName() {
        Session s = app.session();
        return "completeness" + (s == null ? "" : "-" + s.round().id()) + ".csv";
    }

    private String actor() {
        return app.evaluator() == null ? "chair" : app.evaluator().name();
    }

    public AppState app() {
        return app;
    }

    public Completeness matrix() {
        return loaded == null ? null : loaded.matrix();
    }

    public ObservableList<CompletenessRow> rows() {
        return rows;
    }

    public ObservableList<String> clusters() {
        return clusters;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public ObjectProperty<CellRef> selectedProperty() {
        return selected;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty canMarkProperty() {
        return canMark;
    }

    public BooleanProperty canIncludeProperty() {
        return canInclude;
    }

    public BooleanProperty canExcludeProperty() {
        return canExclude;
    }
}
