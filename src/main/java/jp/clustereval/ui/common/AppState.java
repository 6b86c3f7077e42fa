package jp.clustereval.ui.common;

import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;

/**
 * What every view model shares: the UI language, the open database and who is grading. Plain
 * JavaFX properties, no nodes: usable without the toolkit.
 */
public final class AppState {

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>(this, "session");
    private final ObjectProperty<Evaluator> evaluator = new SimpleObjectProperty<>(this, "evaluator");
    private Messages messages;

    public AppState(Language initial) {
        language.set(Objects.requireNonNull(initial));
        messages = Messages.of(initial);
        language.addListener((obs, old, now) -> messages = Messages.of(now));
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<Session> sessionProperty() {
        return session;
    }

    public Session session() {
        return session.get();
    }

    public ObjectProperty<Evaluator> evaluatorProperty() {
        return evaluator;
    }

    public Evaluator evaluator() {
        return evaluator.get();
    }

    /** True when a database is open and its evaluator known: grading can start. */
    public boolean isReady() {
        return session.get() != null && evaluator.get() != null;
    }
}
