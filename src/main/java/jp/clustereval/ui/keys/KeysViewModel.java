package jp.clustereval.ui.keys;

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
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.service.PinnedKey;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * The pinned signing keys with their fingerprints and trust. The chair marks a key verified after the
 * evaluator read out the same fingerprint (typed in, compared by the service).
 */
public final class KeysViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ObservableList<KeyRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<KeyRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty fingerprint = new SimpleStringProperty(this, "fingerprint", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty canVerify = new SimpleBooleanProperty(this, "canVerify");

    public KeysViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        selected.addListener((obs, o, n) -> canVerify.set(n != null && n.active() && !n.verified()));
        app.languageProperty().addListener((obs, o, n) -> refresh());
    }

    /** Re-reads the keys: active ones first, by evaluator; earlier keys after. */
    public void refresh() {
        Session s = app.session();
        if (s == null) {
            return;
        }
        Long keep = selected.get() == null ? null : selected.get().id();
        Messages m = app.messages();
        // the rows (one per key: a thousand after a national import) are built and sorted on the worker
        tasks.run(() -> rowsOf(s.services().keys().pinnedKeys(), s.services().evaluators().all(), m), fresh -> {
            rows.setAll(fresh);
            selected.set(rows.stream().filter(r -> keep != null && r.id() == keep).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.get(0)));
        });
    }

    private static List<KeyRow> rowsOf(List<PinnedKey> keys, List<Evaluator> evaluators, Messages m) {
        PersonLabels labels = PersonLabels.of(evaluators);
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(m.locale()).withZone(ZoneId.systemDefault());
        return keys.stream().map(r -> {
            return new KeyRow(r.id(), r.evaluatorId(), SafeText.line(labels.label(r.evaluatorId())),
                    r.fingerprint(), r.trust(), m.get("keyList.trust." + r.trust()), r.active(),
                    m.get(r.active() ? "keyList.active.yes" : "keyList.active.no"), f.format(r.at()),
                    SafeText.line(r.actor()), SafeText.line(r.reason()));
        }).sorted(java.util.Comparator.comparing((KeyRow k) -> !k.active()).thenComparing(KeyRow::evaluatorName))
                .toList();
    }

    /** Marks the selected key verified when the fingerprint typed (as the evaluator read it out) is the pinned one. */
    public boolean verify() {
        KeyRow row = selected.get();
        Session s = app.session();
        if (row == null || s == null || !canVerify.get()) {
            return false;
        }
        String typed = fingerprint.get() == null ? "" : fingerprint.get().strip();
        if (typed.isEmpty()) {
            message.set(app.messages().get("keyList.fingerprintRequired"));
            return false;
        }
        String actor = app.evaluator() == null ? "chair" : app.evaluator().name();
        message.set("");
        tasks.run(() -> s.services().keys().verify(row.evaluatorId(), typed, actor), verified -> {
            fingerprint.set("");
            message.set(app.messages().format("keyList.verified", row.evaluatorName()));
            refresh();
        });
        return true;
    }

    public ObservableList<KeyRow> rows() {
        return rows;
    }

    public ObjectProperty<KeyRow> selectedProperty() {
        return selected;
    }

    public StringProperty fingerprintProperty() {
        return fingerprint;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty canVerifyProperty() {
        return canVerify;
    }
}
