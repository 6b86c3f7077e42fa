package jp.clustereval.ui.rounds;

import java.nio.file.Path;
import java.util.function.Consumer;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/**
 * Round &gt; Hand out as round package: the session's round written as a signed {@code .ceround}
 * on the worker, signed by the person using this machine (who must be on the round's roster as
 * chair: the service refuses anyone else, and the refusal reaches the user as every failure does).
 */
public final class PackageWriteViewModel {

    /** A package written: where, its SHA-256 and the fingerprint of the key that signed it. */
    public record Written(Path file, String sha256, String keyFingerprint) {
    }

    private final AppState app;
    private final BackgroundTasks tasks;

    public PackageWriteViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
    }

    /** "final-fy2006.ceround": the round's id names the file. */
    public String suggestedFileName() {
        Session s = app.session();
        return (s == null ? "round" : s.round().id()) + ".ceround";
    }

    /** Writes the package on the worker; {@code done} gets what was written (failures go to the dialog service). */
    public void write(Path file, Consumer<Written> done) {
        Session s = app.session();
        Evaluator me = app.evaluator();
        if (s == null || me == null) {
            return;
        }
        String roundId = s.round().id();
        tasks.run(() -> {
            String sha = s.services().roundPackages().write(roundId, me.id(), file, me.id());
            return new Written(file, sha, s.services().keys().ownFingerprint(me.id()));
        }, done);
    }

    /** The success message: the file, its SHA-256 and the key's fingerprint to read out to the evaluators. */
    public String message(Written w) {
        return app.messages().format("rounds.package.done", w.file().toString(), w.sha256(), w.keyFingerprint());
    }
}
