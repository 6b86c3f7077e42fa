package jp.clustereval.ui.missing;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Language;
import jp.clustereval.service.MissingCsv;
import jp.clustereval.service.MissingEvaluators;
import jp.clustereval.service.MissingReminder;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * Panel &gt; Who is missing: the current round's rostered evaluators who handed nothing in or only
 * part of their units ({@link jp.clustereval.service.MissingService}, read off the completeness
 * matrix), their CSV export ({@link MissingCsv}, the same file as {@code missing --out}) and the
 * reminder text to copy into an e-mail ({@link MissingReminder}, in the language chosen, the UI's
 * by default): the selected evaluator's, or everyone's when nobody is selected.
 */
public final class MissingViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ObservableList<MissingRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<MissingRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Language> reminderLanguage;
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanBinding canCopy;
    private MissingEvaluators loaded;
    /** Whether the list was asked for (its window opened): only then does it follow the matrix. */
    private boolean wanted;

    public MissingViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        this.reminderLanguage = new SimpleObjectProperty<>(this, "reminderLanguage", app.language());
        this.canCopy = Bindings.isNotEmpty(rows);
        app.languageProperty().addListener((obs, o, n) -> show());
        app.sessionProperty().addListener((obs, o, n) -> {
            loaded = null;
            rows.clear();
            selected.set(null);
            summary.set("");
            message.set("");
        });
    }

    /** Reads who is missing in the current round again (on the worker); the selection is kept where it can be. */
    public void refresh() {
        wanted = true;
        Session s = app.session();
        if (s == null) {
            return;
        }
        String roundId = s.round().id();
        tasks.run(() -> s.services().missing().of(roundId), fresh -> {
            if (s != app.session()) {
                return;
            }
            loaded = fresh;
            show();
        });
    }

    /**
     * The completeness matrix was read again (after an import, a conflict of interest, another round):
     * the list, once asked for, is read again too, so an open window never shows who was missing before.
     */
    public void matrixChanged() {
        if (wanted) {
            refresh();
        }
    }

    /** The rows and the summary, in the UI language, over what was read. */
    private void show() {
        if (loaded == null) {
            return;
        }
        Messages m = app.messages();
        String keep = selected.get() == null ? null : selected.get().evaluatorId();
        rows.setAll(loaded.rows().stream().map(r -> row(r, m)).toList());
        selected.set(rows.stream().filter(r -> r.evaluatorId().equals(keep)).findFirst().orElse(null));
        long nothing = loaded.rows().stream().filter(r -> r.state() == MissingEvaluators.State.NOTHING).count();
        String round = SafeText.line(loaded.roundName().in(app.language()));
        summary.set(loaded.nobody() ? m.format("missing.nobody", round)
                : m.format("missing.summary", round, loaded.rows().size(), nothing, loaded.rows().size() - nothing));
    }

    private static MissingRow row(MissingEvaluators.Row r, Messages m) {
        return new MissingRow(r.evaluator().id(), SafeText.line(r.evaluator().name()),
                SafeText.line(r.evaluator().affiliation()), SafeText.line(r.email()),
                m.get(r.state() == MissingEvaluators.State.NOTHING ? "missing.state.NOTHING" : "missing.state.PARTIAL"),
                String.join(" ", r.missingCodes()),
                String.join(" ", r.partialCodes()));
    }

    /** Selects a row (null: none, the reminder is then everyone's). */
    public void select(MissingRow row) {
        selected.set(row);
    }

    /**
     * The reminder to copy: the selected evaluator's, or every missing evaluator's one after the other
     * when nobody is selected; empty when nobody is missing. Says in the message what was made.
     */
    public String reminder() {
        if (loaded == null || loaded.nobody()) {
            return "";
        }
        Language lang = reminderLanguage.get();
        MissingRow row = selected.get();
        MissingEvaluators.Row chosen = row == null ? null : loaded.rows().stream()
                .filter(r -> r.evaluator().id().equals(row.evaluatorId())).findFirst().orElse(null);
        if (chosen != null) {
            message.set(app.messages().format("missing.copiedOne", row.name()));
            return MissingReminder.text(loaded, chosen, lang);
        }
        message.set(app.messages().format("missing.copiedAll", loaded.rows().size()));
        return MissingReminder.all(loaded, lang);
    }

    /** Writes the list as CSV (UTF-8 with BOM, written whole or not at all) on the worker, read afresh. */
    public void exportCsv(Path file) {
        Session s = app.session();
        if (s == null) {
            return;
        }
        String roundId = s.round().id();
        message.set("");
        tasks.run(() -> {
            MissingCsv.write(s.services().missing().of(roundId), file);
            return file;
        }, written -> message.set(app.messages().format("missing.exported", SafeText.line(written.toString()))));
    }

    public String suggestedCsvName() {
        Session s = app.session();
        return "missing" + (s == null ? "" : "-" + s.round().id()) + ".csv";
    }

    /** The languages a reminder can be written in. */
    public List<Language> languages() {
        return List.of(Language.values());
    }

    /** A language as the choice shows it. */
    public String languageText(Language l) {
        return app.messages().get(l == Language.JA ? "missing.language.JA" : "missing.language.EN");
    }

    public ObservableList<MissingRow> rows() {
        return rows;
    }

    public ObjectProperty<MissingRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Language> reminderLanguageProperty() {
        return reminderLanguage;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canCopyProperty() {
        return canCopy;
    }
}
