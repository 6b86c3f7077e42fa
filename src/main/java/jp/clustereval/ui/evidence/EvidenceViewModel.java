package jp.clustereval.ui.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.Cluster;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Formats;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/** The selected unit's reported achievements in the session's round: the evidence beside the grades. */
public final class EvidenceViewModel {

    /** Who the round_audit row names for an import from the desktop. */
    static final String ACTOR = "gui:" + System.getProperty("user.name", "chair");

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ObservableList<EvidenceLine> lines = FXCollections.observableArrayList();
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder", "");
    private List<Achievements> shown = List.of();
    private String code;
    private Cluster cluster;

    public EvidenceViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        app.languageProperty().addListener((obs, o, n) -> render());
    }

    public void show(Cluster cluster) {
        Session session = app.session();
        this.cluster = cluster;
        code = cluster == null ? null : cluster.code();
        if (cluster == null || session == null) {
            shown = List.of();
            render();
            return;
        }
        String wanted = cluster.code();
        // the session's round: another round reports other figures (periods) for the same unit
        tasks.run(() -> session.services().evidence().ofRound(session.round().id(), wanted), found -> {
            if (wanted.equals(code)) {
                shown = List.copyOf(found);
                render();
            }
        });
    }

    /**
     * Imports an evidence CSV into the session's round on the worker (a blank period: the round's
     * only one); when stored, the pane shows the new figures and done gets the result's sentence.
     * A refusal reaches the user through the tasks' error reporter (the DialogService).
     */
    public void importFile(Path file, String period, Consumer<String> done) {
        Session session = app.session();
        if (session == null) {
            return;
        }
        String wanted = period == null || period.isBlank() ? null : period;
        tasks.run(() -> session.services().evidence().importCsv(session.round().id(), file, wanted, ACTOR), imported -> {
            show(cluster);
            done.accept(app.messages().format("evidence.imported", imported.units(), imported.values(),
                    SafeText.line(imported.period()), SafeText.line(imported.roundId()), imported.sha256()));
        });
    }

    private void render() {
        Messages m = app.messages();
        List<EvidenceLine> fresh = new ArrayList<>();
        for (Achievements a : shown) {
            fresh.add(new EvidenceLine("", m.format("evidence.period", a.period()), "", true));
            for (Map.Entry<String, Long> e : a.metrics().entrySet()) {
                fresh.add(new EvidenceLine(e.getKey(), metricLabel(e.getKey(), m),
                        Formats.integer(e.getValue(), m.locale()), false));
            }
        }
        lines.setAll(fresh);
        placeholder.set(shown.isEmpty() && code != null ? m.get("evidence.none") : "");
    }

    /** The localized label of a metric column such as papers_domestic. */
    public static String metricLabel(String metric, Messages m) {
        String key = "metric." + metric;
        return m.has(key) ? m.get(key) : metric;
    }

    public ObservableList<EvidenceLine> lines() {
        return lines;
    }

    /** Shown when the cluster has no achievements on record. */
    public StringProperty placeholderProperty() {
        return placeholder;
    }
}
