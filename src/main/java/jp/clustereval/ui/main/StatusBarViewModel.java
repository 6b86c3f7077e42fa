package jp.clustereval.ui.main;

import java.time.Instant;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.Formats;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/** The status bar: whether work keeps the user waiting, who grades, when the last change reached the disk (or that it did not), which file. */
public final class StatusBarViewModel {

    private final AppState app;
    private final ReadOnlyStringWrapper evaluator = new ReadOnlyStringWrapper(this, "evaluator", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper(this, "database", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanProperty busy;
    private Instant lastSaved;

    public StatusBarViewModel(AppState app) {
        this(app, new ReadOnlyBooleanWrapper(false).getReadOnlyProperty());
    }

    /** @param busy the worker's busy indicator ({@code BackgroundTasks.busyIndicator()}) */
    public StatusBarViewModel(AppState app, ReadOnlyBooleanProperty busy) {
        this.app = app;
        this.busy = busy;
        app.languageProperty().addListener((obs, o, n) -> render());
        app.sessionProperty().addListener((obs, o, n) -> render());
        app.evaluatorProperty().addListener((obs, o, n) -> render());
        render();
    }

    /** A change reached the disk now. */
    public void saved(Instant at) {
        lastSaved = at;
        failed.set(false);
        render();
    }

    /** A change did not reach the disk. */
    public void failed() {
        failed.set(true);
        render();
    }

    private void render() {
        Messages m = app.messages();
        Evaluator e = app.evaluator();
        evaluator.set(e == null ? "" : e.displayName());
        Session s = app.session();
        String file = s == null ? "" : s.file().toString();
        database.set(s != null && s.readOnly() ? m.format("status.databaseReadOnly", file) : file);
        if (s != null && s.readOnly()) {
            saved.set(m.get("status.readOnlyNothingSaved")); // "saved automatically" would be untrue here
        } else if (failed.get()) {
            saved.set(m.get("status.saveFailed"));
        } else if (lastSaved != null) {
            saved.set(m.format("status.saved", Formats.time(lastSaved)));
        } else {
            saved.set(m.get("status.autosave"));
        }
    }

    public ReadOnlyStringProperty evaluatorProperty() {
        return evaluator.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    /** True while the user waits for work (shown as a spinner beside the save status). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
