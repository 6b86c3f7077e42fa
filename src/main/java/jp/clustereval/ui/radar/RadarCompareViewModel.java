package jp.clustereval.ui.radar;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.chart.RadarData;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundComparison;
import jp.clustereval.service.ComparisonService;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * The radar window's "Compare with round": the selected unit in the round in use and in another
 * round on one radar (the earlier round as a line, the later filled, each axis labelled with its
 * change), and the changes as a line of text. A unit or a round that cannot be compared (not graded
 * there, other axes or scale) shows why instead, in the same line.
 */
public final class RadarCompareViewModel {

    /** A round to compare with; null id: no comparison. */
    public record RoundChoice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Cluster> cluster;
    private final ObservableList<RoundChoice> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<RoundChoice> other = new SimpleObjectProperty<>(this, "other");
    private final ReadOnlyObjectWrapper<RadarData> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper changes = new ReadOnlyStringWrapper(this, "changes", "");
    private long asked;

    RadarCompareViewModel(AppState app, BackgroundTasks tasks, ObjectProperty<Cluster> cluster) {
        this.app = app;
        this.tasks = tasks;
        this.cluster = cluster;
        other.addListener((obs, o, n) -> show());
        cluster.addListener((obs, o, n) -> show());
        app.sessionProperty().addListener((obs, o, n) -> loadRounds()); // another round in use: other rounds to offer
    }

    /** Reads the database's other rounds (newest first), "no comparison" first. */
    public void loadRounds() {
        Session session = app.session();
        if (session == null) {
            return;
        }
        Messages m = app.messages();
        String current = session.round().id();
        tasks.run(() -> {
            List<RoundChoice> choices = new ArrayList<>();
            choices.add(new RoundChoice(null, m.get("radar.compare.none")));
            for (String id : session.services().rounds().ids()) {
                if (!id.equals(current)) {
                    Round r = session.services().rounds().require(id);
                    choices.add(new RoundChoice(id, r.name().in(app.language()) + " (" + id + ")"));
                }
            }
            return choices;
        }, choices -> {
            rounds.setAll(choices);
            if (other.get() == null || !choices.contains(other.get())) {
                other.set(choices.get(0));
            }
        });
    }

    /** The chart of both rounds, or null: nothing chosen, or the comparison was refused. */
    private void show() {
        Session session = app.session();
        RoundChoice choice = other.get();
        Cluster unit = cluster.get();
        long ask = ++asked;
        chart.set(null); // never the last unit's or round's chart meanwhile
        changes.set("");
        if (session == null || choice == null || choice.id() == null || unit == null) {
            return;
        }
        String current = session.round().id();
        tasks.run(() -> {
            // the order of the rounds' list (newest first) says which is the earlier
            List<String> ids = session.services().rounds().ids();
            boolean chosenIsEarlier = ids.indexOf(choice.id()) > ids.indexOf(current);
            try {
                ComparisonService.UnitInRounds u = session.services().comparisons().unit(
                        chosenIsEarlier ? choice.id() : current, chosenIsEarlier ? current : choice.id(), unit.code(), false);
                return new Shown(jp.clustereval.service.RadarCharts.compared(u.earlier(), u.later(), u.unit(),
                        u.comparison(), app.language()), summary(u.comparison(), app.messages()));
            } catch (UserFacingException e) {
                return new Shown(null, e.message(app.messages().locale()));
            }
        }, shown -> {
            if (ask == asked) {
                chart.set(shown.chart());
                changes.set(shown.changes());
            }
        });
    }

    private record Shown(RadarData chart, String changes) {
    }

    /** "A +1.00   B +0.50 … Total +0.60": each axis's change, then the total's. */
    static String summary(RoundComparison c, Messages m) {
        List<String> parts = new ArrayList<>();
        for (RoundComparison.AxisChange a : c.axes()) {
            parts.add(a.axis().code() + " " + RoundComparison.change(a.delta()));
        }
        parts.add(m.get("radar.compare.total") + " " + RoundComparison.change(c.totalDelta()));
        return String.join("   ", parts);
    }

    public ObservableList<RoundChoice> rounds() {
        return rounds;
    }

    /** The round chosen to compare with; a choice with a null id: none. */
    public ObjectProperty<RoundChoice> otherProperty() {
        return other;
    }

    public ReadOnlyObjectProperty<RadarData> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }
}
