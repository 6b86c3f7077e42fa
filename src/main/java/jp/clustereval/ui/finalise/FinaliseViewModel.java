package jp.clustereval.ui.finalise;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Finalisation;
import jp.clustereval.domain.Language;
import jp.clustereval.service.RosterService;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/**
 * Panel &gt; Finalise round…, Panel &gt; Reopen round… and Reports &gt; Decision record…: the round's
 * finalisation (read in the background whenever the session changes, shown in the window's title),
 * finalising it in a chair's name, reopening it with a reason, and writing its decision record (PDF
 * or signed JSON by the file's extension). Every change and write runs in the background; a refusal
 * reaches the person through the tasks' reporter.
 */
public final class FinaliseViewModel {

    static final String ACTOR = "gui:" + System.getProperty("user.name", "chair");

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<Finalisation> finalised = new ReadOnlyObjectWrapper<>(this, "finalised");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");

    public FinaliseViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        app.sessionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** Reads the round's finalisation again (null: the round is open). */
    public void refresh() {
        Session s = app.session();
        if (s == null) {
            finalised.set(null);
            return;
        }
        String id = s.round().id();
        tasks.run(() -> s.services().finalisation().state(id).orElse(null), f -> {
            if (app.session() == s) {
                finalised.set(f);
            }
        });
    }

    /** The chairs of the round's roster, the people who may finalise it (delivered to {@code chairs}). */
    public void loadChairs(Consumer<List<Evaluator>> chairs) {
        Session s = app.session();
        if (s == null) {
            return;
        }
        String id = s.round().id();
        tasks.run(() -> s.services().roster().list(id).stream().filter(m -> RosterService.CHAIR.equals(m.role()))
                .map(RosterService.Member::person).toList(), chairs);
    }

    /** Finalises the round in the name of the chair (an evaluator id). */
    public void finalise(String chairId) {
        Session s = app.session();
        if (s == null || chairId == null) {
            return;
        }
        String id = s.round().id();
        tasks.run(() -> s.services().finalisation().finalise(id, chairId, ACTOR), finalised::set);
    }

    /** Reopens the round; the reason is recorded (a blank one is refused by the service, with its message). */
    public void reopen(String reason) {
        Session s = app.session();
        if (s == null) {
            return;
        }
        String id = s.round().id();
        tasks.run(() -> {
            s.services().finalisation().reopen(id, reason, ACTOR);
            return Boolean.TRUE;
        }, done -> finalised.set(null));
    }

    /** Writes the round's decision record: a PDF in the language, or signed JSON for a {@code .json} file. */
    public void decisionRecord(Path out, Language language) {
        Session s = app.session();
        if (s == null || out == null) {
            return;
        }
        String id = s.round().id();
        written.set(null);
        tasks.run(() -> s.services().decisions().write(id, out, language), written::set);
    }

    /** The round's finalisation; null while it is open. */
    public ReadOnlyObjectProperty<Finalisation> finalisedProperty() {
        return finalised.getReadOnlyProperty();
    }

    /** The decision record last written; null while one is being written or none was. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
