package jp.clustereval.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.common.SafeText;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.service.FileOutcome;
import jp.clustereval.service.ImportOptions;
import jp.clustereval.service.ImportPreview;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Coalescer;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.common.SlicedFill;

/**
 * The chair's import: files and folders are checked (a preview; nothing stored), the chair may
 * accept a file's key (exactly that key: another than the pinned one, or one of several signing for
 * one evaluator) or a held file's evaluator name, each with a reason, then commits on the worker
 * with progress and Cancel; the report replaces the preview. A bad file or folder never keeps the
 * good ones out.
 */
public final class ImportViewModel {

    /** Where the import stands. */
    public enum Phase { EMPTY, CHECKING, PREVIEW, COMMITTING, DONE }

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Consumer<Set<String>> onStored;
    private final List<Path> sources = new ArrayList<>();
    /** The chair's decisions so far (actor set when checking). */
    private ImportOptions decisions = ImportOptions.defaults();
    private final ObservableList<ImportFileRow> files = FXCollections.observableArrayList();
    private final ObjectProperty<ImportFileRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.EMPTY);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanBinding canCommit;
    /** What the table shows (null when empty); its preview is what a commit stores. */
    private ImportTable shown;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private SlicedFill filling = SlicedFill.none();

    /**
     * @param onStored runs after a commit stored something (results, radars and lists refresh), with
     *                 the ids of the evaluators whose files were stored
     */
    public ImportViewModel(AppState app, BackgroundTasks tasks, Consumer<Set<String>> onStored) {
        this.app = app;
        this.tasks = tasks;
        this.onStored = onStored;
        this.canCommit = Bindings.createBooleanBinding(() -> phase.get() == Phase.PREVIEW
                && files.stream().anyMatch(f -> f.outcome() == FileOutcome.ACCEPTED), phase, files);
        app.languageProperty().addListener((obs, o, n) -> relabel());
    }

    /** The rows again in the UI language (built on the worker); the selected file stays selected. */
    private void relabel() {
        ImportTable before = shown;
        if (before == null || before.messages() == app.messages()) {
            return;
        }
        Messages m = app.messages();
        tasks.run(() -> before.in(m), table -> {
            if (shown == before) { // not replaced meanwhile by a new check or a commit report
                show(table, selectedPath(), () -> { });
            }
        });
    }

    private String selectedPath() {
        return selected.get() == null ? null : selected.get().path().toString();
    }

    /** Adds files or folders (duplicates ignored) and checks everything again. */
    public void add(List<Path> filesOrFolders) {
        if (phase.get() == Phase.COMMITTING || phase.get() == Phase.CHECKING) {
            return;
        }
        if (phase.get() == Phase.DONE) {
            reset();
        }
        for (Path p : filesOrFolders) {
            Path abs = p.toAbsolutePath().normalize();
            if (!sources.contains(abs)) {
                sources.add(abs);
            }
        }
        check();
    }

    /**
     * Takes the files given out of the batch (a folder added stays as the files it held) and checks
     * the rest again; the chair's decisions stay. Only while previewing: nothing is stored yet.
     */
    public void remove(java.util.Collection<ImportFileRow> rows) {
        if (phase.get() != Phase.PREVIEW || shown == null || rows.isEmpty()) {
            return;
        }
        Set<Path> gone = rows.stream().map(ImportFileRow::path).collect(Collectors.toSet());
        List<Path> left = shown.rows().stream().map(ImportFileRow::path).filter(p -> !gone.contains(p))
                .distinct().toList();
        if (left.isEmpty()) {
            reset();
            return;
        }
        sources.clear();
        sources.addAll(left);
        check();
    }

    /** Forgets every file and decision: a new import. */
    public void clear() {
        if (phase.get() != Phase.COMMITTING && phase.get() != Phase.CHECKING) {
            reset();
        }
    }

    private void reset() {
        sources.clear();
        decisions = ImportOptions.defaults();
        shown = null;
        filling.cancel();
        files.clear();
        selected.set(null);
        summary.set("");
        message.set("");
        progress.set(0);
        progressText.set("");
        phase.set(Phase.EMPTY);
    }

    /** Reads and checks the sources on the worker; a folder without score files shows as a refused row. */
    private void check() {
        Session session = app.session();
        if (session == null || sources.isEmpty()) {
            return;
        }
        List<Path> src = List.copyOf(sources);
        ImportOptions options = new ImportOptions(decisions.acceptedKeys(), decisions.acceptedNames(), actor());
        String keep = selectedPath();
        Messages m = app.messages();
        phase.set(Phase.CHECKING);
        message.set("");
        tasks.run(() -> ImportTable.checked(session, src, options, m),
                table -> show(table, keep, () -> phase.set(Phase.PREVIEW)),
                failure -> phase.set(files.isEmpty() ? Phase.EMPTY : Phase.PREVIEW));
    }

    /**
     * Puts finished rows in the table, the first screenful over a few pulses (see SlicedFill), then
     * moves on (then: the new phase) and selects the file at keepPath, else the first; rows built in
     * a language no longer current are relabelled. A new show replaces a fill still running.
     */
    private void show(ImportTable table, String keepPath, Runnable then) {
        shown = table;
        selected.set(null);
        filling.cancel();
        filling = SlicedFill.fill(files, table.rows(), tasks::nextFrame, () -> {
            summary.set(table.summary());
            then.run();
            files.stream().filter(f -> f.path().toString().equals(keepPath)).findFirst()
                    .or(() -> files.stream().findFirst()).ifPresent(selected::set);
            relabel();
        });
    }

    /**
     * Accepts, for the selected file's evaluator, exactly this file's key (shown to the chair, who
     * checked it with the evaluator) or the name this held file gives them; a reason is required.
     * Then checks everything again.
     */
    public boolean acceptSelected() {
        ImportFileRow row = selected.get();
        if (row == null || !(row.keyToDecide() || row.nameToDecide()) || phase.get() != Phase.PREVIEW) {
            return false;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            message.set(app.messages().get(row.keyToDecide() ? "imports.key.reasonRequired" : "imports.name.reasonRequired"));
            return false;
        }
        decisions = row.keyToDecide() ? decisions.withAcceptedKey(row.evaluatorId(), row.fingerprint(), why)
                : decisions.withAcceptedName(row.evaluatorId(), why);
        reason.set("");
        check();
        return true;
    }

    /**
     * The chair's answer to a file held because the round does not take it from its evaluator: puts
     * them on the round's roster as an evaluator, or assigns them the units the file has sheets for
     * (each recorded in round_audit, as 'roster add' and 'assign' are), or, for a person not stored
     * here, makes them an evaluator of this database from the verified file and rosters them (as
     * 'roster add --from' does), then checks everything again,
     * so that the file shows what importing it stores. A refusal (e.g. a declared conflict of
     * interest with one of the units) says why and changes nothing.
     */
    public boolean acceptHeldScope() {
        ImportFileRow row = selected.get();
        Session session = app.session();
        if (session == null || row == null || !(row.rosterToDecide() || row.rosterFromFileToDecide() || row.assignmentToDecide())
                || phase.get() != Phase.PREVIEW || shown == null) {
            return false;
        }
        jp.clustereval.service.FileReport report = shown.preview().files().stream().filter(f -> f.path().equals(row.path())).findFirst().orElse(null);
        if (report == null || report.rejection() == null) {
            return false;
        }
        Object[] args = report.rejection().args();
        // import.notRostered (name, id, round), import.notRosteredUnknown (name, id, round, file),
        // import.notAssigned (name, id, unit, round)
        boolean fromFile = row.rosterFromFileToDecide();
        String roundId = String.valueOf(args[fromFile ? 2 : args.length - 1]);
        String evaluatorId = row.evaluatorId();
        boolean roster = row.rosterToDecide();
        List<String> units = report.clusters();
        String actor = actor();
        message.set("");
        tasks.run(() -> {
            if (fromFile) {
                session.services().roster().addFromScoreFile(row.path(), roundId, jp.clustereval.service.RosterService.EVALUATOR, actor);
            } else if (roster) {
                session.services().roster().add(roundId, evaluatorId, jp.clustereval.service.RosterService.EVALUATOR, null, actor);
            } else {
                session.services().assignments().assign(roundId, evaluatorId, units, false, actor);
            }
            return null;
        }, done -> check(), failure -> message.set(jp.clustereval.ui.common.DialogService.describe(failure, app.messages())));
        return true;
    }

    /** Stores the previewed files in one transaction on the worker; progress per file; Cancel stores nothing. */
    public void commit() {
        Session session = app.session();
        if (session == null || !canCommit.get()) {
            return;
        }
        ImportPreview toStore = shown.preview();
        AtomicBoolean flag = new AtomicBoolean();
        cancelled = flag;
        phase.set(Phase.COMMITTING);
        progress.set(0);
        progressText.set("");
        message.set("");
        Messages m = app.messages();
        // one file done is one value; the FX thread takes only the latest (a commit stores hundreds a second)
        Coalescer<FileDone> progressUpdates = tasks.coalescing(d -> {
            progress.set(d.done() / (double) d.total());
            if (!flag.get()) { // "cancelling" stays until the rollback is done
                progressText.set(app.messages().format("imports.progress", d.done(), d.total(), SafeText.line(d.name())));
            }
        });
        tasks.run(() -> {
            try {
                ImportPreview stored = session.services().imports().commit(toStore,
                        (done, total, name) -> progressUpdates.post(new FileDone(done, total, name)), flag::get);
                return ImportTable.of(stored, session, m, true);
            } catch (UserFacingException e) {
                if (flag.get()) {
                    return null; // cancelled: the transaction was rolled back
                }
                throw e;
            }
        }, result -> {
            if (result == null) {
                phase.set(Phase.PREVIEW);
                progress.set(0);
                progressText.set("");
                message.set(app.messages().get("imports.cancelled"));
                return;
            }
            show(result, null, () -> {
                phase.set(Phase.DONE);
                progress.set(1);
                progressText.set(app.messages().get("imports.finished"));
                onStored.accept(result.preview().files().stream()
                        .filter(f -> f.outcome() == FileOutcome.ACCEPTED && f.evaluator() != null)
                        .map(f -> f.evaluator().id()).collect(Collectors.toUnmodifiableSet()));
            });
        }, failure -> {
            phase.set(Phase.PREVIEW);
            progressText.set("");
        });
    }

    private record FileDone(int done, int total, String name) {
    }

    /** Asks a running commit to stop; it rolls back after the file it is on. */
    public void cancel() {
        if (phase.get() == Phase.COMMITTING) {
            cancelled.set(true);
            progressText.set(app.messages().get("imports.cancelling"));
        }
    }

    private String actor() {
        return app.evaluator() == null ? "chair" : app.evaluator().name();
    }

    public List<Path> sources() {
        return List.copyOf(sources);
    }

    /** The chair's decisions so far: keys and names accepted, with reasons. */
    public ImportOptions decisions() {
        return decisions;
    }

    public ObservableList<ImportFileRow> files() {
        return files;
    }

    public ObjectProperty<ImportFileRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Why the chair accepts the selected file's key or name (recorded). */
    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canCommitProperty() {
        return canCommit;
    }

    public AppState app() {
        return app;
    }
}
