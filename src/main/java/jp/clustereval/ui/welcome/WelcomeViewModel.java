package jp.clustereval.ui.welcome;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.service.LocalRole;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/**
 * First start on a database: "who are you" creates the local person, after the question what they
 * do: a grader (the preselected answer, today's flow: their name, then the cluster list) or the chair
 * / secretariat (also put on the current round's roster as chair, in the same transaction; the
 * desktop then opens the roster first). The answer is stored in app_meta.local_role.
 */
public final class WelcomeViewModel {

    static final int MAX_NAME = 200;

    private final AppState app;
    private final BackgroundTasks tasks;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty affiliation = new SimpleStringProperty(this, "affiliation", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<LocalRole> role = new SimpleObjectProperty<>(this, "role", LocalRole.GRADER);
    /** Set when this page set up a chair: the shell opens the chair's first window once (see {@link #takeChairStart()}). */
    private boolean chairStarted;
    private final BooleanBinding canSubmit;

    public WelcomeViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        canSubmit = Bindings.createBooleanBinding(
                () -> !busy.get() && name.get() != null && !name.get().isBlank(), name, busy);
        name.addListener((obs, old, now) -> error.set(""));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty affiliationProperty() {
        return affiliation;
    }

    /** An inline validation message, empty when there is none. */
    public StringProperty errorProperty() {
        return error;
    }

    /** The answer to "what do you do in this evaluation" (grader until the chair's is chosen). */
    public ObjectProperty<LocalRole> roleProperty() {
        return role;
    }

    /**
     * True once after this page set up a chair or secretariat: the shell then opens the roster over
     * the main window (the chair's first task); false afterwards and for a grader.
     */
    public boolean takeChairStart() {
        boolean started = chairStarted;
        chairStarted = false;
        return started;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public Language language() {
        return app.language();
    }

    /** Switches the UI language (the page is rebuilt; what was typed stays here). */
    public void setLanguage(Language language) {
        app.languageProperty().set(language);
        if (!error.get().isEmpty()) {
            error.set("");
        }
    }

    /** The database the evaluator is about to be created in (shown on the page). */
    public String databaseText() {
        Session s = app.session();
        return s == null ? "" : s.file().toString();
    }

    /**
     * Validates and creates the local evaluator in the background; on success the app state gets
     * the evaluator (the shell then shows the main window). Returns false when input is invalid.
     */
    public boolean submit() {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            error.set(app.messages().get("welcome.nameRequired"));
            return false;
        }
        if (n.length() > MAX_NAME) {
            error.set(app.messages().format("welcome.nameTooLong", MAX_NAME));
            return false;
        }
        Session session = app.session();
        if (session == null || busy.get()) {
            return false;
        }
        String aff = affiliation.get() == null ? "" : affiliation.get().strip();
        LocalRole answer = role.get() == null ? LocalRole.GRADER : role.get();
        busy.set(true);
        tasks.run(() -> answer == LocalRole.CHAIR ? session.services().roster().setUpLocalChair(n, aff)
                        : session.services().evaluators().createLocal(n, aff),
                // busy stays set: the page says the main window is being prepared until that replaces it
                (Evaluator created) -> {
                    chairStarted = answer == LocalRole.CHAIR;
                    app.evaluatorProperty().set(created);
                },
                failure -> busy.set(false));
        return true;
    }
}
