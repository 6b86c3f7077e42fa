package jp.clustereval.ui.overview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Round;
import jp.clustereval.service.ItemTextField;
import jp.clustereval.service.Overview;
import jp.clustereval.service.SheetData;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.undo.EditHistory;
import jp.clustereval.ui.undo.EditHistory.Edit;

/**
 * View &gt; Overview: my grades across every cluster, one line per cluster, with the figures the
 * sheet shows (axis scores; total and my own rank for a complete sheet), partial sheets marked, and
 * the comments of the selected cluster. A grade set here is written at once through the same
 * service as the sheet's ({@code GradingService.setGrade}: validated, one transaction with the
 * sheet's new revision and an audit row); an undo is a new audited change, as on the sheet. What
 * the grid shows after a save is what the database returned.
 */
public final class OverviewViewModel {

    static final String SOURCE = "gui";
    private static final String DOCUMENT = "overview";

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Consumer<SheetData> onSaved;
    private final ObjectProperty<Overview> overview = new SimpleObjectProperty<>(this, "overview");
    private final ObservableList<OverviewLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<OverviewLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final IntegerProperty saving = new SimpleIntegerProperty(this, "saving");
    private final EditHistory<String> history = new EditHistory<>();
    /** Saves on their way per cluster: the database's answer is shown when the last one is back. */
    private final Map<String, Integer> pending = new HashMap<>();
    private boolean applying;

    /** @param onSaved a grade set here reached the disk (the main window's list, sheet and radars follow) */
    public OverviewViewModel(AppState app, BackgroundTasks tasks, Consumer<SheetData> onSaved) {
        this.app = app;
        this.tasks = tasks;
        this.onSaved = onSaved;
        history.show(DOCUMENT);
        selected.addListener((obs, o, n) -> showNotes());
        app.languageProperty().addListener((obs, o, n) -> showNotes());
        app.sessionProperty().addListener((obs, o, n) -> {
            history.clear();
            pending.clear();
            clear();
        });
        app.evaluatorProperty().addListener((obs, o, n) -> clear());
    }

    /** Reads my grades of every cluster again (the window was opened or brought forward). */
    public void refresh() {
        Session session = app.session();
        if (session == null || app.evaluator() == null) {
            clear();
            return;
        }
        String evaluator = app.evaluator().id();
        tasks.run(() -> session.services().grading().overview(session.round().id(), evaluator), loaded -> {
            if (session == app.session()) {
                show(loaded);
            }
        });
    }

    private void clear() {
        overview.set(null);
        selected.set(null);
        lines.clear();
    }

    private void show(Overview loaded) {
        String keep = selected.get() == null ? null : selected.get().code();
        List<OverviewLine> fresh = new ArrayList<>();
        for (Overview.Row r : loaded.rows()) {
            fresh.add(new OverviewLine(r));
        }
        lines.setAll(fresh);
        overview.set(loaded);
        selected.set(line(keep).orElse(fresh.isEmpty() ? null : fresh.get(0)));
    }

    /** Whether a key names a grade of the round's scale (S, A, B, C in any case). */
    public boolean isGrade(String key) {
        Overview o = overview.get();
        return o != null && o.round().scale().find(key).isPresent();
    }

