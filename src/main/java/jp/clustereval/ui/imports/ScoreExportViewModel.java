package jp.clustereval.ui.imports;

import java.nio.file.Path;
import java.text.Normalizer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.service.ScoreFileExporter;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/** File > Export my scores: the local evaluator's signed score file, written on the worker. */
public final class ScoreExportViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ObjectProperty<ScoreFileExporter.Result> exported = new SimpleObjectProperty<>(this, "exported");

    public ScoreExportViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
    }

    /** "Hyoka_Ichiro-mid-fy2004.cescore": the evaluator's name (file-safe) and the round. */
    public String suggestedFileName() {
        Evaluator me = app.evaluator();
        Session s = app.session();
        String name = me == null ? "scores" : Normalizer.normalize(me.name(), Normalizer.Form.NFKC)
                .replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return name + (s == null ? "" : "-" + s.round().id()) + ".cescore";
    }

    /** Writes the file (never changes the database); the result is published for the success message. */
    public void export(Path file) {
        Session s = app.session();
        Evaluator me = app.evaluator();
        if (s == null || me == null) {
            return;
        }
        exported.set(null);
        tasks.run(() -> s.services().exporter().export(me.id(), s.round().id(), file), exported::set);
    }

    /** The success message: file, sheets and the key fingerprint to read out to the chair. */
    public String message(ScoreFileExporter.Result r) {
        return app.messages().format("exportScores.done", r.file().toString(), r.sheets(), r.keyFingerprint());
    }

    /** The last export written (null until one is, and while the next one runs). */
    public ObjectProperty<ScoreFileExporter.Result> exportedProperty() {
        return exported;
    }
}
