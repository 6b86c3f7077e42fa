package jp.clustereval.ui.conflicts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

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
import jp.clustereval.service.ConflictService;
import jp.clustereval.service.ConflictService.Choice;
import jp.clustereval.service.SheetConflict;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * Open conflicts (equal revisions, different content): listed, shown stored vs incoming, resolved
 * only by the chair's explicit choice with a reason.
 */
public final class ConflictsViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Runnable onResolved;
    private final ObservableList<ConflictRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ConflictLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<ConflictRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /** @param onResolved runs after a resolution was stored (results and other views refresh) */
    public ConflictsViewModel(AppState app, BackgroundTasks tasks, Runnable onResolved) {
        this.app = app;
        this.tasks = tasks;
        this.onResolved = onResolved;
        selected.addListener((obs, o, n) -> showLines(n));
        app.languageProperty().addListener((obs, o, n) -> refresh());
    }

    private record Loaded(List<SheetConflict> conflicts, PersonLabels evaluators) {
    }

    /** Re-reads the open conflicts; the selection is kept by id, else the first. */
    public void refresh() {
        Session s = app.session();
        if (s == null) {
            rows.clear();
            return;
        }
        Long keep = selected.get() == null ? null : selected.get().id();
        tasks.run(() -> new Loaded(s.services().conflicts().list(s.round().id(), true),
                PersonLabels.of(s.services().evaluators().all())),
                loaded -> {
                    if (s != app.session()) {
                        return;
                    }
                    DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                            .withLocale(app.messages().locale()).withZone(ZoneId.systemDefault());
                    rows.setAll(loaded.conflicts().stream().map(r -> new ConflictRow(r.id(), r.evaluatorId(),
                            SafeText.line(loaded.evaluators().label(r.evaluatorId())), r.clusterCode(),
                            r.revision(), SafeText.line(r.fileName()), f.format(r.detectedAt()))).toList());
                    ConflictRow again = rows.stream().filter(r -> keep != null && r.id() == keep).findFirst()
                            .orElse(rows.isEmpty() ? null : rows.get(0));
                    selected.set(null);
                    selected.set(again);
                });
    }

    private void showLines(ConflictRow row) {
        lines.clear();
        Session s = app.session();
        if (row == null || s == null) {
            return;
        }
        tasks.run(() -> s.services().conflicts().show(row.id()), view -> {
            if (row.equals(selected.get())) {
                Messages m = app.messages();
                // lines empty on both sides say nothing: left out
                lines.setAll(view.lines().stream().filter(l -> l.differs() || !blank(l.stored()) || !blank(l.incoming()))
                        .map(l -> line(l, m)).toList());
            }
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    static ConflictLine line(ConflictService.Line l, Messages m) {
        String field = m.get("conflicts.field." + l.field());
        String label = l.itemId() == null ? field : l.itemId() + " " + field;
        boolean status = "status".equals(l.field());
        return new ConflictLine(label, value(l.stored(), status, m), value(l.incoming(), status, m), l.differs());
    }

    /** The sheet status in words (draft / complete), other values as they are. */
    private static String value(String v, boolean status, Messages m) {
        if (v == null) {
            return "";
        }
        return status && m.has("status." + v) ? m.get("status." + v) : v;
    }

    /** Resolves the selected conflict with the chair's choice; false (and a message) when no reason is given. */
    public boolean resolve(Choice choice) {
        ConflictRow row = selected.get();
        Session s = app.session();
        if (row == null || s == null || busy.get()) {
            return false;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            message.set(app.messages().get("conflicts.reasonRequired"));
            return false;
        }
        String actor = app.evaluator() == null ? "chair" : app.evaluator().name();
        busy.set(true);
        message.set("");
        tasks.run(() -> {
            s.services().conflicts().resolve(row.id(), choice, why, actor);
            return row;
        }, done -> {
            busy.set(false);
            reason.set("");
            message.set(app.messages().format(choice == Choice.STORED ? "conflicts.resolved.stored"
                    : "conflicts.resolved.incoming", done.evaluatorName(), done.cluster()));
            selected.set(null);
            refresh();
            onResolved.run();
        }, failure -> busy.set(false));
        return true;
    }

    public ObservableList<ConflictRow> rows() {
        return rows;
    }

    public ObservableList<ConflictLine> lines() {
        return lines;
    }

    public ObjectProperty<ConflictRow> selectedProperty() {
        return selected;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