    /** Sets (a code on the round's scale, any case) or clears (null) my grade of an item; written at once. */
    public void grade(String clusterCode, String itemId, String code) {
        Session session = app.session();
        Overview o = overview.get();
        if (session == null || o == null || session.readOnly() || o.row(clusterCode).isEmpty()
                || o.columns().stream().noneMatch(i -> i.id().equals(itemId))) {
            return;
        }
        Round round = o.round();
        String normalized = code == null ? null : round.scale().find(code).map(l -> l.code()).orElse(null);
        if (code != null && normalized == null) {
            return; // not a grade of this scale: the key means nothing here
        }
        Overview.Row row = o.row(clusterCode).get();
        String before = row.grade(itemId);
        if (Objects.equals(before, normalized)) {
            return;
        }
        if (!applying) {
            history.record(new Edit(clusterCode + "/" + itemId, before, normalized, false));
        }
        // shown at once, as on the sheet; the database's answer replaces it
        apply(o.with(withGrade(row.sheet(), itemId, normalized)));
        SheetKey key = new SheetKey(round.id(), o.evaluator().id(), clusterCode);
        pending.merge(clusterCode, 1, Integer::sum);
        saving.set(saving.get() + 1);
        tasks.run(() -> session.services().grading().setGrade(key, itemId, normalized, SOURCE), stored -> {
            done(clusterCode);
            if (session == app.session() && overview.get() != null && !pending.containsKey(clusterCode)) {
                apply(overview.get().with(stored));
            }
            onSaved.accept(stored);
        }, failure -> {
            done(clusterCode);
            refresh(); // reported by the worker; the grid shows what the database holds
        });
    }

    private void done(String clusterCode) {
        pending.computeIfPresent(clusterCode, (k, n) -> n == 1 ? null : n - 1);
        saving.set(saving.get() - 1);
    }

    private static SheetData withGrade(SheetData sheet, String itemId, String grade) {
        Map<String, ItemEntry> entries = new HashMap<>(sheet.entries());
        ItemEntry old = sheet.entry(itemId);
        entries.put(itemId, new ItemEntry(itemId, grade, old.comment(), old.indication()));
        return new SheetData(sheet.sheet(), entries);
    }

    /** Another view (the sheet) stored one of my sheets: its line shows what was stored. */
    public void sheetSaved(SheetData stored) {
        Overview o = overview.get();
        if (o != null && o.evaluator().id().equals(stored.sheet().evaluatorId())
                && o.round().id().equals(stored.sheet().roundId())
                && !pending.containsKey(stored.sheet().clusterCode())) {
            apply(o.with(stored));
        }
    }

    private void apply(Overview now) {
        overview.set(now);
        for (OverviewLine l : lines) {
            now.row(l.code()).ifPresent(l.rowProperty()::set);
        }
        showNotes();
    }

    /** Takes back my last grade set here (saved as a new change); false when there is none. */
    public boolean undo() {
        return replay(history.undo(), true);
    }

    /** Sets again the last grade taken back; false when there is none. */
    public boolean redo() {
        return replay(history.redo(), false);
    }

    private boolean replay(Optional<Edit> edit, boolean back) {
        if (edit.isEmpty()) {
            return false;
        }
        Edit e = edit.get();
        int slash = e.target().indexOf('/');
        applying = true;
        try {
            grade(e.target().substring(0, slash), e.target().substring(slash + 1), back ? e.before() : e.after());
        } finally {
            applying = false;
        }
        return true;
    }

    /** The grid as tab-separated text (header row, one row per cluster), for the clipboard. */
    public String tsv() {
        Overview o = overview.get();
        return o == null ? "" : OverviewTsv.of(o, app.messages());
    }

    private void showNotes() {
        Overview o = overview.get();
        OverviewLine line = selected.get();
        if (o == null || line == null) {
            notes.clear();
            return;
        }
        Messages m = app.messages();
        List<String> fresh = new ArrayList<>();
        for (Overview.Note n : o.notes(line.row())) {
            String where = n.itemId() == null ? m.get("overview.notes.overall")
                    : m.format(n.field() == ItemTextField.COMMENT ? "overview.notes.comment" : "overview.notes.indication",
                    n.itemId());
            fresh.add(where + ": " + n.text());
        }
        if (fresh.isEmpty()) {
            fresh.add(m.get("overview.notes.none"));
        }
        notes.setAll(fresh);
    }

