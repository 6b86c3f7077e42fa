package jp.clustereval.ui.radar;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import jp.clustereval.domain.CohortAverage;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Score;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/**
 * The sheet's live radar: my axis scores for the selected cluster (updated as I grade) against
 * the cohort average over every evaluator (re-read after each saved grade).
 */
public final class LiveRadarViewModel {

    /** The series names of the settings ("panel" is shown by the radar window, not here). */
    public static final String MINE = "mine";
    public static final String COHORT = "cohort";

    private final AppState app;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Cluster> cluster = new SimpleObjectProperty<>(this, "cluster");
    private final ObjectProperty<Map<String, Double>> mine = new SimpleObjectProperty<>(this, "mine", Map.of());
    private final ReadOnlyObjectWrapper<CohortAverage> cohort = new ReadOnlyObjectWrapper<>(this, "cohort");
    private final ReadOnlyObjectWrapper<RadarModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ObjectProperty<java.util.Set<String>> series =
            new SimpleObjectProperty<>(this, "series", java.util.Set.of(MINE, COHORT));

    public LiveRadarViewModel(AppState app, BackgroundTasks tasks) {
        this.app = app;
        this.tasks = tasks;
        cluster.addListener((obs, o, n) -> rebuild());
        mine.addListener((obs, o, n) -> rebuild());
        cohort.addListener((obs, o, n) -> rebuild());
        series.addListener((obs, o, n) -> rebuild());
    }

    /** Re-reads the cohort average from the database (after a grade was saved, or another file opened). */
    public void refreshCohort() {
        Session session = app.session();
        if (session == null) {
            cohort.set(null);
            return;
        }
        // the cohort's sheets only, not the whole round (a national round has 100,000 clusters)
        tasks.run(() -> session.services().results().cohortAverage(session.round()), fresh -> {
            if (session == app.session()) {
                cohort.set(fresh);
            }
        });
    }

    private void rebuild() {
        Cluster c = cluster.get();
        if (c == null) {
            model.set(null);
            return;
        }
        Map<String, Double> cohortValues = new LinkedHashMap<>();
        int clusters = 0;
        int members = 0;
        CohortAverage avg = cohort.get();
        if (avg != null) {
            for (Map.Entry<String, Score> e : avg.axes().entrySet()) {
                cohortValues.put(e.getKey(), e.getValue().value());
            }
            clusters = avg.covered();
            members = avg.members().size();
        }
        java.util.Set<String> shown = series.get() == null ? java.util.Set.of() : series.get();
        model.set(new RadarModel(c.code(), c.name(), shown.contains(MINE) ? mine.get() : Map.of(),
                shown.contains(COHORT) ? cohortValues : Map.of(), 1, clusters, members, true));
    }

    /** Which series the live radar shows (from the settings): {@link #MINE}, {@link #COHORT}. */
    public ObjectProperty<java.util.Set<String>> seriesProperty() {
        return series;
    }

    public ObjectProperty<Cluster> clusterProperty() {
        return cluster;
    }

    /** My axis scores, axis code to value; bound to the sheet's live scores. */
    public ObjectProperty<Map<String, Double>> mineProperty() {
        return mine;
    }

    public ReadOnlyObjectProperty<CohortAverage> cohortProperty() {
        return cohort.getReadOnlyProperty();
    }

    /** What the chart shows now; null without a selected cluster. */
    public ReadOnlyObjectProperty<RadarModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public AppState app() {
        return app;
    }
}