    /** The grid's columns in the current language: cluster, name, items, axes, total, rank, state, notes. */
    public List<OverviewColumn> columns() {
        Overview o = overview.get();
        if (o == null) {
            return List.of();
        }
        Messages m = app.messages();
        jp.clustereval.domain.Language lang = app.language();
        List<OverviewColumn> columns = new ArrayList<>();
        columns.add(new OverviewColumn(OverviewColumn.Kind.CODE, null, m.get("overview.column.code"),
                m.get("overview.column.code")));
        columns.add(new OverviewColumn(OverviewColumn.Kind.NAME, null, m.get("overview.column.name"),
                m.get("overview.column.name")));
        for (jp.clustereval.domain.Item i : o.columns()) {
            columns.add(new OverviewColumn(OverviewColumn.Kind.ITEM, i.id(), i.id(), i.id() + " " + i.name().in(lang)));
        }
        for (jp.clustereval.domain.Axis a : o.round().axes()) {
            columns.add(new OverviewColumn(OverviewColumn.Kind.AXIS, a.code(), a.code(), a.label(lang)));
        }
        columns.add(new OverviewColumn(OverviewColumn.Kind.TOTAL, null, m.get("overview.column.total"),
                m.get("overview.column.total")));
        columns.add(new OverviewColumn(OverviewColumn.Kind.RANK, null, m.get("overview.column.rank"),
                m.get("overview.column.rank.tooltip")));
        columns.add(new OverviewColumn(OverviewColumn.Kind.STATE, null, m.get("overview.column.state"),
                m.get("overview.column.state")));
        columns.add(new OverviewColumn(OverviewColumn.Kind.NOTES, null, m.get("overview.column.notes"),
                m.get("overview.column.notes.tooltip")));
        return columns;
    }

    /** What a cell shows (figures with two decimals, rounded half up, in the language's number format). */
    public String text(Overview.Row r, OverviewColumn c) {
        Overview o = overview.get();
        Messages m = app.messages();
        return switch (c.kind()) {
            case CODE -> r.code();
            case NAME -> r.cluster().name().in(app.language());
            case ITEM -> r.grade(c.key()) == null ? "" : r.grade(c.key());
            case AXIS -> r.axes().containsKey(c.key()) ? figure(r.axes().get(c.key()), m) : "";
            case TOTAL -> Double.isNaN(r.total()) ? "" : figure(r.total(), m);
            case RANK -> r.rank() == 0 ? "" : Integer.toString(r.rank());
            case STATE -> stateText(r, m);
            case NOTES -> o == null ? "" : Integer.toString(o.notes(r).size());
        };
    }

    private static String figure(double v, Messages m) {
        return jp.clustereval.common.Decimals.format(m.locale(), "%.2f", v);
    }

    /** The line's state as words with a mark: complete, partial (graded of items), not started. */
    static String stateText(Overview.Row r, Messages m) {
        if (r.complete()) {
            return m.get("overview.state.complete");
        }
        return r.isPartial() ? m.format("overview.state.partial", r.graded(), r.items())
                : m.get("overview.state.notStarted");
    }

    /** {@link #stateText} of a line, in the current language. */
    public String stateText(OverviewLine line) {
        return stateText(line.row(), app.messages());
    }

    /** The header of a printed page and of the window: who, which round. */
    public String heading() {
        Overview o = overview.get();
        if (o == null) {
            return "";
        }
        return app.messages().format("overview.heading", o.evaluator().name(), o.round().name().in(app.language()));
    }

    public Optional<OverviewLine> line(String code) {
        return code == null ? Optional.empty() : lines.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public ObservableList<OverviewLine> lines() {
        return lines;
    }

    public ObjectProperty<Overview> overviewProperty() {
        return overview;
    }

    public ObjectProperty<OverviewLine> selectedProperty() {
        return selected;
    }

    /** The selected cluster's comments and indications, one line each ("1.1 comment: ..."). */
    public ObservableList<String> notes() {
        return notes;
    }

    /** Grades on their way to the disk (0: everything shown is saved). */
    public IntegerProperty savingProperty() {
        return saving;
    }

    public boolean isReadOnly() {
        Session s = app.session();
        return s != null && s.readOnly();
    }

    public AppState app() {
        return app;
    }
}
